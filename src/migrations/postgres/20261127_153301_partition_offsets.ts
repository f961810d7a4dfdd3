import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "kafka_partition_offsets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"topic" varchar NOT NULL,
  	"partition" numeric NOT NULL,
  	"time_table" jsonb,
  	"recent_log_ends" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kafka_partition_offsets_id" integer;
  ALTER TABLE "kafka_partition_offsets" ADD CONSTRAINT "kafka_partition_offsets_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "kafka_partition_offsets_cluster_idx" ON "kafka_partition_offsets" USING btree ("cluster_id");
  CREATE INDEX "kafka_partition_offsets_updated_at_idx" ON "kafka_partition_offsets" USING btree ("updated_at");
  CREATE INDEX "kafka_partition_offsets_created_at_idx" ON "kafka_partition_offsets" USING btree ("created_at");
  CREATE UNIQUE INDEX "cluster_topic_partition_idx" ON "kafka_partition_offsets" USING btree ("cluster_id","topic","partition");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_partition_offsets_fk" FOREIGN KEY ("kafka_partition_offsets_id") REFERENCES "public"."kafka_partition_offsets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_kafka_partition_offsets_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_partition_offsets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_partition_offsets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kafka_partition_offsets" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kafka_partition_offsets_fk";
  
  DROP INDEX "payload_locked_documents_rels_kafka_partition_offsets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kafka_partition_offsets_id";`)
}
