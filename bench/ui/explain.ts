/**
 * Where a page's time goes in the database: runs the read functions the pages use
 * (src/features/*\/queries.ts, as admin and as member, with the benchmark's parameters) on a
 * seeded database, captures every SQL statement the adapter sends with its duration, and prints
 * the query plan of the slowest statements (SQLite EXPLAIN QUERY PLAN; PostgreSQL EXPLAIN ANALYZE).
 * Prints markdown. Usage: DATABASE_URL=… ORBIT_DATA_DIR=… tsx bench/ui/explain.ts sqlite|postgres SEED_JSON
 */
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { SeedInfo } from './pages'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const seed = JSON.parse(process.argv[3] ?? '{}') as SeedInfo
process.env.ORBIT_EMBEDDED_RUNNER = 'off'

const { getPayloadClient } = await import('@/lib/payload')
const groups = await import('@/features/consumer-groups/queries')
const schemas = await import('@/features/schemas/queries')
const payload: Payload = await getPayloadClient()

type Statement = { sql: string; args: unknown[]; ms: number }
let captured: Statement[] = []

/* eslint-disable @typescript-eslint/no-explicit-any */
// Wrap the driver under drizzle: libsql's execute/batch, or pg's pool.query.
const adapter = payload.db as any
if (db === 'sqlite') {
  const client = adapter.client
  const execute = client.execute.bind(client)
  client.execute = async (statement: any, ...rest: any[]) => {
    const started = performance.now()
    try {
      return await execute(statement, ...rest)
    } finally {
      const sql = typeof statement === 'string' ? statement : statement.sql
      captured.push({ sql, args: typeof statement === 'string' ? (rest[0] ?? []) : (statement.args ?? []), ms: performance.now() - started })
    }
  }
} else {
  const pool = adapter.pool
  const query = pool.query.bind(pool)
  pool.query = async (text: any, values?: any, ...rest: any[]) => {
    const started = performance.now()
    try {
      return await query(text, values, ...rest)
    } finally {
      const sql = typeof text === 'string' ? text : text.text
      captured.push({ sql, args: (typeof text === 'string' ? values : text.values) ?? [], ms: performance.now() - started })
    }
  }
}

async function plan(s: Statement): Promise<string> {
  if (db === 'sqlite') {
    const execute = adapter.client.execute
    const result = await execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args })
    return (result.rows as any[]).map((r) => `${'  '.repeat(Number(r.parent) === 0 ? 0 : 1)}${r.detail}`).join('\n')
  }
  const result = await adapter.pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.args)
  return (result.rows as any[]).map((r) => r['QUERY PLAN']).join('\n')
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const userOf = async (email: string) => {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
  return { ...found.docs[0]!, collection: 'users' } as User
}
const admin = await userOf(seed.users.admin.email)
const member = await userOf(seed.users.member.email)
const memberWs = seed.memberWorkspace.id
const groupOf = (ws: number | 'any') => seed.sampleGroups.find((g) => ws === 'any' || g.workspace === ws)!.id
const schemaOf = (ws: number | 'any') => seed.sampleSchemas.find((s) => ws === 'any' || s.workspace === ws)!.id

const cases: [string, User, () => Promise<unknown>][] = []
for (const [name, user, ws] of [
  ['admin', admin, 'any'],
  ['member', member, memberWs],
] as const) {
  const scope = ws === 'any' ? {} : { workspace: ws }
  cases.push(
    [`getConsumerGroups (default)`, user, () => groups.getConsumerGroups(user, { ...scope })],
    [
      `getConsumerGroups (health=warn, hasLag, -totalLag, page 2)`,
      user,
      () => groups.getConsumerGroups(user, { ...scope, health: 'warn', hasLag: 'true', sort: '-totalLag', page: 2 }),
    ],
    [
      `getConsumerGroups (state=Stable, -lagSeconds, page 3)`,
      user,
      () => groups.getConsumerGroups(user, { ...scope, state: 'Stable', sort: '-lagSeconds', page: 3 }),
    ],
    [`getConsumerGroupSummary`, user, () => groups.getConsumerGroupSummary(user, { ...scope })],
    [`getConsumerGroup`, user, () => groups.getConsumerGroup(user, groupOf(ws))],
    [`getConsumerGroupLagHistory 1h`, user, () => groups.getConsumerGroupLagHistory(user, groupOf(ws), '1h')],
    [`getConsumerGroupLagHistory 24h`, user, () => groups.getConsumerGroupLagHistory(user, groupOf(ws), '24h')],
    [`getConsumerGroupLagHistory 30d`, user, () => groups.getConsumerGroupLagHistory(user, groupOf(ws), '30d')],
    [`getSchemas (default)`, user, () => schemas.getSchemas(user, { ...scope })],
    [
      `getSchemas (search, avro, -lastRegisteredAt, page 2)`,
      user,
      () => schemas.getSchemas(user, { ...scope, search: 'topic-1', format: 'avro', sort: '-lastRegisteredAt', page: 2 }),
    ],
    [`getSchemaSummary`, user, () => schemas.getSchemaSummary(user, { ...scope })],
    [`getSchema`, user, () => schemas.getSchema(user, schemaOf(ws))],
    [`getSchemaVersions`, user, () => schemas.getSchemaVersions(user, schemaOf(ws))],
  )
  void name
}

const lines: string[] = [
  `#### Query profile (${db})`,
  '',
  '| read function | user | wall ms (warm) | statements | slowest statement ms |',
  '|---|---|---|---|---|',
]
const slow: { label: string; statement: Statement }[] = []
for (const [label, user, run] of cases) {
  await run() // warm
  captured = []
  const started = performance.now()
  await run()
  const wall = performance.now() - started
  const slowest = [...captured].sort((a, b) => b.ms - a.ms)[0]
  const who = user.id === admin.id ? 'admin' : 'member'
  lines.push(`| ${label} | ${who} | ${wall.toFixed(1)} | ${captured.length} | ${slowest ? slowest.ms.toFixed(1) : '-'} |`)
  if (slowest) slow.push({ label: `${label} (${who})`, statement: slowest })
}
/** Long IN lists shortened for reading: `(?, ?, …)` -> `(50 values)`. */
const compact = (text: string) => text.replace(/\((?:(?:\?|\$\d+), ){3,}(?:\?|\$\d+)\)/g, (list) => `(${list.split(',').length} values)`).slice(0, 1_500)
const worst = slow.sort((a, b) => b.statement.ms - a.statement.ms).slice(0, 3)
lines.push('', `Plans of the ${worst.length} slowest statements:`, '')
for (const { label, statement } of worst) {
  lines.push(`${label}: ${statement.ms.toFixed(1)} ms`, '', '```sql', compact(statement.sql), '```', '', '```', await plan(statement), '```', '')
}
console.log(lines.join('\n'))
process.exit(0)
