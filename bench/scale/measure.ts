/**
 * One database's part of bench:scale, in its own process (the app's config reads the environment
 * once): a fresh database migrated as the app does, one cluster per Kafka peer, a workspace whose
 * virtual clusters own the groups g0… on each (the first 10,000 of each cluster's 25,000 at the default), a platform admin and a member of that
 * workspace; one ConsumerGroupSync per cluster; WARMUP then RUNS measured lag cycles (both clusters'
 * lag checks, one after the other, as one worker runs them; the Kafka state moves on before each,
 * moved by the runner on request: "@@advance"). Then the load: `next start` on this database (the
 * web process, embedded runner off) and bench/scale/load.ts with USERS signed-in sessions loading
 * pages without pause, while this process (the worker) runs LOAD_CYCLES more lag cycles; the load
 * stops when they are done. Prints one JSON line.
 * Usage: tsx bench/scale/measure.ts sqlite|postgres (KAFKA_BOOTSTRAP, KAFKA2_BOOTSTRAP, BENCH_* set by run.ts)
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { closePayload } from '@tests/helpers/payload'
import { freshBenchPayload } from '../lib/fresh-payload'
import { signIn, startServer } from '../ui/server'

import type { LoadResult } from './load'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const LOAD_CYCLES = Number(process.env.BENCH_LOAD_CYCLES ?? 1)
const USERS = Number(process.env.BENCH_USERS ?? 50)
const PORT = Number(process.env.BENCH_PORT ?? 3315)
const DIST_DIR = process.env.ORBIT_NEXT_DIST_DIR || '.next-bench-ui'
const PREFIX = process.env.BENCH_PREFIX!
const PASSWORD = 'bench-scale-password'
const bootstraps = [process.env.KAFKA_BOOTSTRAP!, process.env.KAFKA2_BOOTSTRAP!]

const { payload, database, dataDir } = await freshBenchPayload(db, 'bench-scale')
const { createActivities } = await import('@/sync/activities')
const { runConsumerGroupSync } = await import('@/sync/workflows/consumer-group-sync')
const { runLagCheck } = await import('@/sync/workflows/lag-check')
const activities = createActivities({ payload })
const create = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({ collection: collection as never, data: data as never, overrideAccess: true, depth: 0 })) as unknown as { id: number }

const clusters = await Promise.all(
  bootstraps.map((bootstrap, i) => create('kafka-clusters', { name: `scale-${i + 1}`, bootstrapServers: bootstrap, securityProtocol: 'PLAINTEXT' })),
)
await create('users', { email: 'admin@bench-scale.test', password: PASSWORD, name: 'Scale admin', role: 'platform-admin' })
const member = await create('users', { email: 'member@bench-scale.test', password: PASSWORD, name: 'Scale member', role: 'member' })
const workspace = await create('workspaces', { name: 'Scale', slug: 'scale' })
await create('workspace-members', { workspace: workspace.id, user: member.id, role: 'member', status: 'active' })
const application = await create('kafka-applications', { workspace: workspace.id, name: 'scale', slug: 'scale' })
// Groups g00000–g09999 of each cluster and the topics t00…
for (const [i, cluster] of clusters.entries()) {
  await create('kafka-virtual-clusters', {
    name: `scale-${i + 1}`,
    workspace: workspace.id,
    application: application.id,
    environment: i === 0 ? 'prod' : 'staging',
    physicalCluster: cluster.id,
    topicPrefix: `${PREFIX}t00`,
    groupPrefix: `${PREFIX}g0`,
    status: 'active',
  })
}

let sampledPeak = 0
const sample = () => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss))
const sampler = setInterval(sample, 10)
const mb = (bytes: number) => bytes / 2 ** 20
const idleRssMb = mb(process.memoryUsage().rss)

const syncMs: number[] = []
for (const cluster of clusters) {
  const started = performance.now()
  const sync = await runConsumerGroupSync(activities, { clusterId: cluster.id, runner: 'manual' })
  if (sync.outcome !== 'succeeded') throw new Error(`group sync of cluster ${cluster.id} ${sync.outcome}: ${sync.error}`)
  syncMs.push(performance.now() - started)
}

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
async function advance(): Promise<void> {
  process.stdout.write('@@advance\n')
  await lines.next()
}

export type ScaleCycle = {
  ms: number
  cpuMs: number
  fetchComputeMs: number
  storeMs: number
  metricsMs: number
  groups: number
  rssPeakMb: number
  perCluster: { fetchMs: number; computeMs: number; storeMs: number }[]
}

async function cycle(): Promise<ScaleCycle> {
  await advance()
  sampledPeak = 0
  sample()
  const started = performance.now()
  const cpu = process.cpuUsage()
  const perCluster: ScaleCycle['perCluster'] = []
  let groups = 0
  let metricsMs = 0
  for (const cluster of clusters) {
    const result = await runLagCheck(activities, { clusterId: cluster.id, runner: 'manual' })
    if (result.outcome !== 'succeeded') throw new Error(`lag check of cluster ${cluster.id} ${result.outcome}: ${result.error}`)
    const c = result.counts
    perCluster.push({ fetchMs: c.fetchMs!, computeMs: c.computeMs!, storeMs: c.storeMs! })
    groups += c.groups!
    metricsMs += c.metricsMs ?? 0
  }
  const used = process.cpuUsage(cpu)
  sample()
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    fetchComputeMs: perCluster.reduce((sum, c) => sum + c.fetchMs + c.computeMs, 0),
    storeMs: perCluster.reduce((sum, c) => sum + c.storeMs, 0),
    metricsMs,
    groups,
    rssPeakMb: mb(sampledPeak),
    perCluster,
  }
}

for (let i = 0; i < WARMUP; i++) await cycle()
const measured: ScaleCycle[] = []
for (let i = 0; i < RUNS; i++) {
  const c = await cycle()
  console.error(
    `${db} cycle ${i + 1}/${RUNS}: ${c.groups} groups, fetch+compute ${Math.round(c.fetchComputeMs)} ms, store ${Math.round(c.storeMs)} ms, snapshot ${Math.round(c.metricsMs)} ms, process CPU ${Math.round(c.cpuMs)} ms, RSS ${c.rssPeakMb.toFixed(0)} MB`,
  )
  measured.push(c)
}

// The stored lag per cluster, for the runner's comparison with Kafka's CLI (same state: nothing moves until the next advance).
const stored = (
  await payload.find({
    collection: 'kafka-consumer-groups',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { groupId: true, cluster: true, totalLag: true },
  })
).docs
const storedLag = clusters.map((cluster) =>
  stored
    .filter((g) => g.groupId.startsWith(`${PREFIX}g`) && (typeof g.cluster === 'object' ? g.cluster?.id : g.cluster) === cluster.id)
    .reduce((sum, g) => sum + (g.totalLag ?? 0), 0),
)
process.stdout.write(`@@stored ${JSON.stringify(storedLag)}\n`)
await lines.next()

// The load: the web process on this database, USERS sessions, while the worker (this process) runs lag cycles.
const server = await startServer({
  appDir: path.resolve('.'),
  port: PORT,
  distDir: DIST_DIR,
  databaseUrl: database.url,
  dataDir,
  env: process.env,
  log: path.join(dataDir, 'next.log'),
})
let load: LoadResult | undefined
const loadCycles: ScaleCycle[] = []
try {
  const cookies = {
    admin: await signIn(server.url, 'admin@bench-scale.test', PASSWORD),
    member: await signIn(server.url, 'member@bench-scale.test', PASSWORD),
  }
  const benchGroups = stored.filter((g) => g.groupId.startsWith(`${PREFIX}g`))
  const ids = (groups: typeof stored) => groups.map((g) => g.id)
  const ws = '/workspaces/scale/kafka'
  const pages = [
    { name: 'list: /kafka/consumer-groups', user: 'admin', paths: ['/kafka/consumer-groups'] },
    { name: 'list: /kafka/consumer-groups (has lag, sort by lag, page 2)', user: 'admin', paths: ['/kafka/consumer-groups?hasLag=true&sort=-totalLag&page=2'] },
    { name: 'detail: /kafka/consumer-groups/[id]', user: 'admin', paths: ids(benchGroups.slice(-5)).map((id) => `/kafka/consumer-groups/${id}`) },
    { name: 'list: /kafka/topics', user: 'admin', paths: ['/kafka/topics'] },
    { name: 'list: /workspaces/[slug]/kafka/consumer-groups', user: 'member', paths: [`${ws}/consumer-groups`] },
    {
      name: 'detail: /workspaces/[slug]/kafka/consumer-groups/[id]',
      user: 'member',
      paths: ids(benchGroups.filter((g) => g.groupId.startsWith(`${PREFIX}g0`)).slice(0, 5)).map((id) => `${ws}/consumer-groups/${id}`),
    },
    { name: 'overview: /workspaces/[slug]/kafka', user: 'member', paths: [ws] },
  ] as const
  const child = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/scale/load.ts'], {
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ url: server.url, cookies, pages, users: USERS }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const output = (async () => {
    let json = ''
    for await (const chunk of child.stdout) json += String(chunk)
    return JSON.parse(json) as LoadResult
  })()
  for (let i = 0; i < LOAD_CYCLES; i++) {
    const c = await cycle()
    console.error(
      `${db} cycle under load ${i + 1}/${LOAD_CYCLES}: fetch+compute ${Math.round(c.fetchComputeMs)} ms, store ${Math.round(c.storeMs)} ms, RSS ${c.rssPeakMb.toFixed(0)} MB`,
    )
    loadCycles.push(c)
  }
  child.stdin.end()
  load = await output
} finally {
  await server.stop()
}
clearInterval(sampler)

console.log(JSON.stringify({ db, syncMs, idleRssMb, measured, loadCycles, load, processPeakRssMb: process.resourceUsage().maxRSS / 1024 }))
await closePayload(payload)
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
