import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sync_topicsync_outcome" AS ENUM('succeeded', 'partial', 'failed');
  CREATE TYPE "public"."enum_kafka_topics_status" AS ENUM('active', 'deleted');
  ALTER TABLE "kafka_clusters" ADD COLUMN "sync_health_topic_sync_last_run_at" timestamp(3) with time zone;
  ALTER TABLE "kafka_clusters" ADD COLUMN "sync_health_topic_sync_last_success_at" timestamp(3) with time zone;
  ALTER TABLE "kafka_clusters" ADD COLUMN "sync_health_topic_sync_last_outcome" "enum_sync_topicsync_outcome";
  ALTER TABLE "kafka_clusters" ADD COLUMN "sync_health_topic_sync_last_error" varchar;
  ALTER TABLE "kafka_clusters" ADD COLUMN "sync_health_topic_sync_last_duration_ms" numeric;
  ALTER TABLE "kafka_topics" ADD COLUMN "internal" boolean DEFAULT false;
  ALTER TABLE "kafka_topics" ADD COLUMN "status" "enum_kafka_topics_status" DEFAULT 'active';
  ALTER TABLE "kafka_topics" ADD COLUMN "partition_detail" jsonb;
  ALTER TABLE "kafka_topics" ADD COLUMN "configs" jsonb;
  ALTER TABLE "kafka_topics" ADD COLUMN "consumer_group_count" numeric;
  ALTER TABLE "kafka_topics" ADD COLUMN "worst_group_lag" numeric;
  ALTER TABLE "kafka_topics" ADD COLUMN "last_seen_at" timestamp(3) with time zone;
  ALTER TABLE "kafka_topics" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  CREATE INDEX "kafka_topics_internal_idx" ON "kafka_topics" USING btree ("internal");
  CREATE INDEX "kafka_topics_status_idx" ON "kafka_topics" USING btree ("status");
  CREATE INDEX "kafka_topics_worst_group_lag_idx" ON "kafka_topics" USING btree ("worst_group_lag");
  CREATE INDEX "workspace_internal_status_worstGroupLag_idx" ON "kafka_topics" USING btree ("workspace_id","internal","status","worst_group_lag");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "kafka_topics_internal_idx";
  DROP INDEX "kafka_topics_status_idx";
  DROP INDEX "kafka_topics_worst_group_lag_idx";
  DROP INDEX "workspace_internal_status_worstGroupLag_idx";
  ALTER TABLE "kafka_clusters" DROP COLUMN "sync_health_topic_sync_last_run_at";
  ALTER TABLE "kafka_clusters" DROP COLUMN "sync_health_topic_sync_last_success_at";
  ALTER TABLE "kafka_clusters" DROP COLUMN "sync_health_topic_sync_last_outcome";
  ALTER TABLE "kafka_clusters" DROP COLUMN "sync_health_topic_sync_last_error";
  ALTER TABLE "kafka_clusters" DROP COLUMN "sync_health_topic_sync_last_duration_ms";
  ALTER TABLE "kafka_topics" DROP COLUMN "internal";
  ALTER TABLE "kafka_topics" DROP COLUMN "status";
  ALTER TABLE "kafka_topics" DROP COLUMN "partition_detail";
  ALTER TABLE "kafka_topics" DROP COLUMN "configs";
  ALTER TABLE "kafka_topics" DROP COLUMN "consumer_group_count";
  ALTER TABLE "kafka_topics" DROP COLUMN "worst_group_lag";
  ALTER TABLE "kafka_topics" DROP COLUMN "last_seen_at";
  ALTER TABLE "kafka_topics" DROP COLUMN "deleted_at";
  DROP TYPE "public"."enum_sync_topicsync_outcome";
  DROP TYPE "public"."enum_kafka_topics_status";`)
}
