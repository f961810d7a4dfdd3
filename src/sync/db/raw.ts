import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { type Column, type SQL, sql, type Table } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import type { RawRows, TableName } from '@/sync/db/tables'

/**
 * Raw access for the sync hot paths (ARCHITECTURE.md §3): Payload's Local API writes one row at a
 * time, so thousands of rows go through the adapter's drizzle instance with Payload's own table
 * definitions. Raw writes skip hooks and defaults: callers set every column they need, including
 * updatedAt/createdAt. Bulk upserts go through bulk-upsert.ts.
 *
 * Drizzle's SQLite and PostgreSQL query builders share their shape but not their types, so the
 * adapter's instance is typed here once as the part of that shape the sync engine uses (RawDb),
 * over tables typed by their rows (tables.ts): selects return typed rows, with no cast at the
 * caller.
 */

export { sql }

export type Row = Record<string, unknown>
export type Dialect = 'sqlite' | 'postgres'

declare const VALUE: unique symbol
/** A column whose value drizzle returns as T. */
export type RawColumn<T> = Column & { readonly [VALUE]?: T }
/** A Payload table whose columns are typed by the row R (field names as keys). */
export type RawTable<R> = Table & { readonly [K in keyof R]-?: RawColumn<R[K]> }

type Selection = Record<string, Column | SQL>
type Selected<S extends Selection> = { [K in keyof S]: S[K] extends RawColumn<infer T> ? T : S[K] extends SQL<infer T> ? T : never }

export interface SelectQuery<R> extends PromiseLike<R[]> {
  where(condition: SQL): SelectQuery<R>
  innerJoin(table: Table, on: SQL): SelectQuery<R>
  /** The joined table's columns are null where it has no row: select only columns typed nullable from it. */
  leftJoin(table: Table, on: SQL): SelectQuery<R>
  orderBy(...by: (Column | SQL)[]): SelectQuery<R>
}
/** What a write answers: libSQL reports rowsAffected, node-postgres rowCount. */
export type WriteResult = { rowsAffected?: number; rowCount?: number | null }
export type Statement = PromiseLike<WriteResult>
export interface InsertQuery<R> extends Statement {
  onConflictDoUpdate(config: { target: Column | Column[]; set: Partial<R>; setWhere?: SQL }): InsertQuery<R>
  returning<S extends Selection>(fields: S): PromiseLike<Selected<S>[]>
}

export interface RawDb {
  select<S extends Selection>(fields: S): { from(table: Table): SelectQuery<Selected<S>> }
  selectDistinct<S extends Selection>(fields: S): { from(table: Table): SelectQuery<Selected<S>> }
  insert<R>(table: RawTable<R>): { values(rows: Partial<R> | Partial<R>[]): InsertQuery<R> }
  update<R>(table: RawTable<R>): { set(values: Partial<R>): { where(condition: SQL): Statement } }
  delete(table: Table): { where(condition: SQL): Statement }
}

type SqliteDb = RawDb & { batch(statements: Statement[]): Promise<unknown[]>; all(query: SQL): Promise<Row[]> }
type PostgresDb = RawDb & { transaction<T>(run: (tx: RawDb) => Promise<T>): Promise<T>; execute(query: SQL): Promise<{ rows: Row[] }> }

/** The adapter behind Payload, by dialect: its drizzle instance and its driver. */
export type Adapter =
  | { dialect: 'sqlite'; db: SqliteDb; client: SQLiteAdapter['client']; tables: Record<string, Table> }
  | { dialect: 'postgres'; db: PostgresDb; pool: PostgresAdapter['pool']; tables: Record<string, Table> }

export function adapterOf(payload: Payload): Adapter {
  // Payload types `payload.db` as its generic adapter; ours is one of the two drizzle adapters.
  const db = payload.db as unknown as SQLiteAdapter | PostgresAdapter
  const tables = db.tables as Record<string, Table>
  return db.name === 'postgres'
    ? { dialect: 'postgres', db: (db as PostgresAdapter).drizzle as unknown as PostgresDb, pool: (db as PostgresAdapter).pool, tables }
    : { dialect: 'sqlite', db: (db as SQLiteAdapter).drizzle as unknown as SqliteDb, client: (db as SQLiteAdapter).client, tables }
}

export function dialectOf(payload: Payload): Dialect {
  return adapterOf(payload).dialect
}

export function drizzleOf(payload: Payload): RawDb {
  return adapterOf(payload).db
}

export function tableOf<N extends TableName>(payload: Payload, name: N): RawTable<RawRows[N]> {
  const table = adapterOf(payload).tables[name]
  if (!table) throw new Error(`unknown table ${name}`)
  return table as RawTable<RawRows[N]>
}

/** Runs statements atomically: one SQLite batch, or one PostgreSQL transaction. */
export async function atomically(payload: Payload, statements: ((db: RawDb) => Statement)[]): Promise<unknown[]> {
  if (statements.length === 0) return []
  const adapter = adapterOf(payload)
  if (adapter.dialect === 'sqlite') return await adapter.db.batch(statements.map((build) => build(adapter.db)))
  return await adapter.db.transaction(async (tx) => {
    const results: unknown[] = []
    for (const build of statements) results.push(await build(tx))
    return results
  })
}

/**
 * Runs statements atomically within the request's own transaction when it has one (PostgreSQL:
 * a collection hook, so the rows move with the change that moved them and see it before commit),
 * else like `atomically`. `read` is the connection that sees the same state.
 */
export async function withinRequest<T>(
  payload: Payload,
  req: PayloadRequest | undefined,
  work: (db: RawDb, run: (statements: ((db: RawDb) => Statement)[]) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  const adapter = adapterOf(payload)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const sessions = (payload.db as unknown as { sessions?: Record<string | number, { db: RawDb } | undefined> }).sessions
  const tx = transactionID === undefined ? undefined : sessions?.[transactionID]?.db
  if (!tx) return await work(adapter.db, (statements) => atomically(payload, statements))
  return await work(tx, async (statements) => {
    for (const build of statements) await build(tx)
  })
}

/** Rows a write changed. */
export function affectedRows(result: WriteResult): number {
  return Number(result.rowsAffected ?? result.rowCount ?? 0)
}

/** A statement of the dialect's own SQL (statistics, catalog queries), with the rows it returns. */
export async function queryRows(payload: Payload, query: SQL): Promise<Row[]> {
  const adapter = adapterOf(payload)
  return adapter.dialect === 'sqlite' ? adapter.db.all(query) : (await adapter.db.execute(query)).rows
}

/**
 * SQLite plans from statistics only after ANALYZE: without them it may read a whole tier of lag
 * history through (workspace, timestamp) instead of seeking each group. A bounded ANALYZE
 * (sampled, milliseconds even on large tables) at start and after each retention run keeps the
 * plans right as tables grow. PostgreSQL keeps its own statistics (autovacuum).
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (dialectOf(payload) !== 'sqlite') return
  await queryRows(payload, sql.raw('PRAGMA analysis_limit=1000'))
  await queryRows(payload, sql.raw('ANALYZE'))
}

export function nowIso(): string {
  return new Date().toISOString()
}
