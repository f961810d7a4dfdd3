/**
 * Seeds one fresh database for the page benchmark, in its own process (the app's config reads the
 * environment once): migrations as the app applies them, accounts and tenancy through the Local
 * API, then groups, lag history, schemas and versions through multi-row inserts (bulk-insert.ts) of
 * the rows the sync engine would have written. Prints one JSON line describing what it made.
 * Usage: DATABASE_URL=… ORBIT_DATA_DIR=… tsx bench/ui/seed.ts sqlite|postgres
 */
import type { Migration } from 'payload'

import { closePayload } from '@tests/helpers/payload'

import {
  ADMIN_EMAIL,
  APPS,
  groupRow,
  historyRow,
  rawHistoryRows,
  historyTimes,
  isSampleGroup,
  MEMBER_EMAIL,
  type Ownership,
  ownerIndex,
  PASSWORD,
  schemaRows,
  SIZES,
  versionCount,
  virtualClusterKeys,
  workspaceSlug,
} from './corpus'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
process.env.ORBIT_EMBEDDED_RUNNER = 'off'

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { queryRows, sql } = await import('@/sync/db/raw')
const { insertRows } = await import('./bulk-insert')
const { GROUP_LAG_FIELD_NAMES } = await import('@/collections/fields/groupLag')
const migrations = db === 'postgres' ? (await import('@/migrations/postgres')).migrations : (await import('@/migrations/sqlite')).migrations

const started = performance.now()
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

const create = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({ collection: collection as never, data: data as never, overrideAccess: true, depth: 0 })) as unknown as { id: number }

// Accounts and tenancy: few rows, through the Local API (hooks, password hashing).
const admin = await create('users', { email: ADMIN_EMAIL, password: PASSWORD, name: 'Bench admin', role: 'platform-admin' })
const member = await create('users', { email: MEMBER_EMAIL, password: PASSWORD, name: 'Bench member', role: 'member' })
const cluster = await create('kafka-clusters', { name: 'bench-ui', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' })
const workspaces: { id: number; slug: string }[] = []
for (let w = 1; w <= SIZES.workspaces; w++) {
  workspaces.push({ id: (await create('workspaces', { name: `Bench workspace ${w}`, slug: workspaceSlug(w) })).id, slug: workspaceSlug(w) })
}
await create('workspace-members', { workspace: workspaces[0]!.id, user: member.id, role: 'member', status: 'active' })
const applications = new Map<string, number>()
for (const ws of workspaces) {
  for (const app of APPS) applications.set(`${ws.id}/${app}`, (await create('kafka-applications', { workspace: ws.id, name: app, slug: app })).id)
}
const owners: Ownership[] = []
for (const vc of virtualClusterKeys()) {
  const workspace = workspaces[vc.workspace - 1]!.id
  const application = applications.get(`${workspace}/${vc.app}`)!
  const doc = await create('kafka-virtual-clusters', {
    name: `${vc.app}-${vc.env}`,
    workspace,
    application,
    environment: vc.env,
    physicalCluster: cluster.id,
    topicPrefix: vc.prefix,
    groupPrefix: vc.prefix,
    status: 'active',
  })
  owners.push({ workspace, virtualCluster: doc.id, application, prefix: vc.prefix })
}
const UNOWNED: Ownership = { workspace: null, virtualCluster: null, application: null, prefix: 'orphan-' }
const ownerOf = (i: number) => {
  const index = ownerIndex(i, owners.length)
  return index === null ? UNOWNED : owners[index]!
}
const tenancyMs = performance.now() - started

// Consumer groups and their lag history, in bulk.
const now = Date.now()
const counts = { groups: 0, history: { raw: 0, hour: 0, day: 0 }, schemas: 0, versions: 0 }
const sampleGroups: { id: number; workspace: number | null }[] = []
let history: Record<string, unknown>[] = []
const flushHistory = async () => {
  await insertRows(payload, 'kafka_consumer_group_lag_history', history)
  history = []
}
const groupsStarted = performance.now()
const CHUNK = 1_000
for (let from = 0; from < SIZES.groups; from += CHUNK) {
  const indices = Array.from({ length: Math.min(CHUNK, SIZES.groups - from) }, (_, k) => from + k)
  // The group's row and its lag row (kafka-consumer-group-lag), as the group sync and the lag check write them apart.
  const rows = indices.map((i) => groupRow(i, cluster.id, ownerOf(i), now))
  const lagOf = new Map(rows.map((row) => [row.groupId as string, Object.fromEntries(GROUP_LAG_FIELD_NAMES.map((name) => [name, row[name]]))]))
  for (const row of rows) for (const name of GROUP_LAG_FIELD_NAMES) delete row[name]
  const written = await insertRows(payload, 'kafka_consumer_groups', rows, ['id', 'groupId'])
  const idOf = new Map(written.map((r) => [r.groupId as string, r.id as number]))
  const lagRows = rows.map((row) => ({
    consumerGroup: idOf.get(row.groupId as string)!,
    workspace: row.workspace,
    virtualCluster: row.virtualCluster,
    ...lagOf.get(row.groupId as string)!,
  }))
  await insertRows(payload, 'kafka_consumer_group_lag', lagRows)
  for (const [k, i] of indices.entries()) {
    const id = idOf.get(rows[k]!.groupId as string)!
    const owner = ownerOf(i)
    if (isSampleGroup(i)) sampleGroups.push({ id, workspace: owner.workspace })
    const times = historyTimes(i, now)
    history.push(...rawHistoryRows(i, id, cluster.id, owner, times.raw))
    for (const tier of ['hour', 'day'] as const) for (const t of times[tier]) history.push(historyRow(i, id, cluster.id, owner, tier, t))
    for (const tier of ['raw', 'hour', 'day'] as const) counts.history[tier] += times[tier].length
    if (history.length >= 20_000) await flushHistory()
  }
  counts.groups += rows.length
}
// Every group points at its lag row (its `lag` relationship), as the lag check leaves it.
await queryRows(
  payload,
  sql`UPDATE kafka_consumer_groups SET lag_id = (SELECT l.id FROM kafka_consumer_group_lag l WHERE l.consumer_group_id = kafka_consumer_groups.id)`,
)
await flushHistory()
const groupsMs = performance.now() - groupsStarted

// Schemas and versions, in bulk.
const schemasStarted = performance.now()
const sampleSchemas: { id: number; workspace: number | null; versions: number }[] = []
for (let from = 0; from < SIZES.schemas; from += CHUNK) {
  const indices = Array.from({ length: Math.min(CHUNK, SIZES.schemas - from) }, (_, k) => from + k)
  const built = indices.map((i) => schemaRows(i, cluster.id, ownerOf(i), now))
  const written = await insertRows(
    payload,
    'kafka_schemas',
    built.map((b) => b.schema),
    ['id', 'subject'],
  )
  const idOf = new Map(written.map((r) => [r.subject as string, r.id as number]))
  const versions = built.flatMap((b) => b.versions.map((v) => ({ ...v, schema: idOf.get(b.schema.subject)! })))
  await insertRows(payload, 'kafka_schema_versions', versions)
  for (const [k, i] of indices.entries()) {
    if (versionCount(i) === 5 && sampleSchemas.length < 40)
      sampleSchemas.push({ id: idOf.get(built[k]!.schema.subject)!, workspace: ownerOf(i).workspace, versions: 5 })
  }
  counts.schemas += built.length
  counts.versions += versions.length
}
const schemasMs = performance.now() - schemasStarted

// PostgreSQL's autovacuum would have analysed tables this size. SQLite gets whatever statistics
// the app itself computes when it starts (src/sync/db/raw.ts); BENCH_SQLITE_ANALYZE=1 adds a full
// ANALYZE here, to see what complete statistics change.
if (db === 'postgres' || process.env.BENCH_SQLITE_ANALYZE === '1') await queryRows(payload, sql`ANALYZE`)

const memberWorkspace = workspaces[0]!
const memberVc = virtualClusterKeys().find((vc) => vc.workspace === 1)!
console.log(
  JSON.stringify({
    db,
    users: { admin: { id: admin.id, email: ADMIN_EMAIL }, member: { id: member.id, email: MEMBER_EMAIL }, password: PASSWORD },
    workspaces,
    memberWorkspace: { slug: memberWorkspace.slug, id: memberWorkspace.id, app: memberVc.app, env: memberVc.env },
    otherWorkspace: workspaces[1] ?? null,
    sampleGroups,
    sampleSchemas,
    counts,
    ms: { tenancy: tenancyMs, groupsAndHistory: groupsMs, schemasAndVersions: schemasMs, total: performance.now() - started },
  }),
)
await closePayload(payload)
process.exit(0)
