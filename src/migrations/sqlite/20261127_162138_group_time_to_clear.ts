import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` ADD \`time_to_clear_seconds\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`time_to_clear_seconds\`;`)
}
