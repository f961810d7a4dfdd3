/**
 * Demo setup, idempotent (every step finds what a previous run created before creating it):
 * the cluster (local Kafka peer + Apicurio registry), workspaces, applications, virtual clusters,
 * members, topics on the broker and in the app, the registry subjects, and the "stopped" group's
 * one-time commit. Through the app's REST API as the demo admin.
 * Usage (scripts/demo/demo.sh runs it): tsx scripts/demo/provision.ts
 */
import { Admin } from '@platformatic/kafka'

import { OrbitApi } from './api'
import { ADMIN, APPLICATIONS, CLUSTER_NAME, DEMO_PASSWORD, MEMBERS, TOPICS, topicName, VIRTUAL_CLUSTERS, WORKSPACES } from './config'
import { registerDemoSchemas } from './registry'
import { commitStoppedGroups, produceSeedRecords } from './traffic'

const appUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:3000'
const bootstrap = process.env.KAFKA_BOOTSTRAP ?? '127.0.0.1:19092'
const registryUrl = process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:18081/apis/ccompat/v7'

const api = await OrbitApi.signIn(appUrl, ADMIN.email, ADMIN.password)

// Sync leases taken before this app started belong to a demo app that was killed mid-run (a
// SIGTERM or Ctrl-C frees them itself); they would hold the first syncs back until they expire
// (15 minutes). The demo database is the demo's own.
const appStartedAt = process.env.DEMO_APP_STARTED_AT
if (appStartedAt) {
  const stale = await api.request<{ docs: { id: number; name: string }[] }>(
    'GET',
    `/api/sync-leases?where[updatedAt][less_than]=${encodeURIComponent(appStartedAt)}&limit=100&depth=0`,
  )
  for (const lease of stale.docs) await api.request('DELETE', `/api/sync-leases/${lease.id}`)
  if (stale.docs.length) console.log(`released ${stale.docs.length} stale sync lease(s) of a previous demo run`)
}

// The physical cluster: kept pointing at the current peer ports on every run.
const clusterData = { name: CLUSTER_NAME, bootstrapServers: bootstrap, securityProtocol: 'PLAINTEXT', schemaRegistryUrl: registryUrl, enabled: true }
const cluster = await api.ensure('kafka-clusters', { name: CLUSTER_NAME }, clusterData)
if (cluster.bootstrapServers !== bootstrap || cluster.schemaRegistryUrl !== registryUrl || cluster.enabled !== true) {
  await api.request('PATCH', `/api/kafka-clusters/${cluster.id}`, clusterData)
}

const workspaceIds = new Map<string, number>()
for (const w of WORKSPACES) workspaceIds.set(w.slug, (await api.ensure('workspaces', { slug: w.slug }, w)).id)
const ws = (slug: string) => workspaceIds.get(slug)!

const applicationIds = new Map<string, number>()
for (const a of APPLICATIONS) {
  const doc = await api.ensure('kafka-applications', { workspace: ws(a.workspace), slug: a.slug }, { workspace: ws(a.workspace), slug: a.slug, name: a.name })
  applicationIds.set(`${a.workspace}/${a.slug}`, doc.id)
}

const virtualClusters = new Map<string, { id: number; workspace: number; application: number }>()
for (const vc of VIRTUAL_CLUSTERS) {
  const application = applicationIds.get(`${vc.workspace}/${vc.application}`)!
  const doc = await api.ensure(
    'kafka-virtual-clusters',
    { physicalCluster: cluster.id, topicPrefix: vc.prefix },
    {
      name: `${vc.application}-${vc.environment}`,
      workspace: ws(vc.workspace),
      application,
      environment: vc.environment,
      physicalCluster: cluster.id,
      topicPrefix: vc.prefix,
      groupPrefix: vc.prefix,
      status: 'active',
    },
  )
  virtualClusters.set(vc.prefix, { id: doc.id, workspace: ws(vc.workspace), application })
}

for (const m of MEMBERS) {
  const user = await api.ensure('users', { email: m.email }, { email: m.email, password: DEMO_PASSWORD, name: m.name, role: 'member' })
  for (const slug of m.workspaces) {
    await api.ensure('workspace-members', { workspace: ws(slug), user: user.id }, { workspace: ws(slug), user: user.id, role: 'member', status: 'active' })
  }
}

// Topics on the broker, then the same topics in the app (the sync maps groups and subjects to them).
const admin = new Admin({ clientId: 'orbit-demo-setup', bootstrapBrokers: [bootstrap] })
try {
  const existing = new Set(await admin.listTopics())
  for (const t of TOPICS.filter((t) => !existing.has(topicName(t)))) {
    await admin.createTopics({ topics: [topicName(t)], partitions: t.partitions, replicas: 1 })
  }
} finally {
  await admin.close()
}
for (const t of TOPICS) {
  const owner = virtualClusters.get(t.prefix)!
  await api.ensure(
    'kafka-topics',
    { cluster: cluster.id, fullName: topicName(t) },
    {
      name: t.name,
      fullName: topicName(t),
      cluster: cluster.id,
      workspace: owner.workspace,
      virtualCluster: owner.id,
      application: owner.application,
      partitions: t.partitions,
      replicationFactor: 1,
    },
  )
}

const written = await registerDemoSchemas(registryUrl)
await produceSeedRecords(bootstrap)
const committed = await commitStoppedGroups(bootstrap)

console.log(
  JSON.stringify({
    clusterId: cluster.id,
    workspaces: Object.fromEntries(workspaceIds),
    virtualClusters: virtualClusters.size,
    topics: TOPICS.length,
    schemaVersionsRegistered: written,
    stoppedGroupsCommitted: committed,
  }),
)
