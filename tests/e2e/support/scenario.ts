import { randomBytes } from 'node:crypto'

import { peers } from '@tests/helpers/peers'

import { adminLogin, findOrCreate, rest } from './rest'

/**
 * The shared e2e world: two workspaces (A and B), one application and one 'dev' virtual cluster in
 * each on the real Kafka peer (with the registry peer), and a member of each. Idempotent: the
 * e2e server's database is fresh per vitest run, so the first call creates everything and every
 * later call (from any e2e file of the run) finds it again. Kafka and the registry are shared and
 * persistent, so prefixes carry the run id stored in the workspace slugs.
 */
export type Ws = { id: number; slug: string; name: string }
export type App = { id: number; slug: string; name: string }
export type Vc = { id: number; name: string; topicPrefix: string; groupPrefix: string; environment: string }
export type Cred = { email: string; password: string }

export interface E2EScenario {
  runId: string
  adminToken: string
  clusterId: number
  workspaces: { a: Ws; b: Ws }
  applications: { a: App; b: App }
  virtualClusters: { a: Vc; b: Vc }
  users: { memberA: Cred; memberB: Cred }
}

const SLUG_A = 'alpha-'
const ENVIRONMENT = 'dev'
const MEMBER_PASSWORD = 'e2e-member-password'

type Doc = { id: number; slug: string; name: string }

/** The run id: taken from workspace A when an earlier file of this run created it, else new. */
async function runIdOf(token: string): Promise<string> {
  const found = await rest<{ docs: Doc[] }>(token, 'GET', `/workspaces?where[slug][like]=${SLUG_A}&limit=10&depth=0`)
  const existing = found.docs.find((ws) => /^alpha-e2e[0-9a-f]{6}$/.test(ws.slug))
  return existing ? existing.slug.slice(SLUG_A.length) : `e2e${randomBytes(3).toString('hex')}`
}

export async function ensureScenario(): Promise<E2EScenario> {
  const adminToken = await adminLogin()
  const runId = await runIdOf(adminToken)

  const cluster = await findOrCreate<Doc>(
    adminToken,
    'kafka-clusters',
    { name: `e2e-kafka-${runId}` },
    {
      name: `e2e-kafka-${runId}`,
      bootstrapServers: peers.kafkaBootstrap,
      securityProtocol: 'PLAINTEXT',
      schemaRegistryUrl: peers.schemaRegistryUrl,
      enabled: true,
    },
  )

  const side = async (key: 'a' | 'b') => {
    const label = key === 'a' ? 'Alpha' : 'Beta'
    const slug = `${label.toLowerCase()}-${runId}`
    const ws = await findOrCreate<Doc>(adminToken, 'workspaces', { slug }, { name: `${label} Team ${runId}`, slug })
    const appName = key === 'a' ? 'Checkout' : 'Billing'
    const app = await findOrCreate<Doc>(
      adminToken,
      'kafka-applications',
      { workspace: ws.id, slug: appName.toLowerCase() },
      {
        workspace: ws.id,
        name: appName,
        slug: appName.toLowerCase(),
      },
    )
    const prefix = `${runId}-${label.toLowerCase()}-${ENVIRONMENT}-`
    const vcName = `${slug}-${appName.toLowerCase()}-${ENVIRONMENT}`
    const vc = await findOrCreate<Doc & Vc>(
      adminToken,
      'kafka-virtual-clusters',
      { name: vcName },
      {
        name: vcName,
        workspace: ws.id,
        application: app.id,
        environment: ENVIRONMENT,
        physicalCluster: cluster.id,
        topicPrefix: prefix,
        groupPrefix: prefix,
        status: 'active',
      },
    )
    const email = `member-${key}-${runId}@e2e.test`
    const user = await findOrCreate<{ id: number }>(adminToken, 'users', { email }, { email, password: MEMBER_PASSWORD, role: 'member' })
    await findOrCreate(
      adminToken,
      'workspace-members',
      { workspace: ws.id, user: user.id },
      { workspace: ws.id, user: user.id, role: 'member', status: 'active' },
    )
    return {
      ws: { id: ws.id, slug: ws.slug, name: ws.name },
      app: { id: app.id, slug: app.slug, name: app.name },
      vc: { id: vc.id, name: vc.name, topicPrefix: vc.topicPrefix, groupPrefix: vc.groupPrefix, environment: vc.environment },
      cred: { email, password: MEMBER_PASSWORD },
    }
  }
  const a = await side('a')
  const b = await side('b')
  return {
    runId,
    adminToken,
    clusterId: cluster.id,
    workspaces: { a: a.ws, b: b.ws },
    applications: { a: a.app, b: b.app },
    virtualClusters: { a: a.vc, b: b.vc },
    users: { memberA: a.cred, memberB: b.cred },
  }
}

type SyncJobName = 'schemaSync' | 'consumerGroupSync' | 'lagCheck' | 'topicSync'
type TriggerResult =
  { runner: 'embedded'; results: Array<{ clusterId: number; outcome: string; error?: string }>; skipped: number[] } | { runner: 'temporal'; workflowId: string }
type ClusterHealth = { syncHealth?: Record<string, { lastRunAt?: string | null; lastOutcome?: string | null; lastError?: string | null } | undefined> }

const SYNC_TIMEOUT_MS = 120_000

/**
 * Runs one sync job for the scenario's cluster now, as the admin, through the public endpoint.
 * Retries while the scheduled runner holds the job's lease; throws unless it succeeded or was partial.
 */
export async function syncNow(scenario: E2EScenario, job: SyncJobName): Promise<void> {
  const deadline = Date.now() + SYNC_TIMEOUT_MS
  const started = new Date()
  for (;;) {
    const result = await rest<TriggerResult>(scenario.adminToken, 'POST', `/kafka-clusters/${scenario.clusterId}/sync?job=${job}`)
    if (result.runner === 'temporal') return waitForTemporalRun(scenario, job, started, deadline)
    const mine = result.results.find((r) => r.clusterId === scenario.clusterId)
    if (mine) {
      if (mine.outcome === 'succeeded' || mine.outcome === 'partial') return
      throw new Error(`${job} on cluster ${scenario.clusterId}: ${mine.outcome} ${mine.error ?? ''}`)
    }
    if (Date.now() > deadline) throw new Error(`${job} on cluster ${scenario.clusterId}: lease still held after ${SYNC_TIMEOUT_MS} ms`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** With Temporal the endpoint only starts the workflow: wait for the cluster's health to record the run. */
async function waitForTemporalRun(scenario: E2EScenario, job: SyncJobName, started: Date, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const cluster = await rest<ClusterHealth>(scenario.adminToken, 'GET', `/kafka-clusters/${scenario.clusterId}?depth=0`)
    const health = cluster.syncHealth?.[job]
    if (health?.lastRunAt && Date.parse(health.lastRunAt) >= started.getTime()) {
      if (health.lastOutcome === 'succeeded' || health.lastOutcome === 'partial') return
      throw new Error(`${job} on cluster ${scenario.clusterId}: ${health.lastOutcome} ${health.lastError ?? ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${job} on cluster ${scenario.clusterId}: no run recorded within ${SYNC_TIMEOUT_MS} ms`)
}
