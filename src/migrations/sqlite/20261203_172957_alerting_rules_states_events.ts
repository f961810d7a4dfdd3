import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`alert_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`workspace_id\` integer,
  	\`enabled\` integer DEFAULT true,
  	\`condition\` text NOT NULL,
  	\`health_level\` text,
  	\`verdict_rule\` text,
  	\`threshold\` numeric,
  	\`target_kind\` text DEFAULT 'workspace' NOT NULL,
  	\`consumer_group_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`cluster_id\` integer,
  	\`pattern\` text,
  	\`for_evaluations\` numeric DEFAULT 1 NOT NULL,
  	\`repeat_interval_minutes\` numeric DEFAULT 240 NOT NULL,
  	\`severity\` text DEFAULT 'warning' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consumer_group_id\`) REFERENCES \`kafka_consumer_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_rules_workspace_idx\` ON \`alert_rules\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_enabled_idx\` ON \`alert_rules\` (\`enabled\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_condition_idx\` ON \`alert_rules\` (\`condition\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_consumer_group_idx\` ON \`alert_rules\` (\`consumer_group_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_virtual_cluster_idx\` ON \`alert_rules\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_cluster_idx\` ON \`alert_rules\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_updated_at_idx\` ON \`alert_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_rules_created_at_idx\` ON \`alert_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alert_states\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fingerprint\` text NOT NULL,
  	\`rule_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`cluster_id\` integer NOT NULL,
  	\`target_kind\` text NOT NULL,
  	\`target_id\` numeric NOT NULL,
  	\`target_name\` text NOT NULL,
  	\`cluster_name\` text NOT NULL,
  	\`target_path\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`status_since\` text NOT NULL,
  	\`consecutive\` numeric DEFAULT 0 NOT NULL,
  	\`reason\` text,
  	\`last_firing_notified_at\` text,
  	\`notified_status\` text,
  	\`condition_since\` text,
  	\`committed_offsets\` numeric,
  	\`silenced_until\` text,
  	\`silence_comment\` text,
  	\`silenced_by_id\` integer,
  	\`acknowledged_at\` text,
  	\`acknowledged_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`alert_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`silenced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alert_states_fingerprint_idx\` ON \`alert_states\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_rule_idx\` ON \`alert_states\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_workspace_idx\` ON \`alert_states\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_cluster_idx\` ON \`alert_states\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_status_idx\` ON \`alert_states\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_silenced_by_idx\` ON \`alert_states\` (\`silenced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_acknowledged_by_idx\` ON \`alert_states\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_updated_at_idx\` ON \`alert_states\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_states_created_at_idx\` ON \`alert_states\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`workspace_status_idx\` ON \`alert_states\` (\`workspace_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`targetKind_targetId_status_idx\` ON \`alert_states\` (\`target_kind\`,\`target_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`alert_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fingerprint\` text NOT NULL,
  	\`rule_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`target_kind\` text NOT NULL,
  	\`target_name\` text NOT NULL,
  	\`cluster_name\` text NOT NULL,
  	\`target_path\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`reason\` text,
  	\`notified\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`alert_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_events_fingerprint_idx\` ON \`alert_events\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`alert_events_rule_idx\` ON \`alert_events\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_events_workspace_idx\` ON \`alert_events\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_events_at_idx\` ON \`alert_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`alert_events_updated_at_idx\` ON \`alert_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_events_created_at_idx\` ON \`alert_events\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`fingerprint_at_toStatus_idx\` ON \`alert_events\` (\`fingerprint\`,\`at\`,\`to_status\`);`)
  await db.run(sql`CREATE INDEX \`workspace_at_idx\` ON \`alert_events\` (\`workspace_id\`,\`at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alert_rules_id\` integer REFERENCES alert_rules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alert_states_id\` integer REFERENCES alert_states(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alert_events_id\` integer REFERENCES alert_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_states_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_states_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_events_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`alert_rules\`;`)
  await db.run(sql`DROP TABLE \`alert_states\`;`)
  await db.run(sql`DROP TABLE \`alert_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
