/**
 * One measured run on one database, in its own process (the app's config reads the environment
 * once): a fresh database, a full sync of the registry, then an unchanged re-sync.
 * Prints one JSON line. Usage: tsx bench/schema-sync/measure.ts sqlite|postgres
 */
import { rmSync } from 'node:fs'

import { closePayload } from '@tests/helpers/payload'
import { freshBenchPayload } from '../lib/fresh-payload'

const db = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const registryUrl = process.env.SCHEMA_REGISTRY_URL!
const { payload, database, dataDir } = await freshBenchPayload(db, 'bench')
const { createSchemaRegistryClient } = await import('@/integrations/schema-registry')
const { createActivities } = await import('@/sync/activities')
const { runSchemaSync } = await import('@/sync/workflows/schema-sync')
const cluster = await payload.create({
  collection: 'kafka-clusters',
  data: { name: 'bench', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT', schemaRegistryUrl: registryUrl },
  overrideAccess: true,
})
// The client the product builds for a cluster, kept so its request counter can be read.
const client = createSchemaRegistryClient({ baseUrl: registryUrl })
const activities = createActivities({ payload, registryClient: () => Promise.resolve(client) })

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)

async function measured() {
  const requestsBefore = client.requestCount
  const started = performance.now()
  const result = await runSchemaSync(activities, { clusterId: cluster.id, runner: 'manual' })
  return { ms: performance.now() - started, requests: client.requestCount - requestsBefore, result }
}

const full = await measured()
const resync = await measured()
clearInterval(sampler)
const rows = async (collection: 'kafka-schemas' | 'kafka-schema-versions') => (await payload.count({ collection, overrideAccess: true })).totalDocs

console.log(
  JSON.stringify({
    db,
    full: { ms: full.ms, requests: full.requests, outcome: full.result.outcome, counts: full.result.counts, error: full.result.error?.slice(0, 300) },
    resync: { ms: resync.ms, requests: resync.requests, outcome: resync.result.outcome, counts: resync.result.counts },
    stored: { schemas: await rows('kafka-schemas'), versions: await rows('kafka-schema-versions') },
    peakRssMb: peakRss / 2 ** 20,
  }),
)
await closePayload(payload)
await database.drop()
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
