import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A run left `running` by a process that died is closed as 'abandoned' (issue 12, item 7). SQLite
 * stores select values as text, so only PostgreSQL's enum changes. Down maps abandoned runs to
 * failed before the enum loses the value.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sync_runs_outcome" ADD VALUE 'abandoned';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   UPDATE "sync_runs" SET "outcome" = 'failed' WHERE "outcome" = 'abandoned';
   ALTER TABLE "sync_runs" ALTER COLUMN "outcome" SET DATA TYPE text;
  ALTER TABLE "sync_runs" ALTER COLUMN "outcome" SET DEFAULT 'running'::text;
  DROP TYPE "public"."enum_sync_runs_outcome";
  CREATE TYPE "public"."enum_sync_runs_outcome" AS ENUM('running', 'succeeded', 'partial', 'failed');
  ALTER TABLE "sync_runs" ALTER COLUMN "outcome" SET DEFAULT 'running'::"public"."enum_sync_runs_outcome";
  ALTER TABLE "sync_runs" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_sync_runs_outcome" USING "outcome"::"public"."enum_sync_runs_outcome";`)
}
