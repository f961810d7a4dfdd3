import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Statuses the code never produced leave the selects; see the PostgreSQL migration of the same name. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`kafka_schemas\` SET \`status\` = 'stale' WHERE \`status\` = 'pending';`)
  await db.run(sql`UPDATE \`kafka_consumer_groups\` SET \`lag_status\` = 'err' WHERE \`lag_status\` IN ('stop', 'stall', 'rewind');`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kafka_schemas\` (
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
  	\`status\` text DEFAULT 'registered' NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_kafka_schemas\`("id", "subject", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "topic_id", "topic_name", "type", "format", "content", "registry_schema_id", "latest_version", "version_count", "version_list", "compatibility_level", "status", "soft_deleted", "last_error", "first_registered_at", "last_registered_at", "last_seen_at", "updated_at", "created_at") SELECT "id", "subject", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "topic_id", "topic_name", "type", "format", "content", "registry_schema_id", "latest_version", "version_count", "version_list", "compatibility_level", "status", "soft_deleted", "last_error", "first_registered_at", "last_registered_at", "last_seen_at", "updated_at", "created_at" FROM \`kafka_schemas\`;`)
  await db.run(sql`DROP TABLE \`kafka_schemas\`;`)
  await db.run(sql`ALTER TABLE \`__new_kafka_schemas\` RENAME TO \`kafka_schemas\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_subject_idx\` ON \`kafka_schemas\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_cluster_idx\` ON \`kafka_schemas\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_workspace_idx\` ON \`kafka_schemas\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_virtual_cluster_idx\` ON \`kafka_schemas\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_application_idx\` ON \`kafka_schemas\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_idx\` ON \`kafka_schemas\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_name_idx\` ON \`kafka_schemas\` (\`topic_name\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_status_idx\` ON \`kafka_schemas\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_soft_deleted_idx\` ON \`kafka_schemas\` (\`soft_deleted\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_last_registered_at_idx\` ON \`kafka_schemas\` (\`last_registered_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_updated_at_idx\` ON \`kafka_schemas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_created_at_idx\` ON \`kafka_schemas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cluster_subject_idx\` ON \`kafka_schemas\` (\`cluster_id\`,\`subject\`);`)
  await db.run(sql`CREATE INDEX \`format_subject_topicName_idx\` ON \`kafka_schemas\` (\`format\`,\`subject\`,\`topic_name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kafka_schemas\` (
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
  await db.run(sql`INSERT INTO \`__new_kafka_schemas\`("id", "subject", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "topic_id", "topic_name", "type", "format", "content", "registry_schema_id", "latest_version", "version_count", "version_list", "compatibility_level", "status", "soft_deleted", "last_error", "first_registered_at", "last_registered_at", "last_seen_at", "updated_at", "created_at") SELECT "id", "subject", "cluster_id", "workspace_id", "virtual_cluster_id", "application_id", "topic_id", "topic_name", "type", "format", "content", "registry_schema_id", "latest_version", "version_count", "version_list", "compatibility_level", "status", "soft_deleted", "last_error", "first_registered_at", "last_registered_at", "last_seen_at", "updated_at", "created_at" FROM \`kafka_schemas\`;`)
  await db.run(sql`DROP TABLE \`kafka_schemas\`;`)
  await db.run(sql`ALTER TABLE \`__new_kafka_schemas\` RENAME TO \`kafka_schemas\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_subject_idx\` ON \`kafka_schemas\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_cluster_idx\` ON \`kafka_schemas\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_workspace_idx\` ON \`kafka_schemas\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_virtual_cluster_idx\` ON \`kafka_schemas\` (\`virtual_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_application_idx\` ON \`kafka_schemas\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_idx\` ON \`kafka_schemas\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_topic_name_idx\` ON \`kafka_schemas\` (\`topic_name\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_status_idx\` ON \`kafka_schemas\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_soft_deleted_idx\` ON \`kafka_schemas\` (\`soft_deleted\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_last_registered_at_idx\` ON \`kafka_schemas\` (\`last_registered_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_updated_at_idx\` ON \`kafka_schemas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_created_at_idx\` ON \`kafka_schemas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cluster_subject_idx\` ON \`kafka_schemas\` (\`cluster_id\`,\`subject\`);`)
  await db.run(sql`CREATE INDEX \`format_subject_topicName_idx\` ON \`kafka_schemas\` (\`format\`,\`subject\`,\`topic_name\`);`)
}
