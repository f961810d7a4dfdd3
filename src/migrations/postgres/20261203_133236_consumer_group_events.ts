import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kafka_consumer_group_events_kind" AS ENUM('rebalance_started', 'rebalance_completed', 'member_joined', 'member_left', 'state_changed', 'group_emptied', 'offset_reset');
  CREATE TABLE "kafka_consumer_group_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consumer_group_id" integer NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"timestamp" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_kafka_consumer_group_events_kind" NOT NULL,
  	"member_id" varchar,
  	"client_id" varchar,
  	"host" varchar,
  	"from_state" varchar,
  	"to_state" varchar,
  	"topic" varchar,
  	"partition" numeric,
  	"from_offset" numeric,
  	"to_offset" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kafka_consumer_group_events_id" integer;
  ALTER TABLE "kafka_consumer_group_events" ADD CONSTRAINT "kafka_consumer_group_events_consumer_group_id_kafka_consumer_groups_id_fk" FOREIGN KEY ("consumer_group_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_events" ADD CONSTRAINT "kafka_consumer_group_events_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_events" ADD CONSTRAINT "kafka_consumer_group_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_events" ADD CONSTRAINT "kafka_consumer_group_events_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "kafka_consumer_group_events_consumer_group_idx" ON "kafka_consumer_group_events" USING btree ("consumer_group_id");
  CREATE INDEX "kafka_consumer_group_events_cluster_idx" ON "kafka_consumer_group_events" USING btree ("cluster_id");
  CREATE INDEX "kafka_consumer_group_events_workspace_idx" ON "kafka_consumer_group_events" USING btree ("workspace_id");
  CREATE INDEX "kafka_consumer_group_events_virtual_cluster_idx" ON "kafka_consumer_group_events" USING btree ("virtual_cluster_id");
  CREATE INDEX "kafka_consumer_group_events_updated_at_idx" ON "kafka_consumer_group_events" USING btree ("updated_at");
  CREATE INDEX "kafka_consumer_group_events_created_at_idx" ON "kafka_consumer_group_events" USING btree ("created_at");
  CREATE INDEX "consumerGroup_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("consumer_group_id","timestamp");
  CREATE INDEX "workspace_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("workspace_id","timestamp");
  CREATE INDEX "virtualCluster_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("virtual_cluster_id","timestamp");
  CREATE INDEX "cluster_timestamp_idx" ON "kafka_consumer_group_events" USING btree ("cluster_id","timestamp");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_consumer_group_events_fk" FOREIGN KEY ("kafka_consumer_group_events_id") REFERENCES "public"."kafka_consumer_group_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_kafka_consumer_group_event_idx" ON "payload_locked_documents_rels" USING btree ("kafka_consumer_group_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_consumer_group_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kafka_consumer_group_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kafka_consumer_group_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_kafka_consumer_group_event_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kafka_consumer_group_events_id";
  DROP TYPE "public"."enum_kafka_consumer_group_events_kind";`)
}
