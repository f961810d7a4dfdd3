import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`kafka_consumer_group_lag\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consumer_group_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`total_lag\` numeric,
  	\`max_partition_lag\` numeric,
  	\`partition_detail\` text,
  	\`lag_seconds\` numeric,
  	\`lag_status\` text,
  	\`lag_rule\` text,
  	\`lag_reason\` text,
  	\`verdict_state\` text,
  	\`lag_trend\` text,
  	\`lag_checked_at\` text,
  	\`time_to_clear_seconds\` numeric,
  	FOREIGN KEY (\`consumer_group_id\`) REFERENCES \`kafka_consumer_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_consumer_group_idx\` ON \`kafka_consumer_group_lag\` (\`consumer_group_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_workspace_idx\` ON \`kafka_consumer_group_lag\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_virtual_cluster_idx\` ON \`kafka_consumer_group_lag\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consumerGroup_idx\` ON \`kafka_consumer_group_lag\` (\`consumer_group_id\`);`)
  await db.run(sql`DROP INDEX \`kafka_consumer_groups_total_lag_idx\`;`)
  await db.run(sql`DROP INDEX \`kafka_consumer_groups_lag_seconds_idx\`;`)
  await db.run(sql`DROP INDEX \`kafka_consumer_groups_lag_status_idx\`;`)
  await db.run(sql`DROP INDEX \`workspace_virtualCluster_state_lagStatus_status_totalLag_idx\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` ADD \`lag_id\` integer REFERENCES kafka_consumer_group_lag(id);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_lag_idx\` ON \`kafka_consumer_groups\` (\`lag_id\`);`)
  await db.run(sql`CREATE INDEX \`workspace_virtualCluster_state_status_idx\` ON \`kafka_consumer_groups\` (\`workspace_id\`,\`virtual_cluster_id\`,\`state\`,\`status\`);`)
  // Every group's lag moves to its own row (what the lag check had stored: its Burrow windows, verdict state and trend carry on).
  await db.run(
    sql`INSERT INTO \`kafka_consumer_group_lag\` (\`consumer_group_id\`, \`workspace_id\`, \`virtual_cluster_id\`, \`total_lag\`, \`max_partition_lag\`, \`partition_detail\`, \`lag_seconds\`, \`lag_status\`, \`lag_rule\`, \`lag_reason\`, \`verdict_state\`, \`lag_trend\`, \`lag_checked_at\`, \`time_to_clear_seconds\`) SELECT \`id\`, \`workspace_id\`, \`virtual_cluster_id\`, \`total_lag\`, \`max_partition_lag\`, \`partition_detail\`, \`lag_seconds\`, \`lag_status\`, \`lag_rule\`, \`lag_reason\`, \`verdict_state\`, \`lag_trend\`, \`lag_checked_at\`, \`time_to_clear_seconds\` FROM \`kafka_consumer_groups\` WHERE \`total_lag\` IS NOT NULL OR \`max_partition_lag\` IS NOT NULL OR \`partition_detail\` IS NOT NULL OR \`lag_seconds\` IS NOT NULL OR \`lag_status\` IS NOT NULL OR \`lag_rule\` IS NOT NULL OR \`lag_reason\` IS NOT NULL OR \`verdict_state\` IS NOT NULL OR \`lag_trend\` IS NOT NULL OR \`lag_checked_at\` IS NOT NULL OR \`time_to_clear_seconds\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`kafka_consumer_groups\` SET \`lag_id\` = (SELECT l.\`id\` FROM \`kafka_consumer_group_lag\` l WHERE l.\`consumer_group_id\` = \`kafka_consumer_groups\`.\`id\`);`,
  )
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`total_lag\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`max_partition_lag\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`partition_detail\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_seconds\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_status\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_rule\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_reason\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`verdict_state\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_trend\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`time_to_clear_seconds\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kafka_consumer_group_lag_id\` integer REFERENCES kafka_consumer_group_lag(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_consumer_group_lag_i_idx\` ON \`payload_locked_documents_rels\` (\`kafka_consumer_group_lag_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`kafka_consumer_group_lag\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kafka_consumer_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`group_id\` text NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`application_id\` integer,
  	\`group_type\` text,
  	\`protocol_type\` text,
  	\`state\` text,
  	\`member_count\` numeric,
  	\`members\` text,
  	\`coordinator_broker\` text,
  	\`assignment_strategy\` text,
  	\`subscribed_topic_names\` text,
  	\`total_lag\` numeric,
  	\`max_partition_lag\` numeric,
  	\`partition_detail\` text,
  	\`lag_seconds\` numeric,
  	\`lag_status\` text,
  	\`lag_rule\` text,
  	\`lag_reason\` text,
  	\`verdict_state\` text,
  	\`lag_trend\` text,
  	\`lag_checked_at\` text,
  	\`time_to_clear_seconds\` numeric,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`empty_since\` text,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`kafka_applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_kafka_consumer_groups\`("id", "group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "group_type", "protocol_type", "state", "member_count", "members", "coordinator_broker", "assignment_strategy", "subscribed_topic_names", "total_lag", "max_partition_lag", "partition_detail", "lag_seconds", "lag_status", "lag_rule", "lag_reason", "verdict_state", "lag_trend", "lag_checked_at", "time_to_clear_seconds", "status", "empty_since", "first_seen_at", "last_seen_at", "updated_at", "created_at") SELECT "id", "group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "group_type", "protocol_type", "state", "member_count", "members", "coordinator_broker", "assignment_strategy", "subscribed_topic_names", "total_lag", "max_partition_lag", "partition_detail", "lag_seconds", "lag_status", "lag_rule", "lag_reason", "verdict_state", "lag_trend", "lag_checked_at", "time_to_clear_seconds", "status", "empty_since", "first_seen_at", "last_seen_at", "updated_at", "created_at" FROM \`kafka_consumer_groups\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_groups\`;`)
  await db.run(sql`ALTER TABLE \`__new_kafka_consumer_groups\` RENAME TO \`kafka_consumer_groups\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_group_id_idx\` ON \`kafka_consumer_groups\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_cluster_idx\` ON \`kafka_consumer_groups\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_workspace_idx\` ON \`kafka_consumer_groups\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_virtual_cluster_idx\` ON \`kafka_consumer_groups\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_application_idx\` ON \`kafka_consumer_groups\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_group_type_idx\` ON \`kafka_consumer_groups\` (\`group_type\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_state_idx\` ON \`kafka_consumer_groups\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_total_lag_idx\` ON \`kafka_consumer_groups\` (\`total_lag\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_lag_seconds_idx\` ON \`kafka_consumer_groups\` (\`lag_seconds\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_lag_status_idx\` ON \`kafka_consumer_groups\` (\`lag_status\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_status_idx\` ON \`kafka_consumer_groups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_last_seen_at_idx\` ON \`kafka_consumer_groups\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_updated_at_idx\` ON \`kafka_consumer_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_created_at_idx\` ON \`kafka_consumer_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cluster_groupId_idx\` ON \`kafka_consumer_groups\` (\`cluster_id\`,\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`workspace_virtualCluster_state_lagStatus_status_totalLag_idx\` ON \`kafka_consumer_groups\` (\`workspace_id\`,\`virtual_cluster_id\`,\`state\`,\`lag_status\`,\`status\`,\`total_lag\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`workspaces_id\` integer,
  	\`workspace_members_id\` integer,
  	\`kafka_clusters_id\` integer,
  	\`kafka_applications_id\` integer,
  	\`kafka_virtual_clusters_id\` integer,
  	\`kafka_topics_id\` integer,
  	\`kafka_schemas_id\` integer,
  	\`kafka_schema_versions_id\` integer,
  	\`kafka_consumer_groups_id\` integer,
  	\`kafka_consumer_group_lag_history_id\` integer,
  	\`kafka_consumer_group_events_id\` integer,
  	\`kafka_partition_offsets_id\` integer,
  	\`sync_runs_id\` integer,
  	\`sync_leases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workspaces_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workspace_members_id\`) REFERENCES \`workspace_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_clusters_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_applications_id\`) REFERENCES \`kafka_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_virtual_clusters_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_topics_id\`) REFERENCES \`kafka_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_schemas_id\`) REFERENCES \`kafka_schemas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_schema_versions_id\`) REFERENCES \`kafka_schema_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_consumer_groups_id\`) REFERENCES \`kafka_consumer_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_consumer_group_lag_history_id\`) REFERENCES \`kafka_consumer_group_lag_history\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_consumer_group_events_id\`) REFERENCES \`kafka_consumer_group_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_partition_offsets_id\`) REFERENCES \`kafka_partition_offsets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sync_runs_id\`) REFERENCES \`sync_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sync_leases_id\`) REFERENCES \`sync_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "workspaces_id", "workspace_members_id", "kafka_clusters_id", "kafka_applications_id", "kafka_virtual_clusters_id", "kafka_topics_id", "kafka_schemas_id", "kafka_schema_versions_id", "kafka_consumer_groups_id", "kafka_consumer_group_lag_history_id", "kafka_consumer_group_events_id", "kafka_partition_offsets_id", "sync_runs_id", "sync_leases_id") SELECT "id", "order", "parent_id", "path", "users_id", "workspaces_id", "workspace_members_id", "kafka_clusters_id", "kafka_applications_id", "kafka_virtual_clusters_id", "kafka_topics_id", "kafka_schemas_id", "kafka_schema_versions_id", "kafka_consumer_groups_id", "kafka_consumer_group_lag_history_id", "kafka_consumer_group_events_id", "kafka_partition_offsets_id", "sync_runs_id", "sync_leases_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workspaces_id_idx\` ON \`payload_locked_documents_rels\` (\`workspaces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workspace_members_id_idx\` ON \`payload_locked_documents_rels\` (\`workspace_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_virtual_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_virtual_clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_schemas_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_schemas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_schema_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_schema_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_consumer_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_consumer_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_consumer_group_lag_h_idx\` ON \`payload_locked_documents_rels\` (\`kafka_consumer_group_lag_history_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_consumer_group_event_idx\` ON \`payload_locked_documents_rels\` (\`kafka_consumer_group_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kafka_partition_offsets_id_idx\` ON \`payload_locked_documents_rels\` (\`kafka_partition_offsets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_leases_id\`);`)
}
