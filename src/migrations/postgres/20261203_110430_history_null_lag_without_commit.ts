import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * History keeps "no commit" as a null total lag instead of 0 (the lag check wrote `totalLag ?? 0`).
 *
 * Existing rows: what this migration can prove. The lag check always wrote the group's
 * maxPartitionLag, which is null exactly when no partition of the group had a commit
 * (summarizeGroupLag), and it is then that it wrote total_lag 0; a rollup's max_partition_lag is
 * null exactly when every row rolled into it had a null one. So `total_lag = 0 AND
 * max_partition_lag IS NULL` marks the raw rows and the hourly/daily rows of polls without any
 * commit, and only those (a caught-up group has max_partition_lag 0): their total and its extremes
 * become null. Not provable, so left as they are: an hourly or daily row that mixed polls with and
 * without a commit (its average counted the latter as 0, its total_lag_min may be that 0) — the
 * raw rows it came from may be gone.
 * Down writes 0 back into the null totals (and the extremes of rollups) before restoring NOT NULL.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kafka_consumer_group_lag_history" ALTER COLUMN "total_lag" DROP NOT NULL;
  UPDATE "kafka_consumer_group_lag_history" SET "total_lag" = NULL, "total_lag_min" = NULL, "total_lag_max" = NULL WHERE "total_lag" = 0 AND "max_partition_lag" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   UPDATE "kafka_consumer_group_lag_history" SET "total_lag_min" = 0, "total_lag_max" = 0 WHERE "total_lag" IS NULL AND "resolution" <> 'raw';
  UPDATE "kafka_consumer_group_lag_history" SET "total_lag" = 0 WHERE "total_lag" IS NULL;
  ALTER TABLE "kafka_consumer_group_lag_history" ALTER COLUMN "total_lag" SET NOT NULL;`)
}
