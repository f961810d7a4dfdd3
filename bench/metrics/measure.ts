/**
 * One database's /api/metrics measurement, in its own process (the app's config reads the
 * environment once): a fresh database, GROUPS groups × PARTITIONS partitions spread over
 * WORKSPACES workspaces (and some unowned), their snapshot written as the lag check writes it (one
 * slice of 1,000 groups at a time, timed), then SCRAPES scrapes with the bearer token (every
 * group) and as a member of one workspace, each body consumed as it streams while the process's
 * RSS is sampled. Prints one JSON line. Usage: tsx bench/metrics/measure.ts sqlite|postgres
 */
import { rmSync } from 'node:fs'

import type { PayloadRequest } from 'payload'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { closePayload } from '@tests/helpers/payload'
import { freshBenchPayload } from '../lib/fresh-payload'
import { measureScrape } from '../lib/scrape'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000)
const PARTITIONS = 10
const TOPICS = 200
const WORKSPACES = 20
const SCRAPES = Number(process.env.BENCH_SCRAPES ?? 5)
const SLICE = 1_000
const mb = (bytes: number) => bytes / 2 ** 20

const { payload, database, dataDir } = await freshBenchPayload(db, 'bench-metrics')
const { metricsSnapshotWriter } = await import('@/sync/activities/lag-check/metrics-snapshot')
const { metricsEndpoint } = await import('@/features/metrics/endpoint')

const cluster = await payload.create({
  collection: 'kafka-clusters',
  data: { name: 'bench', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' },
  overrideAccess: true,
})
const workspaces: number[] = []
for (let w = 0; w < WORKSPACES; w++) {
  workspaces.push((await payload.create({ collection: 'workspaces', data: { name: `Team ${w}`, slug: `team-${w}` }, overrideAccess: true })).id)
}
await payload.create({
  collection: 'users',
  data: { email: 'admin@bench.test', password: 'bench-password-1', name: 'admin', role: 'platform-admin' },
  overrideAccess: true,
})
const member = await payload.create({
  collection: 'users',
  data: { email: 'member@bench.test', password: 'bench-password-1', name: 'member', role: 'member' },
  overrideAccess: true,
})
await payload.create({
  collection: 'workspace-members',
  data: { user: member.id, workspace: workspaces[0]!, status: 'active', role: 'member' },
  overrideAccess: true,
})
const memberUser = await payload.findByID({ collection: 'users', id: member.id, overrideAccess: true })

/** Group g reads every partition of topic g % TOPICS; a tenth of the groups are unowned. */
function group(g: number, cycle: number) {
  const topic = `bench-metrics-t${String(g % TOPICS).padStart(4, '0')}`
  const partitionDetail: PartitionDetail[] = Array.from({ length: PARTITIONS }, (_, partition) => {
    const end = 1_000 + cycle * 10 + partition
    const lag = (g * 7 + partition) % 50
    return {
      topic,
      partition,
      committedOffset: end - lag,
      logStartOffset: 0,
      logEndOffset: end,
      lag,
      noCommit: false,
      belowLogStart: false,
      lagSeconds: lag / 10,
      status: 'ok',
      owner: null,
      window: [],
    }
  })
  return {
    groupId: `bench-metrics-g${String(g).padStart(5, '0')}`,
    workspace: g % 10 === 9 ? null : workspaces[g % WORKSPACES]!,
    protocolType: 'consumer',
    memberCount: 0,
    totalLag: partitionDetail.reduce((sum, p) => sum + (p.lag ?? 0), 0),
    maxPartitionLag: Math.max(...partitionDetail.map((p) => p.lag ?? 0)),
    lagSeconds: Math.max(...partitionDetail.map((p) => p.lagSeconds ?? 0)),
    lagStatus: 'ok',
    lagRule: 'burrow',
    partitionDetail,
  }
}

/** One cycle's snapshot, slice by slice as the lag check writes it: milliseconds. */
async function writeSnapshot(cycle: number): Promise<number> {
  const started = performance.now()
  const snapshot = await metricsSnapshotWriter(payload, { clusterId: cluster.id, cycle })
  for (let from = 0; from < GROUPS; from += SLICE) {
    await snapshot.add(Array.from({ length: Math.min(SLICE, GROUPS - from) }, (_, i) => group(from + i, cycle)))
  }
  await snapshot.complete()
  return performance.now() - started
}

const endpoint = metricsEndpoint({ token: 'bench-metrics-token' })
async function scrape(as: 'token' | 'member', countSamples = false) {
  const request = (as === 'token'
    ? { payload, user: null, headers: new Headers({ authorization: 'Bearer bench-metrics-token' }) }
    : { payload, user: { ...memberUser, collection: 'users' }, headers: new Headers(), context: {} }) as unknown as PayloadRequest
  return await measureScrape(endpoint, request, { countSamples })
}

const writes: number[] = []
for (let cycle = 1; cycle <= 3; cycle++) writes.push(await writeSnapshot(cycle))
const { samples } = await scrape('token', true)
const token = []
for (let i = 0; i < SCRAPES; i++) token.push(await scrape('token'))
const memberScrapes = []
for (let i = 0; i < SCRAPES; i++) memberScrapes.push(await scrape('member'))
for (const [i, s] of token.entries())
  console.error(
    `${db} token scrape ${i + 1}: ${s.ms.toFixed(0)} ms (CPU ${s.cpuMs.toFixed(0)} ms), ${mb(s.bytes).toFixed(1)} MB, RSS +${s.rssGrowthMb.toFixed(0)} MB`,
  )
for (const [i, s] of memberScrapes.entries())
  console.error(
    `${db} member scrape ${i + 1}: ${s.ms.toFixed(0)} ms (CPU ${s.cpuMs.toFixed(0)} ms), ${mb(s.bytes).toFixed(1)} MB, RSS +${s.rssGrowthMb.toFixed(0)} MB`,
  )
console.error(`${db} snapshot writes: ${writes.map((w) => w.toFixed(0)).join(', ')} ms`)

console.log(JSON.stringify({ db, groups: GROUPS, samples, writes, token, member: memberScrapes, rssMb: mb(process.memoryUsage().rss) }))
await closePayload(payload)
await database.drop().catch((error: unknown) => console.error(`could not drop the bench database: ${String(error)}`))
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
