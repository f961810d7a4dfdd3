import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kafka_consumer_group_lag_lag_status" AS ENUM('ok', 'warn', 'err', 'unknown');
  CREATE TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" AS ENUM('burrow_ok', 'burrow_warn', 'burrow_stop', 'burrow_stall', 'burrow_rewind', 'falling_behind', 'warming_up', 'no_commit');
  CREATE TYPE "public"."enum_kafka_consumer_group_lag_lag_trend" AS ENUM('rising', 'falling', 'flat', 'unknown');
  CREATE TABLE "kafka_consumer_group_lag" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consumer_group_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"total_lag" numeric,
  	"max_partition_lag" numeric,
  	"partition_detail" jsonb,
  	"lag_seconds" numeric,
  	"lag_status" "enum_kafka_consumer_group_lag_lag_status",
  	"lag_rule" "enum_kafka_consumer_group_lag_lag_rule",
  	"lag_reason" varchar,
  	"verdict_state" jsonb,
  	"lag_trend" "enum_kafka_consumer_group_lag_lag_trend",
  	"lag_checked_at" timestamp(3) with time zone,
  	"time_to_clear_seconds" numeric
  );
  
  DROP INDEX "kafka_consumer_groups_total_lag_idx";
  DROP INDEX "kafka_consumer_groups_lag_seconds_idx";
  DROP INDEX "kafka_consumer_groups_lag_status_idx";
  DROP INDEX "workspace_virtualCluster_state_lagStatus_status_totalLag_idx";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kafka_consumer_group_lag_id" integer;
  ALTER TABLE "kafka_consumer_group_lag" ADD CONSTRAINT "kafka_consumer_group_lag_consumer_group_id_kafka_consumer_groups_id_fk" FOREIGN KEY ("consumer_group_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag" ADD CONSTRAINT "kafka_consumer_group_lag_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag" ADD CONSTRAINT "kafka_consumer_group_lag_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "kafka_consumer_group_lag_consumer_group_idx" ON "kafka_consumer_group_lag" USING btree ("consumer_group_id");
  CREATE INDEX "kafka_consumer_group_lag_workspace_idx" ON "kafka_consumer_group_lag" USING btree ("workspace_id");
  CREATE INDEX "kafka_consumer_group_lag_virtual_cluster_idx" ON "kafka_consumer_group_lag" USING btree ("virtual_cluster_id");
  CREATE UNIQUE INDEX "consumerGroup_idx" ON "kafka_consumer_group_lag" USING btree ("consumer_group_id");
  ALTER TABLE "kafka_consumer_groups" ADD CONSTRAINT "kafka_consumer_groups_lag_id_kafka_consumer_group_lag_id_fk" FOREIGN KEY ("lag_id") REFERENCES "public"."kafka_consumer_group_lag"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_consumer_group_lag_fk" FOREIGN KEY ("kafka_consumer_group_lag_id") REFERENCES "public"."kafka_consumer_group_lag"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "kafka_consumer_groups_lag_idx" ON "kafka_consumer_groups" USING btree ("lag_id");
  CREATE INDEX "workspace_virtualCluster_state_status_idx" ON "kafka_consumer_groups" USING btree ("workspace_id","virtual_cluster_id","state","status");
  CREATE INDEX "payload_locked_documents_rels_kafka_consumer_group_lag_i_idx" ON "payload_locked_documents_rels" USING btree ("kafka_consumer_group_lag_id");
  -- Every group's lag moves to its own row (what the lag check had stored: its Burrow windows, verdict state and trend carry on).
  INSERT INTO "kafka_consumer_group_lag" ("consumer_group_id", "workspace_id", "virtual_cluster_id", "total_lag", "max_partition_lag", "partition_detail", "lag_seconds", "lag_status", "lag_rule", "lag_reason", "verdict_state", "lag_trend", "lag_checked_at", "time_to_clear_seconds")
    SELECT "id", "workspace_id", "virtual_cluster_id", "total_lag", "max_partition_lag", "partition_detail", "lag_seconds", "lag_status"::text::"enum_kafka_consumer_group_lag_lag_status", "lag_rule"::text::"enum_kafka_consumer_group_lag_lag_rule", "lag_reason", "verdict_state", "lag_trend"::text::"enum_kafka_consumer_group_lag_lag_trend", "lag_checked_at", "time_to_clear_seconds" FROM "kafka_consumer_groups" WHERE "total_lag" IS NOT NULL OR "max_partition_lag" IS NOT NULL OR "partition_detail" IS NOT NULL OR "lag_seconds" IS NOT NULL OR "lag_status" IS NOT NULL OR "lag_rule" IS NOT NULL OR "lag_reason" IS NOT NULL OR "verdict_state" IS NOT NULL OR "lag_trend" IS NOT NULL OR "lag_checked_at" IS NOT NULL OR "time_to_clear_seconds" IS NOT NULL;
  UPDATE "kafka_consumer_groups" g SET "lag_id" = l."id" FROM "kafka_consumer_group_lag" l WHERE l."consumer_group_id" = g."id";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "total_lag";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "max_partition_lag";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "partition_detail";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_seconds";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_status";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_rule";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_reason";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "verdict_state";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_trend";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_checked_at";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "time_to_clear_seconds";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_status";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_rule";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_trend";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kafka_consumer_groups_lag_status" AS ENUM('ok', 'warn', 'err', 'unknown');
  CREATE TYPE "public"."enum_kafka_consumer_groups_lag_rule" AS ENUM('burrow_ok', 'burrow_warn', 'burrow_stop', 'burrow_stall', 'burrow_rewind', 'falling_behind', 'warming_up', 'no_commit');
  CREATE TYPE "public"."enum_kafka_consumer_groups_lag_trend" AS ENUM('rising', 'falling', 'flat', 'unknown');
  ALTER TABLE "kafka_consumer_group_lag" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kafka_consumer_group_lag" CASCADE;
  ALTER TABLE "kafka_consumer_groups" DROP CONSTRAINT "kafka_consumer_groups_lag_id_kafka_consumer_group_lag_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kafka_consumer_group_lag_fk";
  
  DROP INDEX "kafka_consumer_groups_lag_idx";
  DROP INDEX "workspace_virtualCluster_state_status_idx";
  DROP INDEX "payload_locked_documents_rels_kafka_consumer_group_lag_i_idx";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "total_lag" numeric;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "max_partition_lag" numeric;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "partition_detail" jsonb;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_seconds" numeric;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_status" "enum_kafka_consumer_groups_lag_status";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_rule" "enum_kafka_consumer_groups_lag_rule";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_reason" varchar;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "verdict_state" jsonb;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_trend" "enum_kafka_consumer_groups_lag_trend";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_checked_at" timestamp(3) with time zone;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "time_to_clear_seconds" numeric;
  CREATE INDEX "kafka_consumer_groups_total_lag_idx" ON "kafka_consumer_groups" USING btree ("total_lag");
  CREATE INDEX "kafka_consumer_groups_lag_seconds_idx" ON "kafka_consumer_groups" USING btree ("lag_seconds");
  CREATE INDEX "kafka_consumer_groups_lag_status_idx" ON "kafka_consumer_groups" USING btree ("lag_status");
  CREATE INDEX "workspace_virtualCluster_state_lagStatus_status_totalLag_idx" ON "kafka_consumer_groups" USING btree ("workspace_id","virtual_cluster_id","state","lag_status","status","total_lag");
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kafka_consumer_group_lag_id";
  DROP TYPE "public"."enum_kafka_consumer_group_lag_lag_status";
  DROP TYPE "public"."enum_kafka_consumer_group_lag_lag_rule";
  DROP TYPE "public"."enum_kafka_consumer_group_lag_lag_trend";`)
}
