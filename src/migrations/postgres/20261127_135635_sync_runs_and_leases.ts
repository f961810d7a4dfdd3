import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sync_runs_runner" AS ENUM('embedded', 'temporal', 'manual');
  CREATE TYPE "public"."enum_sync_runs_outcome" AS ENUM('running', 'succeeded', 'partial', 'failed');
  CREATE TABLE "sync_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"job" varchar NOT NULL,
  	"cluster_id" integer,
  	"runner" "enum_sync_runs_runner" NOT NULL,
  	"outcome" "enum_sync_runs_outcome" DEFAULT 'running' NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"counts" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sync_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_leases_id" integer;
  ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sync_runs_job_idx" ON "sync_runs" USING btree ("job");
  CREATE INDEX "sync_runs_cluster_idx" ON "sync_runs" USING btree ("cluster_id");
  CREATE INDEX "sync_runs_outcome_idx" ON "sync_runs" USING btree ("outcome");
  CREATE INDEX "sync_runs_started_at_idx" ON "sync_runs" USING btree ("started_at");
  CREATE INDEX "sync_runs_updated_at_idx" ON "sync_runs" USING btree ("updated_at");
  CREATE INDEX "sync_runs_created_at_idx" ON "sync_runs" USING btree ("created_at");
  CREATE INDEX "job_startedAt_idx" ON "sync_runs" USING btree ("job","started_at");
  CREATE UNIQUE INDEX "sync_leases_name_idx" ON "sync_leases" USING btree ("name");
  CREATE INDEX "sync_leases_updated_at_idx" ON "sync_leases" USING btree ("updated_at");
  CREATE INDEX "sync_leases_created_at_idx" ON "sync_leases" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_runs_fk" FOREIGN KEY ("sync_runs_id") REFERENCES "public"."sync_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_leases_fk" FOREIGN KEY ("sync_leases_id") REFERENCES "public"."sync_leases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sync_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_runs_id");
  CREATE INDEX "payload_locked_documents_rels_sync_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_leases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sync_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sync_leases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sync_runs" CASCADE;
  DROP TABLE "sync_leases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sync_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sync_leases_fk";
  
  DROP INDEX "payload_locked_documents_rels_sync_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_sync_leases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_leases_id";
  DROP TYPE "public"."enum_sync_runs_runner";
  DROP TYPE "public"."enum_sync_runs_outcome";`)
}
