import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * Raw bulk access for the sync hot paths (ARCHITECTURE.md §3): Payload's Local API writes one
 * row at a time, so thousands of upserts go through the adapter's drizzle instance with Payload's
 * own table definitions. Raw writes skip hooks and defaults: callers set every column they need,
 * including updatedAt/createdAt.
 */
// Drizzle's SQLite and PostgreSQL builders share this shape; the adapter types differ per dialect.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyDrizzle = any
type AnyTable = any
/* eslint-enable @typescript-eslint/no-explicit-any */

export type Row = Record<string, unknown>
export type Dialect = 'sqlite' | 'postgres'

export { sql }

export function dialectOf(payload: Payload): Dialect {
  return payload.db.name === 'postgres' ? 'postgres' : 'sqlite'
}

export function drizzleOf(payload: Payload): AnyDrizzle {
  return (payload.db as unknown as { drizzle: AnyDrizzle }).drizzle
}

export function tableOf(payload: Payload, name: string): AnyTable {
  const table = (payload.db as unknown as { tables: Record<string, AnyTable> }).tables[name]
  if (!table) throw new Error(`unknown table ${name}`)
  return table
}

/** Bind-parameter budget per statement: PostgreSQL allows 65,535, SQLite 32,766. */
function rowsPerStatement(dialect: Dialect, columns: number): number {
  const limit = dialect === 'postgres' ? 65_535 : 32_766
  return Math.max(1, Math.min(1_000, Math.floor(limit / Math.max(1, columns))))
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

type Statement = (db: AnyDrizzle) => { execute?: unknown } & PromiseLike<unknown>

/** Runs statements atomically: one SQLite batch, or one PostgreSQL transaction. */
export async function atomically(payload: Payload, statements: Statement[]): Promise<unknown[]> {
  if (statements.length === 0) return []
  const db = drizzleOf(payload)
  if (dialectOf(payload) === 'sqlite') return await db.batch(statements.map((build) => build(db)))
  return await db.transaction(async (tx: AnyDrizzle) => {
    const results: unknown[] = []
    for (const build of statements) results.push(await build(tx))
    return results
  })
}

export type UpsertSpec = {
  table: string
  /** Field names of the unique index the rows conflict on. */
  conflict: string[]
  /** Field names overwritten when the row exists (everything else is kept). */
  update: string[]
  /** Field names returned for every written row (e.g. ['id', 'subject']). */
  returning?: string[]
}

/**
 * INSERT ... ON CONFLICT DO UPDATE in chunks sized to the dialect's parameter limit, all chunks in
 * one atomic unit. Returns the `returning` columns of every row, in input order per chunk.
 */
export async function bulkUpsert(payload: Payload, spec: UpsertSpec, rows: Row[]): Promise<Row[]> {
  if (rows.length === 0) return []
  const table = tableOf(payload, spec.table)
  const columns = Object.keys(rows[0]!).length
  const set = Object.fromEntries(spec.update.map((field) => [field, sql.raw(`excluded."${table[field].name}"`)]))
  const returning = spec.returning && Object.fromEntries(spec.returning.map((field) => [field, table[field]]))
  const statements = chunk(rows, rowsPerStatement(dialectOf(payload), columns)).map((part) => (db: AnyDrizzle) => {
    const query = db
      .insert(table)
      .values(part)
      .onConflictDoUpdate({ target: spec.conflict.map((field) => table[field]), set })
    return returning ? query.returning(returning) : query
  })
  const results = await atomically(payload, statements)
  return returning ? (results as Row[][]).flat() : []
}

/**
 * SQLite plans from statistics only after ANALYZE: without them it may read a whole tier of lag
 * history through (workspace, timestamp) instead of seeking each group. A bounded ANALYZE
 * (sampled, milliseconds even on large tables) at start and after each retention run keeps the
 * plans right as tables grow. PostgreSQL keeps its own statistics (autovacuum).
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (dialectOf(payload) !== 'sqlite') return
  const db = drizzleOf(payload)
  await db.run(sql.raw('PRAGMA analysis_limit=1000'))
  await db.run(sql.raw('ANALYZE'))
}

export function nowIso(): string {
  return new Date().toISOString()
}
