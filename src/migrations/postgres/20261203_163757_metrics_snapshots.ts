import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "kafka_metrics_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"cycle" numeric NOT NULL,
  	"family" varchar NOT NULL,
  	"part" numeric NOT NULL,
  	"lines" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kafka_metrics_snapshots_id" integer;
  ALTER TABLE "kafka_metrics_snapshots" ADD CONSTRAINT "kafka_metrics_snapshots_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_metrics_snapshots" ADD CONSTRAINT "kafka_metrics_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "kafka_metrics_snapshots_cluster_idx" ON "kafka_metrics_snapshots" USING btree ("cluster_id");
  CREATE INDEX "kafka_metrics_snapshots_workspace_idx" ON "kafka_metrics_snapshots" USING btree ("workspace_id");
  CREATE INDEX "kafka_metrics_snapshots_updated_at_idx" ON "kafka_metrics_snapshots" USING btree ("updated_at");
  CREATE INDEX "kafka_metrics_snapshots_created_at_idx" ON "kafka_metrics_snapshots" USING btree ("created_at");
  CREATE INDEX "family_cluster_cycle_idx" ON "kafka_metrics_snapshots" USING btree ("family","cluster_id","cycle");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_metrics_snapshots_fk" FOREIGN KEY ("kafka_metrics_snapshots_id") REFERENCES "public"."kafka_metrics_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_kafka_metrics_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_metrics_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_metrics_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kafka_metrics_snapshots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kafka_metrics_snapshots_fk";
  
  DROP INDEX "payload_locked_documents_rels_kafka_metrics_snapshots_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kafka_metrics_snapshots_id";`)
}
