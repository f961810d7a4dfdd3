import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` ADD \`lag_rule\` text;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` ADD \`lag_reason\` text;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` ADD \`verdict_state\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_rule\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`lag_reason\`;`)
  await db.run(sql`ALTER TABLE \`kafka_consumer_groups\` DROP COLUMN \`verdict_state\`;`)
}
