import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "resolution_timestamp_idx";
  CREATE INDEX "cluster_resolution_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("cluster_id","resolution","timestamp");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "cluster_resolution_timestamp_idx";
  CREATE INDEX "resolution_timestamp_idx" ON "kafka_consumer_group_lag_history" USING btree ("resolution","timestamp");`)
}
