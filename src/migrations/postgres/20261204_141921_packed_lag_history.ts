import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { packRawHistory, unpackRawHistory, type MigrationDb } from '@/sync/db/pack-raw-history'

/** The migration's drizzle handle as the packing steps take it. */
const packingDb = (db: MigrateUpArgs['db']): MigrationDb => ({ rows: async (query) => (await db.execute(query)).rows, run: (query) => db.execute(query) })

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "consumerGroup_timestamp_idx";
  DROP INDEX "workspace_timestamp_idx";
  DROP INDEX "virtualCluster_timestamp_idx";
  DROP INDEX "consumerGroup_timestamp_1_idx";
  DROP INDEX "workspace_timestamp_1_idx";
  DROP INDEX "virtualCluster_timestamp_1_idx";
  ALTER TABLE "kafka_consumer_group_lag_history" ADD COLUMN "samples" varchar;
  CREATE INDEX "consumerGroup_timestamp_idx" ON "kafka_consumer_group_events" USING btree ("consumer_group_id","timestamp");
  CREATE INDEX "workspace_timestamp_idx" ON "kafka_consumer_group_events" USING btree ("workspace_id","timestamp");
  CREATE INDEX "virtualCluster_timestamp_idx" ON "kafka_consumer_group_events" USING btree ("virtual_cluster_id","timestamp");`)
  // One row per poll into one row per group and hour, its polls packed.
  await packRawHistory(packingDb(db))
  await db.execute(sql`ALTER TABLE "kafka_consumer_group_lag_history" DROP COLUMN "partition_lag";`)
  // Every poll rewrites its hour row (a new row version): autovacuum reclaims the old ones after
  // 1,000 + 1% of the rows instead of the default 20%, so they never pile up to a fifth of the table.
  await db.execute(
    sql`ALTER TABLE "kafka_consumer_group_lag_history" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await unpackRawHistory(packingDb(db))
  await db.execute(sql`ALTER TABLE "kafka_consumer_group_lag_history" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold);`)
  await db.execute(sql`
   DROP INDEX "consumerGroup_timestamp_idx";
  DROP INDEX "workspace_timestamp_idx";
  DROP INDEX "virtualCluster_timestamp_idx";
  ALTER TABLE "kafka_consumer_group_lag_history" ADD COLUMN "partition_lag" jsonb;
  CREATE INDEX "consumerGroup_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("consumer_group_id","timestamp");
  CREATE INDEX "workspace_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("workspace_id","timestamp");
  CREATE INDEX "virtualCluster_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("virtual_cluster_id","timestamp");
  CREATE INDEX "consumerGroup_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("consumer_group_id","timestamp");
  CREATE INDEX "workspace_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("workspace_id","timestamp");
  CREATE INDEX "virtualCluster_timestamp_1_idx" ON "kafka_consumer_group_events" USING btree ("virtual_cluster_id","timestamp");
  ALTER TABLE "kafka_consumer_group_lag_history" DROP COLUMN "samples";`)
}
