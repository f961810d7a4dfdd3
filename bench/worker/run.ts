/**
 * npm run bench:worker — `npm run worker` alone (the embedded runner, src/sync/runners/worker.ts)
 * at 10,000 groups × 10 partitions: its RSS while it runs its lag checks (issue 15, item 3:
 * target ≤ 300 MB). The Kafka state is bench/lag's (synthesized when missing); a fresh database
 * (SQLite or PostgreSQL, BENCH_DB) holds one cluster; the worker then syncs the groups and runs
 * its lag check every ORBIT_LAG_CHECK_INTERVAL_SECONDS (20 s here), while this process moves the
 * Kafka state on between cycles and samples the worker's VmRSS (/proc) every 100 ms. CYCLES lag
 * checks are measured after WARMUP. BENCH_NODE_FLAGS: V8/Node flags for the worker's process (e.g.
 * "--heap-growing-percent=25"), to measure a heap setting before putting it in `npm run worker`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'

import { ensurePeers, peerEnv } from '@tests/helpers/peers'
import { closePayload } from '@tests/helpers/payload'
import { freshBenchPayload } from '../lib/fresh-payload'
import { type Metric, record, summarize } from '../lib/record'
import { advance, synthesize } from '../lag/synthesize'

const db = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite'
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2)
const CYCLES = Number(process.env.BENCH_RUNS ?? 5)
const INTERVAL_SECONDS = 20
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')

await ensurePeers(['kafka', 'postgres'])
const bootstrap = peerEnv.KAFKA_BOOTSTRAP!
const loadBefore = load()
await synthesize(bootstrap)

// The database the worker will use: migrated, one cluster; this process then lets go of it.
// (BENCH_DB=postgres: the peer's admin URL comes from the peers' environment, as the metrics bench's child gets it.)
process.env.DATABASE_URL_POSTGRES ??= peerEnv.DATABASE_URL_POSTGRES
const { payload, database, dataDir } = await freshBenchPayload(db, 'bench-worker')
const cluster = await payload.create({
  collection: 'kafka-clusters',
  data: { name: 'bench', bootstrapServers: bootstrap, securityProtocol: 'PLAINTEXT' },
  overrideAccess: true,
})
const lagRuns = async () =>
  (
    await payload.find({
      collection: 'sync-runs',
      where: { and: [{ cluster: { equals: cluster.id } }, { job: { equals: 'lagCheck' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'startedAt',
    })
  ).docs

const env = Object.fromEntries(Object.entries({ ...process.env, ...peerEnv }).filter(([k]) => k !== 'TEMPORAL_ADDRESS'))
const worker: ChildProcess = spawn(
  process.execPath,
  [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/sync/runners/worker.ts'],
  {
    env: {
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      ORBIT_DATA_DIR: dataDir,
      ORBIT_LAG_CHECK_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
      ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS: '600',
      ORBIT_TOPIC_SYNC_INTERVAL_SECONDS: '3600',
      ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS: '3600',
      ORBIT_RETENTION_INTERVAL_SECONDS: '3600',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
let peak = 0
let samples: number[] = []
const sampler = setInterval(() => {
  try {
    const now = rssMb()
    peak = Math.max(peak, now)
    samples.push(now)
  } catch {
    // the worker exited
  }
}, 100)

type Cycle = { peakMb: number; endMb: number; ms: number; outcome: string; groups: number }
const cycles: Cycle[] = []
let seen = 0
const deadline = Date.now() + 45 * 60_000
while (cycles.length < WARMUP + CYCLES && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const runs = (await lagRuns()).filter((r) => r.finishedAt)
  if (runs.length <= seen) continue
  for (const run of runs.slice(seen)) {
    cycles.push({
      peakMb: peak,
      endMb: rssMb(),
      ms: run.durationMs ?? 0,
      outcome: run.outcome,
      groups: Number((run.counts as { groups?: number } | null)?.groups ?? 0),
    })
    console.error(`lag check ${cycles.length}: ${run.outcome}, ${run.durationMs} ms, worker RSS peak since the previous ${peak.toFixed(0)} MB`)
  }
  seen = runs.length
  peak = 0
  samples = []
  await advance(bootstrap) // between two polls, as bench:lag does
}
clearInterval(sampler)
worker.kill('SIGTERM')
await new Promise((resolve) => worker.once('exit', resolve))
await closePayload(payload)
await database.drop().catch((error: unknown) => console.error(`could not drop the bench database: ${String(error)}`))
rmSync(dataDir, { recursive: true, force: true })

const measured = cycles.slice(WARMUP)
if (measured.length === 0) throw new Error('no lag check finished in time')
const peakRss = summarize(measured.map((c) => c.peakMb))
const duration = summarize(measured.map((c) => c.ms))
const metrics: Metric[] = [
  { metric: 'worker_peak_rss_mb', value: peakRss.max, unit: 'MB', db },
  { metric: 'worker_peak_rss_median_mb', value: peakRss.median, unit: 'MB', db },
  { metric: 'worker_lag_check_s', value: duration.median / 1000, unit: 's', db },
]
const markdown = [
  `Inputs: bench/lag's Kafka state (10,000 groups × 10 partitions on 200 topics, offsets committed without members) on ${bootstrap}, plus whatever other groups the shared broker holds (${measured[0]!.groups} groups checked); a fresh ${db} database with one cluster; \`src/sync/runners/worker.ts\` (what \`npm run worker\` runs) on the embedded runner, lag check every ${INTERVAL_SECONDS} s, the Kafka state moved on after each check; ${WARMUP} warm-up checks, ${measured.length} measured; VmRSS sampled every 100 ms.`,
  `Machine load (uptime load averages 1/5/15 min, 2 cores shared with other agents): before ${loadBefore}, after ${load()}.`,
  '',
  '| db | worker RSS peak per lag check: median (min–max) | lag check duration median (min–max) | outcomes |',
  '|---|---|---|---|',
  `| ${db} | ${peakRss.median.toFixed(0)} MB (${peakRss.min.toFixed(0)}–${peakRss.max.toFixed(0)}) | ${(duration.median / 1000).toFixed(1)} s (${(duration.min / 1000).toFixed(1)}–${(duration.max / 1000).toFixed(1)}) | ${measured.map((c) => c.outcome).join(', ')} |`,
  '',
  'Target: the worker alone ≤ 300 MB RSS at 10,000 groups.',
].join('\n')
console.log(markdown)
record('worker', metrics, markdown + (process.env.BENCH_NOTE ? `\n\nNote: ${process.env.BENCH_NOTE}` : ''))
process.exit(0)
