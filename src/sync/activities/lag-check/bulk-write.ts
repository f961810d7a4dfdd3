import type { Payload } from 'payload'

import { dialectOf, tableOf } from '@/sync/db/raw'

/**
 * INSERT … ON CONFLICT DO UPDATE for the lag check's hot path (10,000 groups and history rows per
 * cycle): the same statement `bulkUpsert` in sync/db/raw.ts issues, but with the SQL text written
 * here and sent through the adapter's own driver (libsql's batch, or one pg transaction), because
 * drizzle's query builder spent more CPU building 10,000-row statements than the database spent
 * running them (measured by bench/lag). Column names come from Payload's table definitions; objects
 * are written as JSON text, exactly as drizzle's json/jsonb columns do. All chunks are atomic.
 */
export type WriteSpec = { table: string; conflict: string[]; update: string[] }
type Row = Record<string, unknown>

type LibsqlClient = { batch: (statements: { sql: string; args: unknown[] }[], mode: 'write') => Promise<unknown> }
type PgClient = { query: (text: string, values?: unknown[]) => Promise<unknown>; release: (error?: Error) => void }
type PgPool = { connect: () => Promise<PgClient> }

const PARAMETER_LIMIT = { sqlite: 32_766, postgres: 65_535 } as const

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const toDriverValue = (value: unknown) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value)

export type Write = { spec: WriteSpec; rows: Row[] }
type Statement = { sql: string; args: unknown[] }

/** Writes every batch of rows in one atomic unit: one libsql batch, or one pg transaction. */
export async function bulkWrite(payload: Payload, ...writes: Write[]): Promise<void> {
  const statements = writes.flatMap(({ spec, rows }) => upsertStatements(payload, spec, rows))
  if (statements.length === 0) return
  if (dialectOf(payload) === 'sqlite') {
    await (payload.db as unknown as { client: LibsqlClient }).client.batch(statements, 'write')
    return
  }
  const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
  try {
    await client.query('BEGIN')
    // Lag rows are recomputed from Kafka every cycle: if a crash loses the last cycle, the next one
    // writes it again. So the commit does not wait for the WAL flush (still atomic and consistent).
    await client.query('SET LOCAL synchronous_commit TO OFF')
    for (const s of statements) await client.query(s.sql, s.args)
    await client.query('COMMIT')
    client.release()
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    client.release(error instanceof Error ? error : undefined)
    throw error
  }
}

function upsertStatements(payload: Payload, spec: WriteSpec, rows: Row[]): Statement[] {
  if (rows.length === 0) return []
  const dialect = dialectOf(payload)
  const table = tableOf(payload, spec.table)
  const fields = Object.keys(rows[0]!)
  const column = (field: string) => {
    const name = table[field]?.name as string | undefined
    if (!name) throw new Error(`${spec.table} has no field ${field}`)
    return quote(name)
  }
  const head = `INSERT INTO ${quote(spec.table)} (${fields.map(column).join(', ')}) VALUES `
  const tail = ` ON CONFLICT (${spec.conflict.map(column).join(', ')}) DO UPDATE SET ${spec.update.map((f) => `${column(f)} = excluded.${column(f)}`).join(', ')}`
  const perStatement = Math.max(1, Math.floor(PARAMETER_LIMIT[dialect] / fields.length))

  const statements: Statement[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement)
    const args: unknown[] = new Array(part.length * fields.length)
    const tuples: string[] = new Array(part.length)
    let n = 0
    for (let r = 0; r < part.length; r++) {
      const row = part[r]!
      const marks: string[] = new Array(fields.length)
      for (let f = 0; f < fields.length; f++) {
        args[n] = toDriverValue(row[fields[f]!] ?? null)
        n++
        marks[f] = dialect === 'postgres' ? `$${n}` : '?'
      }
      tuples[r] = `(${marks.join(', ')})`
    }
    statements.push({ sql: head + tuples.join(', ') + tail, args })
  }

  return statements
}
