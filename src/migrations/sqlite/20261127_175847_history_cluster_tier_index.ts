import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`resolution_timestamp_idx\`;`)
  await db.run(sql`CREATE INDEX \`cluster_resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`cluster_id\`,\`resolution\`,\`timestamp\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`cluster_resolution_timestamp_idx\`;`)
  await db.run(sql`CREATE INDEX \`resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`resolution\`,\`timestamp\`);`)
}
