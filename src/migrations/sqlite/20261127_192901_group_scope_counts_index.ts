import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`workspace_virtualCluster_state_lagStatus_status_totalLag_idx\` ON \`kafka_consumer_groups\` (\`workspace_id\`,\`virtual_cluster_id\`,\`state\`,\`lag_status\`,\`status\`,\`total_lag\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`workspace_virtualCluster_state_lagStatus_status_totalLag_idx\`;`)
}
