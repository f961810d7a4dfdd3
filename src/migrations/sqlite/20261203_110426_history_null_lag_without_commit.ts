import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * History keeps "no commit" as a null total lag instead of 0 (the lag check wrote `totalLag ?? 0`).
 *
 * Existing rows: what this migration can prove. The lag check always wrote the group's
 * maxPartitionLag, which is null exactly when no partition of the group had a commit
 * (summarizeGroupLag), and it is then that it wrote total_lag 0; a rollup's max_partition_lag is
 * null exactly when every row rolled into it had a null one. So `total_lag = 0 AND
 * max_partition_lag IS NULL` marks the raw rows and the hourly/daily rows of polls without any
 * commit, and only those (a caught-up group has max_partition_lag 0): their total and its extremes
 * become null. Not provable, so left as they are: an hourly or daily row that mixed polls with and
 * without a commit (its average counted the latter as 0, its total_lag_min may be that 0) — the
 * raw rows it came from may be gone.
 * Down writes 0 back into the null totals (and the extremes of rollups) before restoring NOT NULL.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kafka_consumer_group_lag_history\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consumer_group_id\` integer NOT NULL,
  	\`cluster_id\` integer NOT NULL,
  	\`workspace_id\` integer,
  	\`virtual_cluster_id\` integer,
  	\`timestamp\` text NOT NULL,
  	\`resolution\` text DEFAULT 'raw' NOT NULL,
  	\`sample_count\` numeric DEFAULT 1,
  	\`total_lag\` numeric,
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
  await db.run(sql`INSERT INTO \`__new_kafka_consumer_group_lag_history\`("id", "consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "sample_count", "total_lag", "total_lag_min", "total_lag_max", "max_partition_lag", "lag_seconds", "lag_seconds_max", "partition_lag", "member_count", "state", "updated_at", "created_at") SELECT "id", "consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "sample_count", "total_lag", "total_lag_min", "total_lag_max", "max_partition_lag", "lag_seconds", "lag_seconds_max", "partition_lag", "member_count", "state", "updated_at", "created_at" FROM \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_kafka_consumer_group_lag_history\` RENAME TO \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`cluster_resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`cluster_id\`,\`resolution\`,\`timestamp\`);`)
  await db.run(sql`UPDATE \`kafka_consumer_group_lag_history\` SET \`total_lag\` = NULL, \`total_lag_min\` = NULL, \`total_lag_max\` = NULL WHERE \`total_lag\` = 0 AND \`max_partition_lag\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE \`kafka_consumer_group_lag_history\` SET \`total_lag_min\` = 0, \`total_lag_max\` = 0 WHERE \`total_lag\` IS NULL AND \`resolution\` <> 'raw';`)
  await db.run(sql`UPDATE \`kafka_consumer_group_lag_history\` SET \`total_lag\` = 0 WHERE \`total_lag\` IS NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kafka_consumer_group_lag_history\` (
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
  await db.run(sql`INSERT INTO \`__new_kafka_consumer_group_lag_history\`("id", "consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "sample_count", "total_lag", "total_lag_min", "total_lag_max", "max_partition_lag", "lag_seconds", "lag_seconds_max", "partition_lag", "member_count", "state", "updated_at", "created_at") SELECT "id", "consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "sample_count", "total_lag", "total_lag_min", "total_lag_max", "max_partition_lag", "lag_seconds", "lag_seconds_max", "partition_lag", "member_count", "state", "updated_at", "created_at" FROM \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`DROP TABLE \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_kafka_consumer_group_lag_history\` RENAME TO \`kafka_consumer_group_lag_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`cluster_resolution_timestamp_idx\` ON \`kafka_consumer_group_lag_history\` (\`cluster_id\`,\`resolution\`,\`timestamp\`);`)
}
