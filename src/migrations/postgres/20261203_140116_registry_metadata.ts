import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_schemas" ADD COLUMN "mode" varchar;
  ALTER TABLE "kafka_schemas" ADD COLUMN "context" varchar;
  ALTER TABLE "kafka_schema_versions" ADD COLUMN "guid" varchar;
  ALTER TABLE "kafka_schema_versions" ADD COLUMN "schema_metadata" jsonb;
  ALTER TABLE "kafka_schema_versions" ADD COLUMN "rule_set" jsonb;
  CREATE INDEX "kafka_schemas_context_idx" ON "kafka_schemas" USING btree ("context");
  CREATE INDEX "kafka_schema_versions_guid_idx" ON "kafka_schema_versions" USING btree ("guid");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "kafka_schemas_context_idx";
  DROP INDEX "kafka_schema_versions_guid_idx";
  ALTER TABLE "kafka_schemas" DROP COLUMN "mode";
  ALTER TABLE "kafka_schemas" DROP COLUMN "context";
  ALTER TABLE "kafka_schema_versions" DROP COLUMN "guid";
  ALTER TABLE "kafka_schema_versions" DROP COLUMN "schema_metadata";
  ALTER TABLE "kafka_schema_versions" DROP COLUMN "rule_set";`)
}
