import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kafka_consumer_groups_lag_trend" AS ENUM('rising', 'falling', 'flat', 'unknown');
  ALTER TABLE "kafka_consumer_groups" ADD COLUMN "lag_trend" "enum_kafka_consumer_groups_lag_trend";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_consumer_groups" DROP COLUMN "lag_trend";
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_trend";`)
}
