import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_schemas\` ADD \`mode\` text;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` ADD \`context\` text;`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_context_idx\` ON \`kafka_schemas\` (\`context\`);`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` ADD \`guid\` text;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` ADD \`schema_metadata\` text;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` ADD \`rule_set\` text;`)
  await db.run(sql`CREATE INDEX \`kafka_schema_versions_guid_idx\` ON \`kafka_schema_versions\` (\`guid\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`kafka_schemas_context_idx\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` DROP COLUMN \`mode\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` DROP COLUMN \`context\`;`)
  await db.run(sql`DROP INDEX \`kafka_schema_versions_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` DROP COLUMN \`guid\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` DROP COLUMN \`schema_metadata\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` DROP COLUMN \`rule_set\`;`)
}
