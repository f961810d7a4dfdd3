import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alert_channels_kind" AS ENUM('webhook', 'slack', 'email', 'alertmanager');
  CREATE TYPE "public"."enum_alert_deliveries_status" AS ENUM('pending', 'sending', 'retrying', 'sent', 'failed');
  CREATE TABLE "alert_channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"workspace_id" integer,
  	"kind" "enum_alert_channels_kind" NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"webhook_url" varchar,
  	"webhook_secret_encrypted" varchar,
  	"slack_webhook_url_encrypted" varchar,
  	"smtp_host" varchar,
  	"smtp_port" numeric,
  	"smtp_secure" boolean,
  	"smtp_username" varchar,
  	"smtp_password_encrypted" varchar,
  	"email_from" varchar,
  	"email_to" varchar,
  	"alertmanager_url" varchar,
  	"alertmanager_username" varchar,
  	"alertmanager_password_encrypted" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workspace_id" integer,
  	"channel_id" integer,
  	"fingerprint" varchar,
  	"notification" jsonb NOT NULL,
  	"status" "enum_alert_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"response_code" numeric,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_channels_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_deliveries_id" integer;
  ALTER TABLE "alert_channels" ADD CONSTRAINT "alert_channels_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "alert_channels_workspace_idx" ON "alert_channels" USING btree ("workspace_id");
  CREATE INDEX "alert_channels_updated_at_idx" ON "alert_channels" USING btree ("updated_at");
  CREATE INDEX "alert_channels_created_at_idx" ON "alert_channels" USING btree ("created_at");
  CREATE INDEX "alert_deliveries_workspace_idx" ON "alert_deliveries" USING btree ("workspace_id");
  CREATE INDEX "alert_deliveries_channel_idx" ON "alert_deliveries" USING btree ("channel_id");
  CREATE INDEX "alert_deliveries_fingerprint_idx" ON "alert_deliveries" USING btree ("fingerprint");
  CREATE INDEX "alert_deliveries_updated_at_idx" ON "alert_deliveries" USING btree ("updated_at");
  CREATE INDEX "alert_deliveries_created_at_idx" ON "alert_deliveries" USING btree ("created_at");
  CREATE INDEX "status_nextAttemptAt_idx" ON "alert_deliveries" USING btree ("status","next_attempt_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_channels_fk" FOREIGN KEY ("alert_channels_id") REFERENCES "public"."alert_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_deliveries_fk" FOREIGN KEY ("alert_deliveries_id") REFERENCES "public"."alert_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_alert_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_channels_id");
  CREATE INDEX "payload_locked_documents_rels_alert_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alert_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alert_channels" CASCADE;
  DROP TABLE "alert_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_channels_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_deliveries_fk";
  
  DROP INDEX "payload_locked_documents_rels_alert_channels_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_channels_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_deliveries_id";
  DROP TYPE "public"."enum_alert_channels_kind";
  DROP TYPE "public"."enum_alert_deliveries_status";`)
}
