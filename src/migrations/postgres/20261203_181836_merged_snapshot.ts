import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand when several branches' migrations were merged: its snapshot (the JSON beside it)
 * is the schema after all of them, so the next migrate:create diffs against the real state. Its
 * only statements are what no branch's migration could know: the share-group verdict rules (added
 * on one branch) in the enums of the lag rows and alert rules (created on two others).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" ADD VALUE IF NOT EXISTS 'share_caught_up';
  ALTER TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" ADD VALUE IF NOT EXISTS 'share_progressing';
  ALTER TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" ADD VALUE IF NOT EXISTS 'share_lag_rising';
  ALTER TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" ADD VALUE IF NOT EXISTS 'share_stalled';
  ALTER TYPE "public"."enum_kafka_consumer_group_lag_lag_rule" ADD VALUE IF NOT EXISTS 'share_stopped';
  ALTER TYPE "public"."enum_alert_rules_verdict_rule" ADD VALUE IF NOT EXISTS 'share_caught_up';
  ALTER TYPE "public"."enum_alert_rules_verdict_rule" ADD VALUE IF NOT EXISTS 'share_progressing';
  ALTER TYPE "public"."enum_alert_rules_verdict_rule" ADD VALUE IF NOT EXISTS 'share_lag_rising';
  ALTER TYPE "public"."enum_alert_rules_verdict_rule" ADD VALUE IF NOT EXISTS 'share_stalled';
  ALTER TYPE "public"."enum_alert_rules_verdict_rule" ADD VALUE IF NOT EXISTS 'share_stopped';`)
}

/** Enum values stay: PostgreSQL cannot drop them, and the down migrations of those tables drop the types. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
