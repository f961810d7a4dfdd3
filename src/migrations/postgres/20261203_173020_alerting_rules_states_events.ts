import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alert_rules_condition" AS ENUM('group-health', 'group-lag', 'group-time-lag', 'group-stalled', 'group-empty', 'schema-incompatible', 'schema-deleted', 'cluster-sync-failing');
  CREATE TYPE "public"."enum_alert_rules_health_level" AS ENUM('warn', 'err');
  CREATE TYPE "public"."enum_alert_rules_verdict_rule" AS ENUM('burrow_ok', 'burrow_warn', 'burrow_stop', 'burrow_stall', 'burrow_rewind', 'falling_behind', 'warming_up', 'no_commit');
  CREATE TYPE "public"."enum_alert_rules_target_kind" AS ENUM('workspace', 'virtual-cluster', 'consumer-group', 'name-pattern', 'cluster');
  CREATE TYPE "public"."enum_alert_rules_severity" AS ENUM('warning', 'error');
  CREATE TYPE "public"."enum_alert_states_target_kind" AS ENUM('consumer-group', 'schema-subject', 'cluster');
  CREATE TYPE "public"."enum_alert_states_status" AS ENUM('pending', 'firing', 'resolved');
  CREATE TYPE "public"."enum_alert_states_notified_status" AS ENUM('firing', 'resolved');
  CREATE TYPE "public"."enum_alert_events_target_kind" AS ENUM('consumer-group', 'schema-subject', 'cluster');
  CREATE TYPE "public"."enum_alert_events_from_status" AS ENUM('pending', 'firing', 'resolved');
  CREATE TYPE "public"."enum_alert_events_to_status" AS ENUM('pending', 'firing', 'resolved');
  CREATE TABLE "alert_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"workspace_id" integer,
  	"enabled" boolean DEFAULT true,
  	"condition" "enum_alert_rules_condition" NOT NULL,
  	"health_level" "enum_alert_rules_health_level",
  	"verdict_rule" "enum_alert_rules_verdict_rule",
  	"threshold" numeric,
  	"target_kind" "enum_alert_rules_target_kind" DEFAULT 'workspace' NOT NULL,
  	"consumer_group_id" integer,
  	"virtual_cluster_id" integer,
  	"cluster_id" integer,
  	"pattern" varchar,
  	"for_evaluations" numeric DEFAULT 1 NOT NULL,
  	"repeat_interval_minutes" numeric DEFAULT 240 NOT NULL,
  	"severity" "enum_alert_rules_severity" DEFAULT 'warning' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_states" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fingerprint" varchar NOT NULL,
  	"rule_id" integer NOT NULL,
  	"workspace_id" integer,
  	"cluster_id" integer NOT NULL,
  	"target_kind" "enum_alert_states_target_kind" NOT NULL,
  	"target_id" numeric NOT NULL,
  	"target_name" varchar NOT NULL,
  	"cluster_name" varchar NOT NULL,
  	"target_path" varchar NOT NULL,
  	"status" "enum_alert_states_status" NOT NULL,
  	"status_since" timestamp(3) with time zone NOT NULL,
  	"consecutive" numeric DEFAULT 0 NOT NULL,
  	"reason" varchar,
  	"last_firing_notified_at" timestamp(3) with time zone,
  	"notified_status" "enum_alert_states_notified_status",
  	"condition_since" timestamp(3) with time zone,
  	"committed_offsets" numeric,
  	"silenced_until" timestamp(3) with time zone,
  	"silence_comment" varchar,
  	"silenced_by_id" integer,
  	"acknowledged_at" timestamp(3) with time zone,
  	"acknowledged_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fingerprint" varchar NOT NULL,
  	"rule_id" integer NOT NULL,
  	"workspace_id" integer,
  	"target_kind" "enum_alert_events_target_kind" NOT NULL,
  	"target_name" varchar NOT NULL,
  	"cluster_name" varchar NOT NULL,
  	"target_path" varchar NOT NULL,
  	"from_status" "enum_alert_events_from_status",
  	"to_status" "enum_alert_events_to_status" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar,
  	"notified" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_states_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_events_id" integer;
  ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_consumer_group_id_kafka_consumer_groups_id_fk" FOREIGN KEY ("consumer_group_id") REFERENCES "public"."kafka_consumer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_virtual_cluster_id_kafka_virtual_clusters_id_fk" FOREIGN KEY ("virtual_cluster_id") REFERENCES "public"."kafka_virtual_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_cluster_id_kafka_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."kafka_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_silenced_by_id_users_id_fk" FOREIGN KEY ("silenced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "alert_rules_workspace_idx" ON "alert_rules" USING btree ("workspace_id");
  CREATE INDEX "alert_rules_enabled_idx" ON "alert_rules" USING btree ("enabled");
  CREATE INDEX "alert_rules_condition_idx" ON "alert_rules" USING btree ("condition");
  CREATE INDEX "alert_rules_consumer_group_idx" ON "alert_rules" USING btree ("consumer_group_id");
  CREATE INDEX "alert_rules_virtual_cluster_idx" ON "alert_rules" USING btree ("virtual_cluster_id");
  CREATE INDEX "alert_rules_cluster_idx" ON "alert_rules" USING btree ("cluster_id");
  CREATE INDEX "alert_rules_updated_at_idx" ON "alert_rules" USING btree ("updated_at");
  CREATE INDEX "alert_rules_created_at_idx" ON "alert_rules" USING btree ("created_at");
  CREATE UNIQUE INDEX "alert_states_fingerprint_idx" ON "alert_states" USING btree ("fingerprint");
  CREATE INDEX "alert_states_rule_idx" ON "alert_states" USING btree ("rule_id");
  CREATE INDEX "alert_states_workspace_idx" ON "alert_states" USING btree ("workspace_id");
  CREATE INDEX "alert_states_cluster_idx" ON "alert_states" USING btree ("cluster_id");
  CREATE INDEX "alert_states_status_idx" ON "alert_states" USING btree ("status");
  CREATE INDEX "alert_states_silenced_by_idx" ON "alert_states" USING btree ("silenced_by_id");
  CREATE INDEX "alert_states_acknowledged_by_idx" ON "alert_states" USING btree ("acknowledged_by_id");
  CREATE INDEX "alert_states_updated_at_idx" ON "alert_states" USING btree ("updated_at");
  CREATE INDEX "alert_states_created_at_idx" ON "alert_states" USING btree ("created_at");
  CREATE INDEX "workspace_status_idx" ON "alert_states" USING btree ("workspace_id","status");
  CREATE INDEX "targetKind_targetId_status_idx" ON "alert_states" USING btree ("target_kind","target_id","status");
  CREATE INDEX "alert_events_fingerprint_idx" ON "alert_events" USING btree ("fingerprint");
  CREATE INDEX "alert_events_rule_idx" ON "alert_events" USING btree ("rule_id");
  CREATE INDEX "alert_events_workspace_idx" ON "alert_events" USING btree ("workspace_id");
  CREATE INDEX "alert_events_at_idx" ON "alert_events" USING btree ("at");
  CREATE INDEX "alert_events_updated_at_idx" ON "alert_events" USING btree ("updated_at");
  CREATE INDEX "alert_events_created_at_idx" ON "alert_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "fingerprint_at_toStatus_idx" ON "alert_events" USING btree ("fingerprint","at","to_status");
  CREATE INDEX "workspace_at_idx" ON "alert_events" USING btree ("workspace_id","at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_rules_fk" FOREIGN KEY ("alert_rules_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_states_fk" FOREIGN KEY ("alert_states_id") REFERENCES "public"."alert_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_events_fk" FOREIGN KEY ("alert_events_id") REFERENCES "public"."alert_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_alert_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_rules_id");
  CREATE INDEX "payload_locked_documents_rels_alert_states_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_states_id");
  CREATE INDEX "payload_locked_documents_rels_alert_events_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alert_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_states" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alert_rules" CASCADE;
  DROP TABLE "alert_states" CASCADE;
  DROP TABLE "alert_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_states_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_alert_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_states_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_states_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_events_id";
  DROP TYPE "public"."enum_alert_rules_condition";
  DROP TYPE "public"."enum_alert_rules_health_level";
  DROP TYPE "public"."enum_alert_rules_verdict_rule";
  DROP TYPE "public"."enum_alert_rules_target_kind";
  DROP TYPE "public"."enum_alert_rules_severity";
  DROP TYPE "public"."enum_alert_states_target_kind";
  DROP TYPE "public"."enum_alert_states_status";
  DROP TYPE "public"."enum_alert_states_notified_status";
  DROP TYPE "public"."enum_alert_events_target_kind";
  DROP TYPE "public"."enum_alert_events_from_status";
  DROP TYPE "public"."enum_alert_events_to_status";`)
}
