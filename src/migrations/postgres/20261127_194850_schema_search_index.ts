import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "kafka_schemas_format_idx";
  CREATE INDEX "format_subject_topicName_idx" ON "kafka_schemas" USING btree ("format","subject","topic_name");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "format_subject_topicName_idx";
  CREATE INDEX "kafka_schemas_format_idx" ON "kafka_schemas" USING btree ("format");`)
}
