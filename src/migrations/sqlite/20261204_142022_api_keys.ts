import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key_created_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key_last_used_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`enable_a_p_i_key\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key_index\` text;`)
  await db.run(sql`CREATE INDEX \`users_api_key_index_idx\` ON \`users\` (\`api_key_index\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_api_key_index_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key_created_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key_last_used_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`enable_a_p_i_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key_index\`;`)
}
