import { Column, is } from 'drizzle-orm'
import type { Payload } from 'payload'

import { type Adapter, adapterOf, type Row } from '@/sync/db/raw'
import type { RawRows, TableName } from '@/sync/db/tables'

/**
 * INSERT … ON CONFLICT DO UPDATE for thousands of rows (the lag check writes 10,000 groups and
 * history rows per cycle): multi-row statements sized to the dialect's bind-parameter limit,
 * every statement of a call in one atomic unit (one libSQL batch, or one pg transaction). The SQL
 * text is written here and sent through the adapter's own driver, because drizzle's query builder
 * spent more CPU building 10,000-row statements than the database spent running them (measured by
 * bench/lag). Column names come from Payload's table definitions, and so do the encodings that
 * change a value: json columns get JSON text and boolean ones (SQLite's 0/1) their driver value,
 * as drizzle writes them; numbers and strings go to the driver as they are (drizzle would turn
 * numbers into text for numeric columns, which both databases convert back). A row's keys are the
 * columns written, the same for every row (the first row's; a row with others is an error);
 * columns they leave out get their default.
 */
export type UpsertSpec<N extends TableName, F extends keyof RawRows[N] & string = never> = {
  table: N
  /** Field names of the unique index the rows conflict on. */
  conflict: string[]
  /** Field names overwritten when the row exists (everything else is kept). */
  update: string[]
  /** Text field names the new value is appended to when the row exists (`old || new`, atomic in the upsert). */
  append?: string[]
  /** Field names returned for every written row (e.g. ['id', 'subject']). */
  returning?: readonly F[]
}
export type Upsert = { spec: UpsertSpec<TableName>; rows: Row[] }

export type UpsertOptions = {
  /**
   * false: on PostgreSQL the commit does not wait for the WAL flush (still atomic and consistent),
   * for rows recomputed every cycle anyway: if a crash loses the last cycle, the next one writes it again.
   */
  durable?: boolean
  /** Statements of the dialect's own SQL run before the upserts (e.g. row locks), in the same atomic unit. */
  before?: RawStatement[]
  /** Statements of the dialect's own SQL run after the upserts, in the same atomic unit. */
  after?: RawStatement[]
}

/** SQL text with its arguments (`?` placeholders on SQLite, `$1…` on PostgreSQL). */
export type RawStatement = { sql: string; args: unknown[] }

/** Bind parameters per statement: PostgreSQL allows 65,535, SQLite 32,766. */
const PARAMETER_LIMIT = { sqlite: 32_766, postgres: 65_535 } as const

type Statement = { sql: string; args: unknown[]; returning: { field: string; column: Column }[] }

type LibsqlStatements = Parameters<Extract<Adapter, { dialect: 'sqlite' }>['client']['batch']>[0]

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Upserts `rows` and returns the `returning` fields of every written row. */
export async function bulkUpsert<N extends TableName, F extends keyof RawRows[N] & string = never>(
  payload: Payload,
  spec: UpsertSpec<N, F>,
  rows: Row[],
  options: UpsertOptions = {},
): Promise<Pick<RawRows[N], F>[]> {
  return (await run(payload, upsertStatements(payload, spec, rows), options)) as Pick<RawRows[N], F>[]
}

/** Several upserts in one atomic unit (the lag check's group rows and history rows of a slice). */
export async function bulkUpsertAll(payload: Payload, upserts: Upsert[], options: UpsertOptions = {}): Promise<void> {
  const raw = (statements: RawStatement[] = []) => statements.map((s) => ({ ...s, returning: [] }))
  await run(payload, [...raw(options.before), ...upserts.flatMap(({ spec, rows }) => upsertStatements(payload, spec, rows)), ...raw(options.after)], options)
}

/** The quoted column name of a field, from Payload's table definitions. */
export function quotedColumn(payload: Payload, table: TableName, field: string): string {
  const column: unknown = Reflect.get(adapterOf(payload).tables[table] ?? {}, field)
  if (!is(column, Column)) throw new Error(`${table} has no field ${field}`)
  return quote(column.name)
}

function upsertStatements(payload: Payload, spec: Omit<Upsert['spec'], 'returning'> & { returning?: readonly string[] }, rows: Row[]): Statement[] {
  if (rows.length === 0) return []
  const adapter = adapterOf(payload)
  const table = adapter.tables[spec.table]
  if (!table) throw new Error(`unknown table ${spec.table}`)
  const columnOf = (field: string): Column => {
    const column: unknown = Reflect.get(table, field)
    if (!is(column, Column)) throw new Error(`${spec.table} has no field ${field}`)
    return column
  }
  const fields = Object.keys(rows[0]!)
  const columns = fields.map(columnOf)
  const encoders = columns.map((c) => (c.dataType === 'json' || c.dataType === 'boolean' ? (value: unknown) => c.mapToDriverValue(value) : null))
  const name = (field: string) => quote(columnOf(field).name)
  const returning = (spec.returning ?? []).map((field) => ({ field, column: columnOf(field) }))
  const head = `INSERT INTO ${quote(spec.table)} (${columns.map((c) => quote(c.name)).join(', ')}) VALUES `
  const sets = [
    ...spec.update.map((f) => `${name(f)} = excluded.${name(f)}`),
    ...(spec.append ?? []).map((f) => `${name(f)} = COALESCE(${quote(spec.table)}.${name(f)}, '') || excluded.${name(f)}`),
  ]
  const tail =
    ` ON CONFLICT (${spec.conflict.map(name).join(', ')}) DO UPDATE SET ${sets.join(', ')}` +
    (returning.length ? ` RETURNING ${returning.map((r) => `${quote(r.column.name)} AS ${quote(r.field)}`).join(', ')}` : '')
  const perStatement = Math.max(1, Math.floor(PARAMETER_LIMIT[adapter.dialect] / fields.length))
  const numbered = adapter.dialect === 'postgres'

  const statements: Statement[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement)
    const args: unknown[] = new Array(part.length * fields.length)
    const tuples: string[] = new Array(part.length)
    let n = 0
    for (let r = 0; r < part.length; r++) {
      const row = part[r]!
      const marks: string[] = new Array(fields.length)
      if (Object.keys(row).length !== fields.length) throw differentColumns(spec.table, fields, row)
      for (let f = 0; f < fields.length; f++) {
        const value = row[fields[f]!]
        if (value === undefined && !(fields[f]! in row)) throw differentColumns(spec.table, fields, row)
        const encode = encoders[f]
        args[n] = value === undefined || value === null ? null : encode ? encode(value) : value
        n++
        marks[f] = numbered ? `$${n}` : '?'
      }
      tuples[r] = `(${marks.join(', ')})`
    }
    statements.push({ sql: head + tuples.join(', ') + tail, args, returning })
  }
  return statements
}

/** Every row of one upsert writes the same columns: a row with others would silently lose or blank them. */
function differentColumns(table: string, fields: string[], row: Row): Error {
  return new Error(`bulk upsert into ${table}: every row must have the first row's fields (${fields.join(', ')}); one has ${Object.keys(row).join(', ')}`)
}

/** Runs the statements in one atomic unit; returns the rows they return, decoded, in order. */
async function run(payload: Payload, statements: Statement[], { durable = true }: UpsertOptions): Promise<Row[]> {
  if (statements.length === 0) return []
  const adapter = adapterOf(payload)
  let results: Row[][]
  if (adapter.dialect === 'sqlite') {
    const sets = await adapter.client.batch(
      // Driver values, as the columns' own encoders produced them.
      statements.map((s) => ({ sql: s.sql, args: s.args })) as LibsqlStatements,
      'write',
    )
    results = sets.map((set) => set.rows)
  } else {
    const client = await adapter.pool.connect()
    results = []
    try {
      await client.query('BEGIN')
      if (!durable) await client.query('SET LOCAL synchronous_commit TO OFF')
      for (const s of statements) results.push((await client.query<Row>(s.sql, s.args)).rows)
      await client.query('COMMIT')
      client.release()
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      client.release(error instanceof Error ? error : undefined)
      throw error
    }
  }
  return statements.flatMap((s, i) => results[i]!.map((row) => decode(row, s)))
}

function decode(row: Row, { returning }: Statement): Row {
  return Object.fromEntries(returning.map(({ field, column }) => [field, row[field] === null ? null : column.mapFromDriverValue(row[field])]))
}
