import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_schemas" ADD COLUMN "latest_compatible" boolean;
  ALTER TABLE "kafka_schemas" ADD COLUMN "has_incompatible_versions" boolean;
  ALTER TABLE "kafka_schema_versions" ADD COLUMN "referenced_subjects" varchar;
  CREATE INDEX "kafka_schemas_has_incompatible_versions_idx" ON "kafka_schemas" USING btree ("has_incompatible_versions");`)
  // The subject flags from the verdicts already stored ...
  await db.execute(sql`UPDATE "kafka_schemas" SET
    "has_incompatible_versions" = EXISTS (SELECT 1 FROM "kafka_schema_versions" v WHERE v."schema_id" = "kafka_schemas"."id"
      AND v."is_compatible" = false AND v."status" = 'synced' AND COALESCE(v."soft_deleted", false) = false),
    "latest_compatible" = (SELECT v."is_compatible" FROM "kafka_schema_versions" v WHERE v."schema_id" = "kafka_schemas"."id"
      AND v."version" = "kafka_schemas"."latest_version");`)
  // ... and every subject is fetched again by the next sync: verdicts with references resolved,
  // reasons worded per direction, referenced subjects recorded.
  await db.execute(sql`UPDATE "kafka_schemas" SET "version_list" = NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "kafka_schemas_has_incompatible_versions_idx";
  ALTER TABLE "kafka_schemas" DROP COLUMN "latest_compatible";
  ALTER TABLE "kafka_schemas" DROP COLUMN "has_incompatible_versions";
  ALTER TABLE "kafka_schema_versions" DROP COLUMN "referenced_subjects";`)
}
