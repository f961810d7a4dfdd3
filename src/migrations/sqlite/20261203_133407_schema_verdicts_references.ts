import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kafka_schemas\` ADD \`latest_compatible\` integer;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` ADD \`has_incompatible_versions\` integer;`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_has_incompatible_versions_idx\` ON \`kafka_schemas\` (\`has_incompatible_versions\`);`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` ADD \`referenced_subjects\` text;`)
  // The subject flags from the verdicts already stored ...
  await db.run(sql`UPDATE \`kafka_schemas\` SET
    \`has_incompatible_versions\` = EXISTS (SELECT 1 FROM \`kafka_schema_versions\` v WHERE v.\`schema_id\` = \`kafka_schemas\`.\`id\`
      AND v.\`is_compatible\` = 0 AND v.\`status\` = 'synced' AND COALESCE(v.\`soft_deleted\`, 0) = 0),
    \`latest_compatible\` = (SELECT v.\`is_compatible\` FROM \`kafka_schema_versions\` v WHERE v.\`schema_id\` = \`kafka_schemas\`.\`id\`
      AND v.\`version\` = \`kafka_schemas\`.\`latest_version\`);`)
  // ... and every subject is fetched again by the next sync: verdicts with references resolved,
  // reasons worded per direction, referenced subjects recorded.
  await db.run(sql`UPDATE \`kafka_schemas\` SET \`version_list\` = NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`kafka_schemas_has_incompatible_versions_idx\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` DROP COLUMN \`latest_compatible\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schemas\` DROP COLUMN \`has_incompatible_versions\`;`)
  await db.run(sql`ALTER TABLE \`kafka_schema_versions\` DROP COLUMN \`referenced_subjects\`;`)
}
