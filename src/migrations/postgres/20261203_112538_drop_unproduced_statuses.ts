import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Statuses the code never produced leave the enums: a subject's 'pending' (the sync writes
 * registered, failed or stale) and a group's 'stop', 'stall' and 'rewind' (partition statuses; a
 * group is ok, warn, err or unknown). Rows cannot hold them, but any that did are mapped first: a
 * pending subject to stale (the next sync refetches it), a group to err (Burrow's group status for
 * those partition statuses).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_schemas" ALTER COLUMN "status" SET DATA TYPE text;
  UPDATE "kafka_schemas" SET "status" = 'stale' WHERE "status" = 'pending';
  ALTER TABLE "kafka_schemas" ALTER COLUMN "status" SET DEFAULT 'registered'::text;
  DROP TYPE "public"."enum_kafka_schemas_status";
  CREATE TYPE "public"."enum_kafka_schemas_status" AS ENUM('registered', 'failed', 'stale');
  ALTER TABLE "kafka_schemas" ALTER COLUMN "status" SET DEFAULT 'registered'::"public"."enum_kafka_schemas_status";
  ALTER TABLE "kafka_schemas" ALTER COLUMN "status" SET DATA TYPE "public"."enum_kafka_schemas_status" USING "status"::"public"."enum_kafka_schemas_status";
  ALTER TABLE "kafka_consumer_groups" ALTER COLUMN "lag_status" SET DATA TYPE text;
  UPDATE "kafka_consumer_groups" SET "lag_status" = 'err' WHERE "lag_status" IN ('stop', 'stall', 'rewind');
  DROP TYPE "public"."enum_kafka_consumer_groups_lag_status";
  CREATE TYPE "public"."enum_kafka_consumer_groups_lag_status" AS ENUM('ok', 'warn', 'err', 'unknown');
  ALTER TABLE "kafka_consumer_groups" ALTER COLUMN "lag_status" SET DATA TYPE "public"."enum_kafka_consumer_groups_lag_status" USING "lag_status"::"public"."enum_kafka_consumer_groups_lag_status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_kafka_schemas_status" ADD VALUE 'pending' BEFORE 'registered';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_status" ADD VALUE 'stop' BEFORE 'unknown';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_status" ADD VALUE 'stall' BEFORE 'unknown';
  ALTER TYPE "public"."enum_kafka_consumer_groups_lag_status" ADD VALUE 'rewind' BEFORE 'unknown';
  ALTER TABLE "kafka_schemas" ALTER COLUMN "status" SET DEFAULT 'pending';`)
}
