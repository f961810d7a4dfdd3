import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workspaces_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workspaces_texts_order_parent\` ON \`workspaces_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`identity_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`handle_hash\` text NOT NULL,
  	\`sid\` text NOT NULL,
  	\`refresh_token\` text,
  	\`id_token\` text,
  	\`renewed_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`identity_sessions_user_idx\` ON \`identity_sessions\` (\`user_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`identity_sessions_handle_hash_idx\` ON \`identity_sessions\` (\`handle_hash\`);`)
  await db.run(sql`CREATE INDEX \`identity_sessions_expires_at_idx\` ON \`identity_sessions\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`identity_sessions_updated_at_idx\` ON \`identity_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`identity_sessions_created_at_idx\` ON \`identity_sessions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`identity_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`identity_subject\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`identityIssuer_identitySubject_idx\` ON \`users\` (\`identity_issuer\`,\`identity_subject\`);`)
  await db.run(sql`ALTER TABLE \`workspace_members\` ADD \`source\` text DEFAULT 'manual';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`identity_sessions_id\` integer REFERENCES identity_sessions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_identity_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`identity_sessions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workspaces_texts\`;`)
  await db.run(sql`DROP TABLE \`identity_sessions\`;`)
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
  await db.run(sql`DROP INDEX \`identityIssuer_identitySubject_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`identity_issuer\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`identity_subject\`;`)
  await db.run(sql`ALTER TABLE \`workspace_members\` DROP COLUMN \`source\`;`)
}
