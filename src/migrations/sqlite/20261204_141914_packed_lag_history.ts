import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { packRawHistory, unpackRawHistory, type MigrationDb } from '@/sync/db/pack-raw-history'

/** The migration's drizzle handle as the packing steps take it. */
const packingDb = (db: MigrateUpArgs['db']): MigrationDb => ({ rows: (query) => db.all(query), run: (query) => db.run(query) })

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`consumerGroup_timestamp_idx\`;`)
  await db.run(sql`DROP INDEX \`workspace_timestamp_idx\`;`)
  await db.run(sql`DROP INDEX \`virtualCluster_timestamp_idx\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_group_lag_history\` ADD \`samples\` text;`)
  // One row per poll into one row per group and hour, its polls packed.
  await packRawHistory(packingDb(db))
  await db.run(sql`ALTER TABLE \`kafka_consumer_group_lag_history\` DROP COLUMN \`partition_lag\`;`)
  await db.run(sql`DROP INDEX \`consumerGroup_timestamp_1_idx\`;`)
  await db.run(sql`DROP INDEX \`workspace_timestamp_1_idx\`;`)
  await db.run(sql`DROP INDEX \`virtualCluster_timestamp_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`consumerGroup_timestamp_idx\` ON \`kafka_consumer_group_events\` (\`consumer_group_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`workspace_timestamp_idx\` ON \`kafka_consumer_group_events\` (\`workspace_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`virtualCluster_timestamp_idx\` ON \`kafka_consumer_group_events\` (\`virtual_cluster_id\`,\`timestamp\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await unpackRawHistory(packingDb(db))
  await db.run(sql`DROP INDEX \`consumerGroup_timestamp_idx\`;`)
  await db.run(sql`DROP INDEX \`workspace_timestamp_idx\`;`)
  await db.run(sql`DROP INDEX \`virtualCluster_timestamp_idx\`;`)
  await db.run(sql`CREATE INDEX \`consumerGroup_timestamp_1_idx\` ON \`kafka_consumer_group_events\` (\`consumer_group_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`workspace_timestamp_1_idx\` ON \`kafka_consumer_group_events\` (\`workspace_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`virtualCluster_timestamp_1_idx\` ON \`kafka_consumer_group_events\` (\`virtual_cluster_id\`,\`timestamp\`);`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_group_lag_history\` ADD \`partition_lag\` text;`)
  await db.run(sql`CREATE INDEX \`consumerGroup_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`consumer_group_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`workspace_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`workspace_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`virtualCluster_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`virtual_cluster_id\`,\`timestamp\`);`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_group_lag_history\` DROP COLUMN \`samples\`;`)
}
