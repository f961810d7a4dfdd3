import type { Payload } from 'payload'

/**
 * Plain multi-row INSERTs straight on the adapter's driver (libsql or pg), for seeding millions of
 * rows: drizzle's query builder (src/sync/db/raw.ts) costs more CPU per row than the database
 * does at this volume. Column names come from Payload's own table definitions, so the rows are
 * exactly what the app reads. Fresh tables only: no conflict handling.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = { name: string; tables: Record<string, Record<string, any>>; client?: any; pool?: any }
/* eslint-enable @typescript-eslint/no-explicit-any */

type Row = Record<string, unknown>

type Column = { name: string; json: boolean }

function columnsOf(payload: Payload, table: string, fields: string[]): Column[] {
  const definition = (payload.db as unknown as Db).tables[table]
  if (!definition) throw new Error(`unknown table ${table}`)
  return fields.map((field) => {
    const column = definition[field]
    if (!column?.name) throw new Error(`unknown field ${table}.${field}`)
    return { name: column.name as string, json: column.dataType === 'json' }
  })
}

/** What the driver gets: JSON columns as JSON text (strings too), SQLite booleans as 0/1. */
function driverValue(value: unknown, column: Column, postgres: boolean): unknown {
  if (value === undefined || value === null) return null
  if (column.json) return JSON.stringify(value)
  if (!postgres && typeof value === 'boolean') return value ? 1 : 0
  return value
}

/**
 * Inserts `rows` (all with the same fields) and returns the `returning` fields of each, in order.
 * Statements are sized to the dialect's bind-parameter limit; SQLite writes them in one batch.
 */
export async function insertRows(payload: Payload, table: string, rows: Row[], returning: string[] = []): Promise<Row[]> {
  if (rows.length === 0) return []
  const db = payload.db as unknown as Db
  const postgres = db.name === 'postgres'
  const fields = Object.keys(rows[0]!)
  const columns = columnsOf(payload, table, fields)
  const back = columnsOf(payload, table, returning)
  const perStatement = Math.max(1, Math.min(2_000, Math.floor((postgres ? 65_000 : 32_000) / fields.length)))
  const quoted = columns.map((c) => `"${c.name}"`).join(', ')
  const tail = back.length ? ` RETURNING ${back.map((c, k) => `"${c.name}" AS "${returning[k]}"`).join(', ')}` : ''
  const statements: { sql: string; args: unknown[] }[] = []
  for (let from = 0; from < rows.length; from += perStatement) {
    const part = rows.slice(from, from + perStatement)
    const args: unknown[] = []
    const tuples = part.map((row) => {
      const marks = fields.map((field, k) => {
        args.push(driverValue(row[field], columns[k]!, postgres))
        return postgres ? `$${args.length}` : '?'
      })
      return `(${marks.join(', ')})`
    })
    statements.push({ sql: `INSERT INTO "${table}" (${quoted}) VALUES ${tuples.join(', ')}${tail}`, args })
  }
  if (postgres) {
    const out: Row[] = []
    for (const s of statements) out.push(...((await db.pool.query(s.sql, s.args)) as { rows: Row[] }).rows)
    return out
  }
  const results = (await db.client.batch(statements, 'write')) as { rows: Row[] }[]
  return results.flatMap((r) => r.rows.map((row) => Object.fromEntries(returning.map((f) => [f, row[f]]))))
}
