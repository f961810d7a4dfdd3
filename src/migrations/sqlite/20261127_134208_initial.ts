import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`workspaces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workspaces_slug_idx\` ON \`workspaces\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`workspaces_updated_at_idx\` ON \`workspaces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workspaces_created_at_idx\` ON \`workspaces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workspace_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workspace_id\` integer NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workspace_members_workspace_idx\` ON \`workspace_members\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`workspace_members_user_idx\` ON \`workspace_members\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workspace_members_status_idx\` ON \`workspace_members\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`workspace_members_updated_at_idx\` ON \`workspace_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workspace_members_created_at_idx\` ON \`workspace_members\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workspace_user_idx\` ON \`workspace_members\` (\`workspace_id\`,\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`kafka_clusters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`bootstrap_servers\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`security_protocol\` text DEFAULT 'PLAINTEXT' NOT NULL,
  	\`sasl_mechanism\` text,
  	\`sasl_username\` text,
  	\`sasl_password_encrypted\` text,
  	\`ca_certificate\` text,
  	\`schema_registry_url\` text,
  	\`schema_registry_username\` text,
  	\`schema_registry_password_encrypted\` text,
  	\`schema_registry_token_encrypted\` text,
  	\`sync_health_schema_sync_last_run_at\` text,
  	\`sync_health_schema_sync_last_success_at\` text,
  	\`sync_health_schema_sync_last_outcome\` text,
  	\`sync_health_schema_sync_last_error\` text,
  	\`sync_health_schema_sync_last_duration_ms\` numeric,
  	\`sync_health_consumer_group_sync_last_run_at\` text,
  	\`sync_health_consumer_group_sync_last_success_at\` text,
  	\`sync_health_consumer_group_sync_last_outcome\` text,
  	\`sync_health_consumer_group_sync_last_error\` text,
  	\`sync_health_consumer_group_sync_last_duration_ms\` numeric,
  	\`sync_health_lag_check_last_run_at\` text,
  	\`sync_health_lag_check_last_success_at\` text,
  	\`sync_health_lag_check_last_outcome\` text,
  	\`sync_health_lag_check_last_error\` text,
  	\`sync_health_lag_check_last_duration_ms\` numeric,
  	\`sync_health_retention_last_run_at\` text,
  	\`sync_health_retention_last_success_at\` text,
  	\`sync_health_retention_last_outcome\` text,
  	\`sync_health_retention_last_error\` text,
  	\`sync_health_retention_last_duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kafka_clusters_name_idx\` ON \`kafka_clusters\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`kafka_clusters_updated_at_idx\` ON \`kafka_clusters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_clusters_created_at_idx\` ON \`kafka_clusters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kafka_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workspace_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_applications_workspace_idx\` ON \`kafka_applications\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_applications_slug_idx\` ON \`kafka_applications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kafka_applications_updated_at_idx\` ON \`kafka_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_applications_created_at_idx\` ON \`kafka_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workspace_slug_idx\` ON \`kafka_applications\` (\`workspace_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`kafka_virtual_clusters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`workspace_id\` integer NOT NULL,
  	\`application_id\` integer,
  	\`environment\` text NOT NULL,
  	\`physical_cluster_id\` integer NOT NULL,
  	\`topic_prefix\` text NOT NULL,
  	\`group_prefix\` text NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`kafka_applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`physical_cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_workspace_idx\` ON \`kafka_virtual_clusters\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_application_idx\` ON \`kafka_virtual_clusters\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_environment_idx\` ON \`kafka_virtual_clusters\` (\`environment\`);`)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_physical_cluster_idx\` ON \`kafka_virtual_clusters\` (\`physical_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_updated_at_idx\` ON \`kafka_virtual_clusters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_virtual_clusters_created_at_idx\` ON \`kafka_virtual_clusters\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`physicalCluster_topicPrefix_idx\` ON \`kafka_virtual_clusters\` (\`physical_cluster_id\`,\`topic_prefix\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`physicalCluster_groupPrefix_idx\` ON \`kafka_virtual_clusters\` (\`physical_cluster_id\`,\`group_prefix\`);`)
  await db.run(sql`CREATE TABLE \`kafka_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`application_id\` integer,
  	\`partitions\` numeric,
  	\`replication_factor\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`kafka_applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_topics_full_name_idx\` ON \`kafka_topics\` (\`full_name\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_cluster_idx\` ON \`kafka_topics\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_workspace_idx\` ON \`kafka_topics\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_virtual_cluster_idx\` ON \`kafka_topics\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_application_idx\` ON \`kafka_topics\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_updated_at_idx\` ON \`kafka_topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_topics_created_at_idx\` ON \`kafka_topics\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cluster_fullName_idx\` ON \`kafka_topics\` (\`cluster_id\`,\`full_name\`);`)
  await db.run(sql`CREATE TABLE \`kafka_schemas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`application_id\` integer,
  	\`topic_id\` integer,
  	\`topic_name\` text,
  	\`type\` text,
  	\`format\` text DEFAULT 'avro' NOT NULL,
  	\`content\` text,
  	\`registry_schema_id\` numeric,
  	\`latest_version\` numeric,
  	\`version_count\` numeric,
  	\`version_list\` text,
  	\`compatibility_level\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`soft_deleted\` integer DEFAULT false,
  	\`last_error\` text,
  	\`first_registered_at\` text,
  	\`last_registered_at\` text,
  	\`last_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`kafka_applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`kafka_topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_schemas_subject_idx\` ON \`kafka_schemas\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_cluster_idx\` ON \`kafka_schemas\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_workspace_idx\` ON \`kafka_schemas\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_virtual_cluster_idx\` ON \`kafka_schemas\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_application_idx\` ON \`kafka_schemas\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_idx\` ON \`kafka_schemas\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_name_idx\` ON \`kafka_schemas\` (\`topic_name\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_format_idx\` ON \`kafka_schemas\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_status_idx\` ON \`kafka_schemas\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_soft_deleted_idx\` ON \`kafka_schemas\` (\`soft_deleted\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_last_registered_at_idx\` ON \`kafka_schemas\` (\`last_registered_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_updated_at_idx\` ON \`kafka_schemas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_created_at_idx\` ON \`kafka_schemas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cluster_subject_idx\` ON \`kafka_schemas\` (\`cluster_id\`,\`subject\`);`)
  await db.run(sql`CREATE TABLE \`kafka_schema_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`schema_id\` integer NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`version\` numeric NOT NULL,
  	\`registry_schema_id\` numeric,
  	\`format\` text,
  	\`content\` text,
  	\`fingerprint\` text,
  	\`references\` text,
  	\`compatibility_mode\` text,
  	\`is_compatible\` integer,
  	\`compatibility_reasons\` text,
  	\`status\` text DEFAULT 'synced' NOT NULL,
  	\`error\` text,
  	\`soft_deleted\` integer DEFAULT false,
  	\`registered_at\` text,
  	\`synced_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`schema_id\`) REFERENCES \`kafka_schemas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_schema_idx\` ON \`kafka_schema_versions\` (\`schema_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_cluster_idx\` ON \`kafka_schema_versions\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_workspace_idx\` ON \`kafka_schema_versions\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_version_idx\` ON \`kafka_schema_versions\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_registry_schema_id_idx\` ON \`kafka_schema_versions\` (\`registry_schema_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_fingerprint_idx\` ON \`kafka_schema_versions\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_updated_at_idx\` ON \`kafka_schema_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_created_at_idx\` ON \`kafka_schema_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`schema_version_idx\` ON \`kafka_schema_versions\` (\`schema_id\`,\`version\`);`)
  await db.run(sql`CREATE TABLE \`kafka_consumer_groups\` (
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
  	\`lag_checked_at\` text,
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
  await db.run(sql`CREATE TABLE \`kafka_consumer_groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`kafka_topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kafka_consumer_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kafka_topics_id\`) REFERENCES \`kafka_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_rels_order_idx\` ON \`kafka_consumer_groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_rels_parent_idx\` ON \`kafka_consumer_groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_rels_path_idx\` ON \`kafka_consumer_groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_groups_rels_kafka_topics_id_idx\` ON \`kafka_consumer_groups_rels\` (\`kafka_topics_id\`);`)
  await db.run(sql`CREATE TABLE \`kafka_consumer_group_lag_history\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consumer_group_id\` integer NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`timestamp\` text NOT NULL,
  	\`resolution\` text DEFAULT 'raw' NOT NULL,
  	\`sample_count\` numeric DEFAULT 1,
  	\`total_lag\` numeric NOT NULL,
  	\`total_lag_min\` numeric,
  	\`total_lag_max\` numeric,
  	\`max_partition_lag\` numeric,
  	\`lag_seconds\` numeric,
  	\`lag_seconds_max\` numeric,
  	\`partition_lag\` text,
  	\`member_count\` numeric,
  	\`state\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consumer_group_id\`) REFERENCES \`kafka_consumer_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`kafka_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`virtual_cluster_id\`) REFERENCES \`kafka_virtual_clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_consumer_group_idx\` ON \`kafka_consumer_group_lag_history\` (\`consumer_group_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_cluster_idx\` ON \`kafka_consumer_group_lag_history\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_workspace_idx\` ON \`kafka_consumer_group_lag_history\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_virtual_cluster_idx\` ON \`kafka_consumer_group_lag_history\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_updated_at_idx\` ON \`kafka_consumer_group_lag_history\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_consumer_group_lag_history_created_at_idx\` ON \`kafka_consumer_group_lag_history\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consumerGroup_resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`consumer_group_id\`,\`resolution\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`consumerGroup_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`consumer_group_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`workspace_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`workspace_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`virtualCluster_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`virtual_cluster_id\`,\`timestamp\`);`)
  await db.run(sql`CREATE INDEX \`resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`resolution\`,\`timestamp\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`kafka_consumer_group_lag_history_id\`) REFERENCES \`kafka_consumer_group_lag_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`workspaces\`;`)
  await db.run(sql`DROP TABLE \`workspace_members\`;`)
  await db.run(sql`DROP TABLE \`kafka_clusters\`;`)
  await db.run(sql`DROP TABLE \`kafka_applications\`;`)
  await db.run(sql`DROP TABLE \`kafka_virtual_clusters\`;`)
  await db.run(sql`DROP TABLE \`kafka_topics\`;`)
  await db.run(sql`DROP TABLE \`kafka_schemas\`;`)
  await db.run(sql`DROP TABLE \`kafka_schema_versions\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_groups\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_groups_rels\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
