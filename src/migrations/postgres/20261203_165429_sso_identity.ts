import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workspace_members_source" AS ENUM('manual', 'idp');
  CREATE TABLE "workspaces_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "identity_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"handle_hash" varchar NOT NULL,
  	"sid" varchar NOT NULL,
  	"refresh_token" varchar,
  	"id_token" varchar,
  	"renewed_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "identity_issuer" varchar;
  ALTER TABLE "users" ADD COLUMN "identity_subject" varchar;
  ALTER TABLE "workspace_members" ADD COLUMN "source" "enum_workspace_members_source" DEFAULT 'manual';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "identity_sessions_id" integer;
  ALTER TABLE "workspaces_texts" ADD CONSTRAINT "workspaces_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "identity_sessions" ADD CONSTRAINT "identity_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workspaces_texts_order_parent" ON "workspaces_texts" USING btree ("order","parent_id");
  CREATE INDEX "identity_sessions_user_idx" ON "identity_sessions" USING btree ("user_id");
  CREATE UNIQUE INDEX "identity_sessions_handle_hash_idx" ON "identity_sessions" USING btree ("handle_hash");
  CREATE INDEX "identity_sessions_expires_at_idx" ON "identity_sessions" USING btree ("expires_at");
  CREATE INDEX "identity_sessions_updated_at_idx" ON "identity_sessions" USING btree ("updated_at");
  CREATE INDEX "identity_sessions_created_at_idx" ON "identity_sessions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_identity_sessions_fk" FOREIGN KEY ("identity_sessions_id") REFERENCES "public"."identity_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "identityIssuer_identitySubject_idx" ON "users" USING btree ("identity_issuer","identity_subject");
  CREATE INDEX "payload_locked_documents_rels_identity_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("identity_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workspaces_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "identity_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workspaces_texts" CASCADE;
  DROP TABLE "identity_sessions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_identity_sessions_fk";
  
  DROP INDEX "identityIssuer_identitySubject_idx";
  DROP INDEX "payload_locked_documents_rels_identity_sessions_id_idx";
  ALTER TABLE "users" DROP COLUMN "identity_issuer";
  ALTER TABLE "users" DROP COLUMN "identity_subject";
  ALTER TABLE "workspace_members" DROP COLUMN "source";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "identity_sessions_id";
  DROP TYPE "public"."enum_workspace_members_source";`)
}
