import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_kafka_consumer_groups_lag_rule" ADD VALUE 'share_caught_up';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_rule" ADD VALUE 'share_progressing';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_rule" ADD VALUE 'share_lag_rising';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_rule" ADD VALUE 'share_stalled';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_rule" ADD VALUE 'share_stopped';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_consumer_groups" ALTER COLUMN "lag_rule" SET DATA TYPE text;
  UPDATE "kafka_consumer_groups" SET "lag_rule" = NULL WHERE "lag_rule" IN ('share_caught_up', 'share_progressing', 'share_lag_rising', 'share_stalled', 'share_stopped');
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_rule";
  CREATE TYPE "public"."enum_kafka_consumer_groups_lag_rule" AS ENUM('burrow_ok', 'burrow_warn', 'burrow_stop', 'burrow_stall', 'burrow_rewind', 'falling_behind', 'warming_up', 'no_commit');
  ALTER TABLE "kafka_consumer_groups" ALTER COLUMN "lag_rule" SET DATA TYPE "public"."enum_kafka_consumer_groups_lag_rule" USING "lag_rule"::"public"."enum_kafka_consumer_groups_lag_rule";`)
}
