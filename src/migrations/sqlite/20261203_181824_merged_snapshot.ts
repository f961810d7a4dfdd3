import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * Written when several branches' migrations were merged: no statements; its snapshot (the JSON
 * beside it) is the schema after all of them, so the next migrate:create diffs against the real state.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
