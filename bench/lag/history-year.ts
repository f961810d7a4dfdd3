/**
 * npm run bench:history — what a group's lag history costs on disk in a year at 1-minute polling
 * with the default tiers, on SQLite and PostgreSQL, in the packed layout (one raw row per group
 * and hour) against today's per-poll layout measured in the same run. Its own databases, no Kafka.
 *
 * Per database (one child process each): a fresh database migrated up to just before
 * packed_lag_history, where the history table is cloned as it is today (columns and every index)
 * into bench_old_lag_history; then migrated to the end. A simulated clock polls BENCH_GROUPS
 * groups every minute for BENCH_DAYS days through the real write path (writeGroupLag, appending to
 * the hour rows) and runs the real retention job (rollups and deletes, default tiers) at every
 * hour; the old layout gets one row per poll (with the 10-partition partitionLag JSON) for its
 * first BENCH_OLD_DAYS days. The year: the raw tier is at steady state once BENCH_DAYS exceeds
 * its 7 days, so its bytes per group are measured as they are; the hourly and daily tiers are
 * rows of one shape, so their bytes per row (measured alone after deleting the raw tier and
 * compacting) times their steady-state rows per group (30 × 24 + 365) complete it. Old layout:
 * bytes per row times its steady-state rows (7 × 1,440 + 30 × 24 + 365), as bench:lag measured it.
 * Then the write path's time at BENCH_TIMING_GROUPS groups: one poll's history write, new
 * (writeGroupLag: lock, append upsert, owner check) vs old (the per-poll INSERT … ON CONFLICT into
 * the clone), BENCH_TIMING_POLLS polls each, median.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import type { Payload } from 'payload'

import { type Metric, record, summarize } from '../lib/record'

const DATABASES = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')
const GROUPS = Number(process.env.BENCH_GROUPS ?? 20)
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 10)
const DAYS = Number(process.env.BENCH_DAYS ?? 9)
const OLD_DAYS = Number(process.env.BENCH_OLD_DAYS ?? 1)
const TIMING_GROUPS = Number(process.env.BENCH_TIMING_GROUPS ?? 1000)
const TIMING_POLLS = Number(process.env.BENCH_TIMING_POLLS ?? 10)
const AUTOVACUUM = process.env.BENCH_AUTOVACUUM !== '0'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** The simulated clock starts here (a UTC midnight). */
const T0 = Date.UTC(2026, 0, 1)
const TABLE = 'kafka_consumer_group_lag_history'
const OLD = 'bench_old_lag_history'
const MIGRATION = 'packed_lag_history'

type Result = {
  db: string
  packed: {
    bytesAtEnd: number
    rawRowsPerGroup: number
    rawBytesPerGroup: number
    rolledRows: number
    rolledBytesPerRow: number
    indexes: number
    bytesPerGroupPerYear: number
  }
  old: { rows: number; bytesPerRow: number; indexes: number; bytesPerGroupPerYear: number }
  timing: { newMs: number[]; oldMs: number[] }
  simulateSeconds: number
}

/** A group's poll, deterministic: lag waves per group, 3-decimal time lag, a rebalance every 6 hours. */
function poll(group: number, time: number) {
  const minute = (time - T0) / MINUTE
  const partitions = Array.from({ length: PARTITIONS }, (_, p) => Math.max(0, Math.round(500 + 480 * Math.sin((minute + 37 * group + 11 * p) / 45))))
  const totalLag = partitions.reduce((a, b) => a + b, 0)
  const rebalancing = minute % 360 === 0
  return {
    partitions,
    sample: {
      time,
      totalLag,
      maxPartitionLag: Math.max(...partitions),
      lagSeconds: Math.round(totalLag * 7.3) / 1000,
      memberCount: rebalancing ? 0 : 3,
      state: rebalancing ? 'PreparingRebalance' : 'Stable',
    },
  }
}

async function child(db: 'sqlite' | 'postgres'): Promise<Result> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orbit-bench-history-'))
  const { createPostgresDatabase } = await import('@tests/helpers/postgres')
  const database =
    db === 'postgres' ? await createPostgresDatabase('orbit_bench_history') : { url: `file:${path.join(dataDir, 'bench.db')}`, drop: async () => {} }
  process.env.DATABASE_URL = database.url
  process.env.ORBIT_DATA_DIR = dataDir
  process.env.ORBIT_EMBEDDED_RUNNER = 'off'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const list = (db === 'postgres' ? (await import('@/migrations/postgres')).migrations : (await import('@/migrations/sqlite')).migrations) as never as {
    name: string
  }[]
  const payload = await getPayload({ config })
  const at = list.findIndex((m) => m.name.endsWith(MIGRATION))
  await payload.db.migrate({ migrations: list.slice(0, at) as never })
  await cloneOldTable(payload, db)
  await payload.db.migrate({ migrations: list as never })
  const result = await measure(payload, db)
  // Printed before the cleanup: dropping the database ends its connections.
  console.log(`RESULT ${JSON.stringify(result)}`)
  const { closePayload } = await import('@tests/helpers/payload')
  await closePayload(payload)
  await database.drop().catch((error: unknown) => console.error(`could not drop the bench database: ${String(error)}`))
  rmSync(dataDir, { recursive: true, force: true })
  return result
}

async function raw() {
  return await import('@/sync/db/raw')
}

/** Today's history table (before packed_lag_history), columns and every index, as bench_old_lag_history. */
async function cloneOldTable(payload: Payload, db: 'sqlite' | 'postgres') {
  const { queryRows, sql } = await raw()
  if (db === 'postgres') {
    await queryRows(payload, sql.raw(`CREATE TABLE ${OLD} (LIKE ${TABLE} INCLUDING ALL)`))
    return
  }
  const ddl = await queryRows(payload, sql.raw(`SELECT type, sql FROM sqlite_master WHERE tbl_name = '${TABLE}' AND sql IS NOT NULL ORDER BY type DESC`))
  for (const row of ddl) {
    const text = String(row.sql)
      .replace(
        /CREATE (UNIQUE )?INDEX [`"]?([\w]+)[`"]?/,
        (_m, unique: string | undefined, name: string) => `CREATE ${unique ?? ''}INDEX \`bench_old_${name}\``,
      )
      .replace(new RegExp(`[\`"]${TABLE}[\`"]`, 'g'), `\`${OLD}\``)
    await queryRows(payload, sql.raw(text))
  }
}

async function createGroups(payload: Payload, name: string, count: number): Promise<{ clusterId: number; groupIds: number[] }> {
  const { bulkUpsert } = await import('@/sync/db/bulk-upsert')
  const created = new Date().toISOString()
  const [cluster] = await bulkUpsert(payload, { table: 'kafka_clusters', conflict: ['id'], update: ['updatedAt'], returning: ['id'] }, [
    { name, bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT', enabled: true, updatedAt: created, createdAt: created },
  ])
  const rows = Array.from({ length: count }, (_, i) => ({
    groupId: `${name}-g${String(i).padStart(5, '0')}`,
    cluster: cluster!.id,
    status: 'active',
    updatedAt: created,
    createdAt: created,
  }))
  const groups = await bulkUpsert(payload, { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: ['updatedAt'], returning: ['id'] }, rows)
  return { clusterId: cluster!.id, groupIds: groups.map((g) => g.id) }
}

/** One poll of the groups in the packed layout, through the lag check's write. */
async function writePacked(payload: Payload, clusterId: number, groupIds: number[], time: number) {
  const { packSample, sampleHour } = await import('@/features/consumer-groups/lib')
  const { writeGroupLag } = await import('@/sync/activities/lag-check/write-rows')
  const at = new Date(time).toISOString()
  const hour = new Date(sampleHour(time)).toISOString()
  const rows = groupIds.map((id, g) => ({
    consumerGroup: id,
    cluster: clusterId,
    workspace: null,
    virtualCluster: null,
    timestamp: hour,
    resolution: 'raw',
    samples: packSample(poll(g, time).sample),
    updatedAt: at,
    createdAt: at,
  }))
  await writeGroupLag(payload, [], rows)
}

/** One poll of the groups in today's layout: one row per group with its partitionLag, the old statement. */
async function writeOld(payload: Payload, clusterId: number, groupIds: number[], time: number) {
  const { queryRows, sql } = await raw()
  const at = new Date(time).toISOString()
  const values = groupIds.map((id, g) => {
    const { partitions, sample } = poll(g, time)
    const partitionLag = JSON.stringify(Object.fromEntries(partitions.map((lag, p) => [`bench-lag-t${String(g % 200).padStart(4, '0')}-${p}`, lag])))
    return sql`(${id}, ${clusterId}, NULL, NULL, ${at}, 'raw', 1, ${sample.totalLag}, ${sample.maxPartitionLag}, ${sample.lagSeconds}, ${partitionLag}, ${sample.memberCount}, ${sample.state}, ${at}, ${at})`
  })
  await queryRows(
    payload,
    sql`INSERT INTO ${sql.raw(OLD)} (consumer_group_id, cluster_id, workspace_id, virtual_cluster_id, timestamp, resolution, sample_count, total_lag, max_partition_lag, lag_seconds, partition_lag, member_count, state, updated_at, created_at)
        VALUES ${sql.join(values, sql`, `)} ON CONFLICT (consumer_group_id, resolution, timestamp) DO UPDATE SET total_lag = excluded.total_lag, updated_at = excluded.updated_at`,
  )
}

/** A table's bytes with its indexes (SQLite: dbstat pages; PostgreSQL: pg_total_relation_size) and its index count. */
async function tableBytes(payload: Payload, db: 'sqlite' | 'postgres', table: string): Promise<{ bytes: number; indexes: number; rows: number }> {
  const { queryRows, sql } = await raw()
  if (db === 'postgres') {
    const [r] = await queryRows(
      payload,
      sql.raw(
        `SELECT pg_total_relation_size('${table}') AS bytes, (SELECT COUNT(*) FROM pg_indexes WHERE tablename = '${table}') AS indexes, (SELECT COUNT(*) FROM ${table}) AS n`,
      ),
    )
    return { bytes: Number(r!.bytes), indexes: Number(r!.indexes), rows: Number(r!.n) }
  }
  const [r] = await queryRows(
    payload,
    sql.raw(
      `SELECT SUM(pgsize) AS bytes, COUNT(DISTINCT name) - 1 AS indexes, (SELECT COUNT(*) FROM ${table}) AS n FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = '${table}')`,
    ),
  )
  return { bytes: Number(r!.bytes), indexes: Number(r!.indexes), rows: Number(r!.n) }
}

async function measure(payload: Payload, db: 'sqlite' | 'postgres'): Promise<Result> {
  const { queryRows, sql } = await raw()
  const { DEFAULT_RETENTION } = await import('@/features/consumer-groups/lib')
  const { createRetentionActivities } = await import('@/sync/activities/retention/activities')
  const retention = createRetentionActivities(payload, DEFAULT_RETENTION, 30)
  const { clusterId, groupIds } = await createGroups(payload, 'bench-history', GROUPS)

  const started = performance.now()
  let appendsSinceVacuum = 0
  for (let time = T0; time < T0 + DAYS * DAY; time += MINUTE) {
    if (time % HOUR === 0 && time > T0) {
      await retention.retention({ clusterId, now: time })
    }
    // Autovacuum at the simulated pace: the table's own trigger (packed_lag_history sets 1,000 + 1% of its rows).
    if (db === 'postgres' && AUTOVACUUM && time % HOUR === 0) {
      const [live] = await queryRows(payload, sql.raw(`SELECT COUNT(*) AS n FROM ${TABLE}`))
      if (appendsSinceVacuum > 1000 + 0.01 * Number(live!.n)) {
        await queryRows(payload, sql.raw(`VACUUM ${TABLE}`))
        appendsSinceVacuum = 0
      }
    }
    appendsSinceVacuum += GROUPS
    await writePacked(payload, clusterId, groupIds, time)
    if (time < T0 + OLD_DAYS * DAY) await writeOld(payload, clusterId, groupIds, time)
    if ((time - T0) % DAY === 0) console.error(`[${db}] simulated day ${(time - T0) / DAY + 1} of ${DAYS}`)
  }
  await retention.retention({ clusterId, now: T0 + DAYS * DAY })
  const simulateSeconds = (performance.now() - started) / 1000

  // As autovacuum and the app's own ANALYZE leave the tables.
  if (db === 'postgres') await queryRows(payload, sql.raw(`VACUUM ANALYZE ${TABLE}, ${OLD}`))
  const end = await tableBytes(payload, db, TABLE)
  const [rawRows] = await queryRows(payload, sql.raw(`SELECT COUNT(*) AS n FROM ${TABLE} WHERE resolution = 'raw'`))
  const old = await tableBytes(payload, db, OLD)

  // The rolled-up tiers alone, compacted: their bytes per row.
  await queryRows(payload, sql.raw(`DELETE FROM ${TABLE} WHERE resolution = 'raw'`))
  await queryRows(payload, sql.raw(db === 'postgres' ? `VACUUM FULL ${TABLE}` : 'VACUUM'))
  const rolled = await tableBytes(payload, db, TABLE)
  if (db === 'postgres') {
    const parts = await queryRows(
      payload,
      sql.raw(
        `SELECT c.relname AS name, pg_relation_size(c.oid) AS main, pg_total_relation_size(c.oid) AS total FROM pg_class c WHERE c.relname = '${TABLE}' OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = '${TABLE}'::regclass) OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE relname = '${TABLE}')`,
      ),
    )
    console.error(`[${db}] rolled-up tiers alone (${rolled.rows} rows): ${parts.map((p) => `${String(p.name)} ${Number(p.main)}`).join(', ')}`)
  }
  const rolledBytesPerRow = rolled.bytes / rolled.rows
  const rawBytesPerGroup = (end.bytes - rolled.bytes) / GROUPS
  const rolledRowsPerYear = DEFAULT_RETENTION.hourDays * 24 + DEFAULT_RETENTION.deleteAfterDays
  const oldRowsPerYear = DEFAULT_RETENTION.rawDays * 1440 + rolledRowsPerYear
  const oldBytesPerRow = old.bytes / old.rows

  // The write path at TIMING_GROUPS groups, one poll at a time: new then old, alternating.
  const timing = await createGroups(payload, 'bench-history-timing', TIMING_GROUPS)
  const newMs: number[] = []
  const oldMs: number[] = []
  const timingStart = T0 + (DAYS + 2) * DAY
  for (let i = 0; i < TIMING_POLLS; i++) {
    const time = timingStart + i * MINUTE
    let t = performance.now()
    await writePacked(payload, timing.clusterId, timing.groupIds, time)
    newMs.push(performance.now() - t)
    t = performance.now()
    await writeOld(payload, timing.clusterId, timing.groupIds, time)
    oldMs.push(performance.now() - t)
  }

  return {
    db,
    packed: {
      bytesAtEnd: end.bytes,
      rawRowsPerGroup: Number(rawRows!.n) / GROUPS,
      rawBytesPerGroup,
      rolledRows: rolled.rows,
      rolledBytesPerRow,
      indexes: end.indexes,
      bytesPerGroupPerYear: rawBytesPerGroup + rolledBytesPerRow * rolledRowsPerYear,
    },
    old: { rows: old.rows, bytesPerRow: oldBytesPerRow, indexes: old.indexes, bytesPerGroupPerYear: oldBytesPerRow * oldRowsPerYear },
    timing: { newMs, oldMs },
    simulateSeconds,
  }
}

async function runChild(db: string): Promise<Result> {
  // The peers' connection settings (PostgreSQL's admin URL for the bench's own database); nothing is started.
  const { peerEnv } = await import('@tests/helpers/peers')
  const env = Object.fromEntries(Object.entries({ ...peerEnv, ...process.env }).filter(([k]) => k !== 'TEMPORAL_ADDRESS')) as NodeJS.ProcessEnv
  const proc = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/lag/history-year.ts', db], { stdio: ['ignore', 'pipe', 'inherit'], env })
  let result: Result | null = null
  for await (const line of createInterface({ input: proc.stdout })) {
    console.log(line)
    if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as Result
  }
  const code = await new Promise<number | null>((resolve) => proc.on('close', resolve))
  if (code !== 0 || !result) throw new Error(`history bench on ${db} failed (exit ${code})`)
  return result
}

const MB = 2 ** 20
const mb = (bytes: number) => (bytes / MB).toFixed(2)

async function main() {
  const [, , only] = process.argv
  if (only === 'sqlite' || only === 'postgres') {
    await child(only)
    process.exit(0)
  }
  const results: Result[] = []
  for (const db of DATABASES) results.push(await runChild(db))
  const metrics: Metric[] = []
  const lines = [
    `Inputs: ${GROUPS} groups × ${PARTITIONS} partitions polled every minute for ${DAYS} simulated days through writeGroupLag, the retention job at every hour (default tiers: raw 7 days, hourly 30, daily 365); today's layout written for ${OLD_DAYS} day(s) into a clone of today's table; write timing at ${TIMING_GROUPS} groups, ${TIMING_POLLS} polls each. Baseline: today's layout in the same run (earlier bench:lag figure 6.5–7.4 MB).`,
    '',
    '| db | packed: MB per group per year | raw tier per group (rows) | hourly/daily bytes per row | indexes | today: MB per group per year (bytes per row, indexes) | history write per poll at ' +
      `${TIMING_GROUPS} groups, packed vs today (median, min–max) | simulation |`,
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results) {
    const n = summarize(r.timing.newMs)
    const o = summarize(r.timing.oldMs)
    lines.push(
      `| ${r.db} | ${mb(r.packed.bytesPerGroupPerYear)} MB | ${(r.packed.rawBytesPerGroup / 1024).toFixed(0)} KiB (${r.packed.rawRowsPerGroup.toFixed(0)} rows) | ${r.packed.rolledBytesPerRow.toFixed(0)} B | ${r.packed.indexes} | ${mb(r.old.bytesPerGroupPerYear)} MB (${r.old.bytesPerRow.toFixed(0)} B/row over ${r.old.rows} rows, ${r.old.indexes} indexes) | ${n.median.toFixed(0)} ms (${n.min.toFixed(0)}–${n.max.toFixed(0)}) vs ${o.median.toFixed(0)} ms (${o.min.toFixed(0)}–${o.max.toFixed(0)}) | ${r.simulateSeconds.toFixed(0)} s |`,
    )
    metrics.push(
      { metric: 'history_bytes_per_group_per_year', value: r.packed.bytesPerGroupPerYear, unit: 'bytes', db: r.db },
      { metric: 'history_bytes_per_group_per_year_baseline', value: r.old.bytesPerGroupPerYear, unit: 'bytes', db: r.db },
      { metric: 'history_raw_bytes_per_group', value: r.packed.rawBytesPerGroup, unit: 'bytes', db: r.db },
      { metric: 'history_rolled_bytes_per_row', value: r.packed.rolledBytesPerRow, unit: 'bytes', db: r.db },
      { metric: 'history_write_ms_median', value: n.median, unit: 'ms', db: r.db },
      { metric: 'history_write_ms_median_baseline', value: o.median, unit: 'ms', db: r.db },
    )
  }
  console.log(lines.join('\n'))
  if (process.env.BENCH_RECORD !== '0') record('history', metrics, lines.join('\n'))
}

await main()
