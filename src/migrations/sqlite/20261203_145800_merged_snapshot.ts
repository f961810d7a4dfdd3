import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * No statements: a snapshot only. Seven branches created their migrations from the same parent and
 * were merged; each migration's JSON snapshot knew only its own branch's collections, so
 * `migrate:create` would have generated all of them again. This migration's JSON is the schema
 * after all of them, so the next `migrate:create` diffs against the real state.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
