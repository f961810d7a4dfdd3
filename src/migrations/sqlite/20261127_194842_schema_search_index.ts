import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`kafka_schemas_format_idx\`;`)
  await db.run(sql`CREATE INDEX \`format_subject_topicName_idx\` ON \`kafka_schemas\` (\`format\`,\`subject\`,\`topic_name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`format_subject_topicName_idx\`;`)
  await db.run(sql`CREATE INDEX \`kafka_schemas_format_idx\` ON \`kafka_schemas\` (\`format\`);`)
}
