import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('platform-admin', 'member');
  CREATE TYPE "public"."enum_workspace_members_role" AS ENUM('owner', 'admin', 'member');
  CREATE TYPE "public"."enum_workspace_members_status" AS ENUM('active', 'pending');
  CREATE TYPE "public"."enum_kafka_clusters_security_protocol" AS ENUM('PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL');
  CREATE TYPE "public"."enum_kafka_clusters_sasl_mechanism" AS ENUM('PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512');
  CREATE TYPE "public"."enum_sync_schemasync_outcome" AS ENUM('succeeded', 'partial', 'failed');
  CREATE TYPE "public"."enum_sync_consumergroupsync_outcome" AS ENUM('succeeded', 'partial', 'failed');
  CREATE TYPE "public"."enum_sync_lagcheck_outcome" AS ENUM('succeeded', 'partial', 'failed');
  CREATE TYPE "public"."enum_sync_retention_outcome" AS ENUM('succeeded', 'partial', 'failed');
  CREATE TYPE "public"."enum_kafka_virtual_clusters_status" AS ENUM('provisioning', 'active', 'suspended', 'deleted');
  CREATE TYPE "public"."enum_kafka_schemas_type" AS ENUM('key', 'value');
  CREATE TYPE "public"."enum_kafka_schemas_format" AS ENUM('avro', 'protobuf', 'json');
  CREATE TYPE "public"."enum_kafka_schemas_compatibility_level" AS ENUM('BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE');
  CREATE TYPE "public"."enum_kafka_schemas_status" AS ENUM('pending', 'registered', 'failed', 'stale');
  CREATE TYPE "public"."enum_kafka_schema_versions_format" AS ENUM('avro', 'protobuf', 'json');
  CREATE TYPE "public"."enum_kafka_schema_versions_compatibility_mode" AS ENUM('BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE');
  CREATE TYPE "public"."enum_kafka_schema_versions_status" AS ENUM('synced', 'failed');
  CREATE TYPE "public"."enum_kafka_consumer_groups_group_type" AS ENUM('classic', 'consumer', 'share', 'streams');
  CREATE TYPE "public"."enum_kafka_consumer_groups_lag_status" AS ENUM('ok', 'warn', 'err', 'stop', 'stall', 'rewind', 'unknown');
  CREATE TYPE "public"."enum_kafka_consumer_groups_status" AS ENUM('active', 'inactive', 'archived');
  CREATE TYPE "public"."enum_kafka_consumer_group_lag_history_resolution" AS ENUM('raw', 'hour', 'day');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'member' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "workspaces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workspace_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workspace_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"role" "enum_workspace_members_role" DEFAULT 'member' NOT NULL,
  	"status" "enum_workspace_members_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_clusters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"bootstrap_servers" varchar NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"security_protocol" "enum_kafka_clusters_security_protocol" DEFAULT 'PLAINTEXT' NOT NULL,
  	"sasl_mechanism" "enum_kafka_clusters_sasl_mechanism",
  	"sasl_username" varchar,
  	"sasl_password_encrypted" varchar,
  	"ca_certificate" varchar,
  	"schema_registry_url" varchar,
  	"schema_registry_username" varchar,
  	"schema_registry_password_encrypted" varchar,
  	"schema_registry_token_encrypted" varchar,
  	"sync_health_schema_sync_last_run_at" timestamp(3) with time zone,
  	"sync_health_schema_sync_last_success_at" timestamp(3) with time zone,
  	"sync_health_schema_sync_last_outcome" "enum_sync_schemasync_outcome",
  	"sync_health_schema_sync_last_error" varchar,
  	"sync_health_schema_sync_last_duration_ms" numeric,
  	"sync_health_consumer_group_sync_last_run_at" timestamp(3) with time zone,
  	"sync_health_consumer_group_sync_last_success_at" timestamp(3) with time zone,
  	"sync_health_consumer_group_sync_last_outcome" "enum_sync_consumergroupsync_outcome",
  	"sync_health_consumer_group_sync_last_error" varchar,
  	"sync_health_consumer_group_sync_last_duration_ms" numeric,
  	"sync_health_lag_check_last_run_at" timestamp(3) with time zone,
  	"sync_health_lag_check_last_success_at" timestamp(3) with time zone,
  	"sync_health_lag_check_last_outcome" "enum_sync_lagcheck_outcome",
  	"sync_health_lag_check_last_error" varchar,
  	"sync_health_lag_check_last_duration_ms" numeric,
  	"sync_health_retention_last_run_at" timestamp(3) with time zone,
  	"sync_health_retention_last_success_at" timestamp(3) with time zone,
  	"sync_health_retention_last_outcome" "enum_sync_retention_outcome",
  	"sync_health_retention_last_error" varchar,
  	"sync_health_retention_last_duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workspace_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_virtual_clusters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"workspace_id" integer NOT NULL,
  	"application_id" integer,
  	"environment" varchar NOT NULL,
  	"physical_cluster_id" integer NOT NULL,
  	"topic_prefix" varchar NOT NULL,
  	"group_prefix" varchar NOT NULL,
  	"status" "enum_kafka_virtual_clusters_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"full_name" varchar NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"application_id" integer,
  	"partitions" numeric,
  	"replication_factor" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_schemas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"application_id" integer,
  	"topic_id" integer,
  	"topic_name" varchar,
  	"type" "enum_kafka_schemas_type",
  	"format" "enum_kafka_schemas_format" DEFAULT 'avro' NOT NULL,
  	"content" varchar,
  	"registry_schema_id" numeric,
  	"latest_version" numeric,
  	"version_count" numeric,
  	"version_list" jsonb,
  	"compatibility_level" "enum_kafka_schemas_compatibility_level",
  	"status" "enum_kafka_schemas_status" DEFAULT 'pending' NOT NULL,
  	"soft_deleted" boolean DEFAULT false,
  	"last_error" varchar,
  	"first_registered_at" timestamp(3) with time zone,
  	"last_registered_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_schema_versions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"schema_id" integer NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"version" numeric NOT NULL,
  	"registry_schema_id" numeric,
  	"format" "enum_kafka_schema_versions_format",
  	"content" varchar,
  	"fingerprint" varchar,
  	"references" jsonb,
  	"compatibility_mode" "enum_kafka_schema_versions_compatibility_mode",
  	"is_compatible" boolean,
  	"compatibility_reasons" jsonb,
  	"status" "enum_kafka_schema_versions_status" DEFAULT 'synced' NOT NULL,
  	"error" varchar,
  	"soft_deleted" boolean DEFAULT false,
  	"registered_at" timestamp(3) with time zone,
  	"synced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_consumer_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"group_id" varchar NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"application_id" integer,
  	"group_type" "enum_kafka_consumer_groups_group_type",
  	"protocol_type" varchar,
  	"state" varchar,
  	"member_count" numeric,
  	"members" jsonb,
  	"coordinator_broker" varchar,
  	"assignment_strategy" varchar,
  	"subscribed_topic_names" jsonb,
  	"total_lag" numeric,
  	"max_partition_lag" numeric,
  	"partition_detail" jsonb,
  	"lag_seconds" numeric,
  	"lag_status" "enum_kafka_consumer_groups_lag_status",
  	"lag_checked_at" timestamp(3) with time zone,
  	"status" "enum_kafka_consumer_groups_status" DEFAULT 'active' NOT NULL,
  	"empty_since" timestamp(3) with time zone,
  	"first_seen_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kafka_consumer_groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"kafka_topics_id" integer
  );
  
  CREATE TABLE "kafka_consumer_group_lag_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consumer_group_id" integer NOT NULL,
  	"cluster_id" integer NOT NULL,
  	"workspace_id" integer,
  	"virtual_cluster_id" integer,
  	"timestamp" timestamp(3) with time zone NOT NULL,
  	"resolution" "enum_kafka_consumer_group_lag_history_resolution" DEFAULT 'raw' NOT NULL,
  	"sample_count" numeric DEFAULT 1,
  	"total_lag" numeric NOT NULL,
  	"total_lag_min" numeric,
  	"total_lag_max" numeric,
  	"max_partition_lag" numeric,
  	"lag_seconds" numeric,
  	"lag_seconds_max" numeric,
  	"partition_lag" jsonb,
  	"member_count" numeric,
  	"state" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"workspaces_id" integer,
  	"workspace_members_id" integer,
  	"kafka_clusters_id" integer,
  	"kafka_applications_id" integer,
  	"kafka_virtual_clusters_id" integer,
  	"kafka_topics_id" integer,
  	"kafka_schemas_id" integer,
  	"kafka_schema_versions_id" integer,
  	"kafka_consumer_groups_id" integer,
  	"kafka_consumer_group_lag_history_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_applications" ADD CONSTRAINT "kafka_applications_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_virtual_clusters" ADD CONSTRAINT "kafka_virtual_clusters_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_virtual_clusters" ADD CONSTRAINT "kafka_virtual_clusters_application_id_kafka_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."kafka_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_virtual_clusters" ADD CONSTRAINT "kafka_virtual_clusters_physical_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("physical_cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_topics" ADD CONSTRAINT "kafka_topics_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_topics" ADD CONSTRAINT "kafka_topics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_topics" ADD CONSTRAINT "kafka_topics_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_topics" ADD CONSTRAINT "kafka_topics_application_id_kafka_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."kafka_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schemas" ADD CONSTRAINT "kafka_schemas_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schemas" ADD CONSTRAINT "kafka_schemas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schemas" ADD CONSTRAINT "kafka_schemas_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schemas" ADD CONSTRAINT "kafka_schemas_application_id_kafka_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."kafka_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schemas" ADD CONSTRAINT "kafka_schemas_topic_id_kafka_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."kafka_topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schema_versions" ADD CONSTRAINT "kafka_schema_versions_schema_id_kafka_schemas_id_fk" FOREIGN KEY ("schema_id") REFERENCES "public"."kafka_schemas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schema_versions" ADD CONSTRAINT "kafka_schema_versions_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_schema_versions" ADD CONSTRAINT "kafka_schema_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups" ADD CONSTRAINT "kafka_consumer_groups_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups" ADD CONSTRAINT "kafka_consumer_groups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups" ADD CONSTRAINT "kafka_consumer_groups_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups" ADD CONSTRAINT "kafka_consumer_groups_application_id_kafka_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."kafka_applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups_rels" ADD CONSTRAINT "kafka_consumer_groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kafka_consumer_groups_rels" ADD CONSTRAINT "kafka_consumer_groups_rels_kafka_topics_fk" FOREIGN KEY ("kafka_topics_id") REFERENCES "public"."kafka_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag_history" ADD CONSTRAINT "kafka_consumer_group_lag_history_consumer_group_id_kafka_consumer_groups_id_fk" FOREIGN KEY ("consumer_group_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag_history" ADD CONSTRAINT "kafka_consumer_group_lag_history_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag_history" ADD CONSTRAINT "kafka_consumer_group_lag_history_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kafka_consumer_group_lag_history" ADD CONSTRAINT "kafka_consumer_group_lag_history_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workspaces_fk" FOREIGN KEY ("workspaces_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workspace_members_fk" FOREIGN KEY ("workspace_members_id") REFERENCES "public"."workspace_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_clusters_fk" FOREIGN KEY ("kafka_clusters_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_applications_fk" FOREIGN KEY ("kafka_applications_id") REFERENCES "public"."kafka_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_virtual_clusters_fk" FOREIGN KEY ("kafka_virtual_clusters_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_topics_fk" FOREIGN KEY ("kafka_topics_id") REFERENCES "public"."kafka_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_schemas_fk" FOREIGN KEY ("kafka_schemas_id") REFERENCES "public"."kafka_schemas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_schema_versions_fk" FOREIGN KEY ("kafka_schema_versions_id") REFERENCES "public"."kafka_schema_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_consumer_groups_fk" FOREIGN KEY ("kafka_consumer_groups_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kafka_consumer_group_lag_hi_fk" FOREIGN KEY ("kafka_consumer_group_lag_history_id") REFERENCES "public"."kafka_consumer_group_lag_history"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "workspaces_slug_idx" ON "workspaces" USING btree ("slug");
  CREATE INDEX "workspaces_updated_at_idx" ON "workspaces" USING btree ("updated_at");
  CREATE INDEX "workspaces_created_at_idx" ON "workspaces" USING btree ("created_at");
  CREATE INDEX "workspace_members_workspace_idx" ON "workspace_members" USING btree ("workspace_id");
  CREATE INDEX "workspace_members_user_idx" ON "workspace_members" USING btree ("user_id");
  CREATE INDEX "workspace_members_status_idx" ON "workspace_members" USING btree ("status");
  CREATE INDEX "workspace_members_updated_at_idx" ON "workspace_members" USING btree ("updated_at");
  CREATE INDEX "workspace_members_created_at_idx" ON "workspace_members" USING btree ("created_at");
  CREATE UNIQUE INDEX "workspace_user_idx" ON "workspace_members" USING btree ("workspace_id","user_id");
  CREATE UNIQUE INDEX "kafka_clusters_name_idx" ON "kafka_clusters" USING btree ("name");
  CREATE INDEX "kafka_clusters_updated_at_idx" ON "kafka_clusters" USING btree ("updated_at");
  CREATE INDEX "kafka_clusters_created_at_idx" ON "kafka_clusters" USING btree ("created_at");
  CREATE INDEX "kafka_applications_workspace_idx" ON "kafka_applications" USING btree ("workspace_id");
  CREATE INDEX "kafka_applications_slug_idx" ON "kafka_applications" USING btree ("slug");
  CREATE INDEX "kafka_applications_updated_at_idx" ON "kafka_applications" USING btree ("updated_at");
  CREATE INDEX "kafka_applications_created_at_idx" ON "kafka_applications" USING btree ("created_at");
  CREATE UNIQUE INDEX "workspace_slug_idx" ON "kafka_applications" USING btree ("workspace_id","slug");
  CREATE INDEX "kafka_virtual_clusters_workspace_idx" ON "kafka_virtual_clusters" USING btree ("workspace_id");
  CREATE INDEX "kafka_virtual_clusters_application_idx" ON "kafka_virtual_clusters" USING btree ("application_id");
  CREATE INDEX "kafka_virtual_clusters_environment_idx" ON "kafka_virtual_clusters" USING btree ("environment");
  CREATE INDEX "kafka_virtual_clusters_physical_cluster_idx" ON "kafka_virtual_clusters" USING btree ("physical_cluster_id");
  CREATE INDEX "kafka_virtual_clusters_updated_at_idx" ON "kafka_virtual_clusters" USING btree ("updated_at");
  CREATE INDEX "kafka_virtual_clusters_created_at_idx" ON "kafka_virtual_clusters" USING btree ("created_at");
  CREATE UNIQUE INDEX "physicalCluster_topicPrefix_idx" ON "kafka_virtual_clusters" USING btree ("physical_cluster_id","topic_prefix");
  CREATE UNIQUE INDEX "physicalCluster_groupPrefix_idx" ON "kafka_virtual_clusters" USING btree ("physical_cluster_id","group_prefix");
  CREATE INDEX "kafka_topics_full_name_idx" ON "kafka_topics" USING btree ("full_name");
  CREATE INDEX "kafka_topics_cluster_idx" ON "kafka_topics" USING btree ("cluster_id");
  CREATE INDEX "kafka_topics_workspace_idx" ON "kafka_topics" USING btree ("workspace_id");
  CREATE INDEX "kafka_topics_virtual_cluster_idx" ON "kafka_topics" USING btree ("virtual_cluster_id");
  CREATE INDEX "kafka_topics_application_idx" ON "kafka_topics" USING btree ("application_id");
  CREATE INDEX "kafka_topics_updated_at_idx" ON "kafka_topics" USING btree ("updated_at");
  CREATE INDEX "kafka_topics_created_at_idx" ON "kafka_topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "cluster_fullName_idx" ON "kafka_topics" USING btree ("cluster_id","full_name");
  CREATE INDEX "kafka_schemas_subject_idx" ON "kafka_schemas" USING btree ("subject");
  CREATE INDEX "kafka_schemas_cluster_idx" ON "kafka_schemas" USING btree ("cluster_id");
  CREATE INDEX "kafka_schemas_workspace_idx" ON "kafka_schemas" USING btree ("workspace_id");
  CREATE INDEX "kafka_schemas_virtual_cluster_idx" ON "kafka_schemas" USING btree ("virtual_cluster_id");
  CREATE INDEX "kafka_schemas_application_idx" ON "kafka_schemas" USING btree ("application_id");
  CREATE INDEX "kafka_schemas_topic_idx" ON "kafka_schemas" USING btree ("topic_id");
  CREATE INDEX "kafka_schemas_topic_name_idx" ON "kafka_schemas" USING btree ("topic_name");
  CREATE INDEX "kafka_schemas_format_idx" ON "kafka_schemas" USING btree ("format");
  CREATE INDEX "kafka_schemas_status_idx" ON "kafka_schemas" USING btree ("status");
  CREATE INDEX "kafka_schemas_soft_deleted_idx" ON "kafka_schemas" USING btree ("soft_deleted");
  CREATE INDEX "kafka_schemas_last_registered_at_idx" ON "kafka_schemas" USING btree ("last_registered_at");
  CREATE INDEX "kafka_schemas_updated_at_idx" ON "kafka_schemas" USING btree ("updated_at");
  CREATE INDEX "kafka_schemas_created_at_idx" ON "kafka_schemas" USING btree ("created_at");
  CREATE UNIQUE INDEX "cluster_subject_idx" ON "kafka_schemas" USING btree ("cluster_id","subject");
  CREATE INDEX "kafka_schema_versions_schema_idx" ON "kafka_schema_versions" USING btree ("schema_id");
  CREATE INDEX "kafka_schema_versions_cluster_idx" ON "kafka_schema_versions" USING btree ("cluster_id");
  CREATE INDEX "kafka_schema_versions_workspace_idx" ON "kafka_schema_versions" USING btree ("workspace_id");
  CREATE INDEX "kafka_schema_versions_version_idx" ON "kafka_schema_versions" USING btree ("version");
  CREATE INDEX "kafka_schema_versions_registry_schema_id_idx" ON "kafka_schema_versions" USING btree ("registry_schema_id");
  CREATE INDEX "kafka_schema_versions_fingerprint_idx" ON "kafka_schema_versions" USING btree ("fingerprint");
  CREATE INDEX "kafka_schema_versions_updated_at_idx" ON "kafka_schema_versions" USING btree ("updated_at");
  CREATE INDEX "kafka_schema_versions_created_at_idx" ON "kafka_schema_versions" USING btree ("created_at");
  CREATE UNIQUE INDEX "schema_version_idx" ON "kafka_schema_versions" USING btree ("schema_id","version");
  CREATE INDEX "kafka_consumer_groups_group_id_idx" ON "kafka_consumer_groups" USING btree ("group_id");
  CREATE INDEX "kafka_consumer_groups_cluster_idx" ON "kafka_consumer_groups" USING btree ("cluster_id");
  CREATE INDEX "kafka_consumer_groups_workspace_idx" ON "kafka_consumer_groups" USING btree ("workspace_id");
  CREATE INDEX "kafka_consumer_groups_virtual_cluster_idx" ON "kafka_consumer_groups" USING btree ("virtual_cluster_id");
  CREATE INDEX "kafka_consumer_groups_application_idx" ON "kafka_consumer_groups" USING btree ("application_id");
  CREATE INDEX "kafka_consumer_groups_group_type_idx" ON "kafka_consumer_groups" USING btree ("group_type");
  CREATE INDEX "kafka_consumer_groups_state_idx" ON "kafka_consumer_groups" USING btree ("state");
  CREATE INDEX "kafka_consumer_groups_total_lag_idx" ON "kafka_consumer_groups" USING btree ("total_lag");
  CREATE INDEX "kafka_consumer_groups_lag_seconds_idx" ON "kafka_consumer_groups" USING btree ("lag_seconds");
  CREATE INDEX "kafka_consumer_groups_lag_status_idx" ON "kafka_consumer_groups" USING btree ("lag_status");
  CREATE INDEX "kafka_consumer_groups_status_idx" ON "kafka_consumer_groups" USING btree ("status");
  CREATE INDEX "kafka_consumer_groups_last_seen_at_idx" ON "kafka_consumer_groups" USING btree ("last_seen_at");
  CREATE INDEX "kafka_consumer_groups_updated_at_idx" ON "kafka_consumer_groups" USING btree ("updated_at");
  CREATE INDEX "kafka_consumer_groups_created_at_idx" ON "kafka_consumer_groups" USING btree ("created_at");
  CREATE UNIQUE INDEX "cluster_groupId_idx" ON "kafka_consumer_groups" USING btree ("cluster_id","group_id");
  CREATE INDEX "kafka_consumer_groups_rels_order_idx" ON "kafka_consumer_groups_rels" USING btree ("order");
  CREATE INDEX "kafka_consumer_groups_rels_parent_idx" ON "kafka_consumer_groups_rels" USING btree ("parent_id");
  CREATE INDEX "kafka_consumer_groups_rels_path_idx" ON "kafka_consumer_groups_rels" USING btree ("path");
  CREATE INDEX "kafka_consumer_groups_rels_kafka_topics_id_idx" ON "kafka_consumer_groups_rels" USING btree ("kafka_topics_id");
  CREATE INDEX "kafka_consumer_group_lag_history_consumer_group_idx" ON "kafka_consumer_group_lag_history" USING btree ("consumer_group_id");
  CREATE INDEX "kafka_consumer_group_lag_history_cluster_idx" ON "kafka_consumer_group_lag_history" USING btree ("cluster_id");
  CREATE INDEX "kafka_consumer_group_lag_history_workspace_idx" ON "kafka_consumer_group_lag_history" USING btree ("workspace_id");
  CREATE INDEX "kafka_consumer_group_lag_history_virtual_cluster_idx" ON "kafka_consumer_group_lag_history" USING btree ("virtual_cluster_id");
  CREATE INDEX "kafka_consumer_group_lag_history_updated_at_idx" ON "kafka_consumer_group_lag_history" USING btree ("updated_at");
  CREATE INDEX "kafka_consumer_group_lag_history_created_at_idx" ON "kafka_consumer_group_lag_history" USING btree ("created_at");
  CREATE UNIQUE INDEX "consumerGroup_resolution_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("consumer_group_id","resolution","timestamp");
  CREATE INDEX "consumerGroup_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("consumer_group_id","timestamp");
  CREATE INDEX "workspace_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("workspace_id","timestamp");
  CREATE INDEX "virtualCluster_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("virtual_cluster_id","timestamp");
  CREATE INDEX "resolution_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("resolution","timestamp");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workspaces_id_idx" ON "payload_locked_documents_rels" USING btree ("workspaces_id");
  CREATE INDEX "payload_locked_documents_rels_workspace_members_id_idx" ON "payload_locked_documents_rels" USING btree ("workspace_members_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_clusters_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_clusters_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_applications_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_virtual_clusters_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_virtual_clusters_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_topics_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_schemas_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_schemas_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_schema_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_schema_versions_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_consumer_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("kafka_consumer_groups_id");
  CREATE INDEX "payload_locked_documents_rels_kafka_consumer_group_lag_h_idx" ON "payload_locked_documents_rels" USING btree ("kafka_consumer_group_lag_history_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workspaces" CASCADE;
  DROP TABLE "workspace_members" CASCADE;
  DROP TABLE "kafka_clusters" CASCADE;
  DROP TABLE "kafka_applications" CASCADE;
  DROP TABLE "kafka_virtual_clusters" CASCADE;
  DROP TABLE "kafka_topics" CASCADE;
  DROP TABLE "kafka_schemas" CASCADE;
  DROP TABLE "kafka_schema_versions" CASCADE;
  DROP TABLE "kafka_consumer_groups" CASCADE;
  DROP TABLE "kafka_consumer_groups_rels" CASCADE;
  DROP TABLE "kafka_consumer_group_lag_history" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_workspace_members_role";
  DROP TYPE "public"."enum_workspace_members_status";
  DROP TYPE "public"."enum_kafka_clusters_security_protocol";
  DROP TYPE "public"."enum_kafka_clusters_sasl_mechanism";
  DROP TYPE "public"."enum_sync_schemasync_outcome";
  DROP TYPE "public"."enum_sync_consumergroupsync_outcome";
  DROP TYPE "public"."enum_sync_lagcheck_outcome";
  DROP TYPE "public"."enum_sync_retention_outcome";
  DROP TYPE "public"."enum_kafka_virtual_clusters_status";
  DROP TYPE "public"."enum_kafka_schemas_type";
  DROP TYPE "public"."enum_kafka_schemas_format";
  DROP TYPE "public"."enum_kafka_schemas_compatibility_level";
  DROP TYPE "public"."enum_kafka_schemas_status";
  DROP TYPE "public"."enum_kafka_schema_versions_format";
  DROP TYPE "public"."enum_kafka_schema_versions_compatibility_mode";
  DROP TYPE "public"."enum_kafka_schema_versions_status";
  DROP TYPE "public"."enum_kafka_consumer_groups_group_type";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_status";
  DROP TYPE "public"."enum_kafka_consumer_groups_status";
  DROP TYPE "public"."enum_kafka_consumer_group_lag_history_resolution";`)
}
