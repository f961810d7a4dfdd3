/**
 * One database's measurement, in its own process (the app's config reads the environment once):
 * a fresh database migrated as the app does, one ConsumerGroupSync so the groups exist, WARMUP lag
 * cycles so Burrow windows, time tables and history reach a steady state, then RUNS measured lag
 * cycles. Before every cycle the Kafka state moves on (records produced, groups commit), as it
 * does between two real polls: the runner does that in its own process (this one prints
 * "@@advance" and waits for a line on stdin), so this process's memory is the product's alone.
 * Each cycle goes through the workflow orchestrator and the same activities the runners call.
 * Afterwards: five /api/metrics scrapes of every group (time, size, samples, RSS growth), the stored lag the
 * CLI is compared with, and the history's size. Prints one JSON line.
 * Usage: tsx bench/lag/measure.ts sqlite|postgres
 */
import { rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import type { PayloadRequest } from 'payload'

import { closePayload } from '@tests/helpers/payload'
import { freshBenchPayload } from '../lib/fresh-payload'
import { measureScrape, type ScrapeMeasurement } from '../lib/scrape'

import type { Cycle } from './cycle'
import { isBenchGroup } from './layout'
import { historyBytes } from './history-size'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10)
const bootstrap = process.env.KAFKA_BOOTSTRAP!
const { payload, database, dataDir } = await freshBenchPayload(db, 'bench-lag')
const { createActivities } = await import('@/sync/activities')
const { cachedKafkaClients } = await import('@/sync/activities/consumer-group-sync/activities')
const { runConsumerGroupSync } = await import('@/sync/workflows/consumer-group-sync')
const { runLagCheck } = await import('@/sync/workflows/lag-check')
const cluster = await payload.create({
  collection: 'kafka-clusters',
  data: { name: 'bench', bootstrapServers: bootstrap, securityProtocol: 'PLAINTEXT' },
  overrideAccess: true,
})
// The product's client factory (one reused client per cluster), remembered so its per-API counts can be read.
const cached = cachedKafkaClients(payload)
let client: Awaited<ReturnType<typeof cached>> | undefined
const activities = createActivities({ payload, kafkaClient: async (id) => (client = await cached(id)) })
const mb = (bytes: number) => bytes / 2 ** 20

let sampledPeak = 0
const sample = () => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss))
const sampler = setInterval(sample, 10)
const baselineRssMb = mb(process.memoryUsage().rss)
const baselineHeapMb = mb(process.memoryUsage().heapUsed)

const syncStarted = performance.now()
const sync = await runConsumerGroupSync(activities, { clusterId: cluster.id, runner: 'manual' })
const groupSyncMs = performance.now() - syncStarted
if (sync.outcome !== 'succeeded') throw new Error(`group sync ${sync.outcome}: ${sync.error}`)

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
async function advance(): Promise<{ ms: number }> {
  const started = performance.now()
  process.stdout.write('@@advance\n')
  await lines.next()
  return { ms: performance.now() - started }
}

async function cycle(): Promise<Cycle> {
  const moved = await advance()
  const before = client?.requestCountsByApi() ?? {}
  sampledPeak = 0
  sample()
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await runLagCheck(activities, { clusterId: cluster.id, runner: 'manual' })
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  sample()
  if (result.outcome !== 'succeeded') throw new Error(`lag check ${result.outcome}: ${result.error}`)
  const after = client!.requestCountsByApi()
  const byApi = Object.fromEntries(
    Object.entries(after)
      .map(([api, n]) => [api, n - (before[api] ?? 0)])
      .filter(([, n]) => Number(n) > 0),
  )
  const c = result.counts
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    fetchMs: c.fetchMs!,
    computeMs: c.computeMs!,
    storeMs: c.storeMs!,
    metricsMs: c.metricsMs ?? 0,
    stateReloaded: c.stateReloaded!,
    requests: c.requests!,
    byApi,
    groups: c.groups!,
    partitions: c.partitions!,
    rssPeakMb: mb(sampledPeak),
    advanceMs: moved.ms,
    records: {
      wanted: c.recordsWanted ?? 0,
      read: c.recordsRead ?? 0,
      overBudget: c.recordsOverBudget ?? 0,
      gone: c.recordsGone ?? 0,
      unreadable: c.recordsUnreadable ?? 0,
      fetchRequests: c.recordFetchRequests ?? 0,
      fetchBytes: c.recordFetchBytes ?? 0,
    },
  }
}

const warmup: Cycle[] = []
for (let i = 0; i < WARMUP; i++) warmup.push(await cycle())
const measured: Cycle[] = []
for (let i = 0; i < RUNS; i++) {
  const c = await cycle()
  console.error(
    `${db} cycle ${i + 1}/${RUNS}: fetch ${c.fetchMs} ms, compute ${c.computeMs} ms, store ${c.storeMs} ms, process CPU ${Math.round(c.cpuMs)} ms, state reloaded for ${c.stateReloaded} groups, ${c.requests} requests, RSS ${c.rssPeakMb.toFixed(0)} MB, records dated ${c.records.read}/${c.records.wanted} with ${c.records.fetchRequests} Fetch, ${Math.round(c.records.fetchBytes / 1024)} KiB`,
  )
  measured.push(c)
}
clearInterval(sampler)
// What the cycles keep alive (Burrow windows, samples, caches) as opposed to what V8's heap grew to.
setFlagsFromString('--expose-gc')
;(runInNewContext('gc') as () => void)()
const liveHeapMb = mb(process.memoryUsage().heapUsed)
const rssAfterGcMb = mb(process.memoryUsage().rss)

// Prometheus scrapes of every group, as a platform's Prometheus makes them (bearer token: all clusters).
const { metricsEndpoint } = await import('@/features/metrics/endpoint')
const scrapeEndpoint = metricsEndpoint({ token: 'bench-lag-scrape' })
const scrapes: ScrapeMeasurement[] = []
for (let i = 0; i < 5; i++) {
  const request = { payload, user: null, headers: new Headers({ authorization: 'Bearer bench-lag-scrape' }) } as unknown as PayloadRequest
  const s = await measureScrape(scrapeEndpoint, request, { countSamples: i === 0 })
  scrapes.push(i === 0 ? s : { ...s, samples: scrapes[0]!.samples })
  console.error(
    `${db} scrape ${i + 1}/5: ${s.ms.toFixed(0)} ms (CPU ${s.cpuMs.toFixed(0)} ms), ${(s.bytes / 2 ** 20).toFixed(1)} MB, RSS +${s.rssGrowthMb.toFixed(0)} MB`,
  )
}

// The state the CLI will describe next: what our last cycle stored for the benchmark's groups.
const stored = (
  await payload.find({
    collection: 'kafka-consumer-groups',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { groupId: true, totalLag: true, timeToClearSeconds: true },
  })
).docs
const bench = stored.filter((g) => isBenchGroup(g.groupId))
const history = await historyBytes(payload)

console.log(
  JSON.stringify({
    db,
    groupsStored: stored.length,
    benchGroups: bench.length,
    benchTotalLag: bench.reduce((sum, g) => sum + (g.totalLag ?? 0), 0),
    benchGroupsLagging: bench.filter((g) => (g.totalLag ?? 0) > 0).length,
    benchGroupsWithClearTime: bench.filter((g) => typeof g.timeToClearSeconds === 'number' && g.timeToClearSeconds > 0).length,
    groupSync: { ms: groupSyncMs, counts: sync.counts },
    warmup: warmup.map((c) => ({ ms: c.ms, fetchMs: c.fetchMs, computeMs: c.computeMs, storeMs: c.storeMs })),
    measured,
    history,
    scrapes,
    baselineRssMb,
    baselineHeapMb,
    liveHeapMb,
    rssAfterGcMb,
    processPeakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
await closePayload(payload)
// Autovacuum may still be working on the database (10,000 updated rows a cycle); DROP … WITH (FORCE)
// cannot end a superuser's worker, so wait for it a little and never fail the measurement over it.
for (let attempt = 1; ; attempt++) {
  try {
    await database.drop()
    break
  } catch (error) {
    if (attempt >= 20) {
      console.error(`could not drop the bench database: ${String(error)}`)
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000))
  }
}
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
