import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kafka_consumer_groups_lag_rule" AS ENUM('burrow_ok', 'burrow_warn', 'burrow_stop', 'burrow_stall', 'burrow_rewind', 'falling_behind', 'warming_up', 'no_commit');
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_rule" "enum_kafka_consumer_groups_lag_rule";
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_reason" varchar;
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "verdict_state" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_rule";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_reason";
  ALTER TABLE "kafka_consumer_groups" DROP COLUMN "verdict_state";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_rule";`)
}
