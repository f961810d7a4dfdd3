import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "sync_staging" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"run" numeric NOT NULL,
  	"part" varchar NOT NULL,
  	"seq" numeric NOT NULL,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_staging_id" integer;
  CREATE INDEX "sync_staging_updated_at_idx" ON "sync_staging" USING btree ("updated_at");
  CREATE INDEX "sync_staging_created_at_idx" ON "sync_staging" USING btree ("created_at");
  CREATE UNIQUE INDEX "run_part_seq_idx" ON "sync_staging" USING btree ("run","part","seq");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_staging_fk" FOREIGN KEY ("sync_staging_id") REFERENCES "public"."sync_staging"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sync_staging_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_staging_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sync_staging" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sync_staging" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sync_staging_fk";
  
  DROP INDEX "payload_locked_documents_rels_sync_staging_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_staging_id";`)
}
