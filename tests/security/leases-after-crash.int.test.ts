import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type Activities, createActivities } from '@/sync/activities'
import { releaseLease } from '@/sync/db/leases'
import { runClusterJob, startEmbeddedRunner } from '@/sync/runners/embedded'
import { RUNNER_LEASE } from '@/sync/shared/jobs'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 7: after `kill -9` mid-run the job was skipped for that cluster for the lease's
 * whole TTL (15 minutes) and the run stayed `running` forever, also after SIGTERM. A real child
 * process (support/hanging-runner.ts) takes the lease and starts a run that never ends; then it
 * is killed. The lease TTL is shortened to a few seconds so the bound is measurable.
 */
const LEASE_SECONDS = 6
const LEASE_MS = LEASE_SECONDS * 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let ctx: TestPayload
let payload: Payload
const children: ChildProcess[] = []

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
})
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})
afterAll(async () => {
  await ctx?.cleanup()
})

async function newCluster(name: string): Promise<number> {
  return (
    await payload.create({ collection: 'kafka-clusters', data: { name, bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' }, overrideAccess: true })
  ).id
}

/** The hanging runner, once its run holds the lease and is recorded. */
function startHangingRunner(clusterId: number): Promise<ChildProcess> {
  // Node itself with tsx's loader (the tsx CLI would put a wrapper process between: the kill must reach the runner).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'security', 'support', 'hanging-runner.ts')], {
    env: { ...process.env, ORBIT_TEST_CLUSTER: String(clusterId), ORBIT_SYNC_RUN_LEASE_SECONDS: String(LEASE_SECONDS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('RUNNING')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`hanging runner exited (${code}) before running: ${stderr.slice(-2000)}`)))
  })
}

/**
 * Kills the runner; a killed runner's leadership (35 s, covered by leases.int.test.ts) is then
 * given up for it, so the next hanging runner of this file leads at once.
 */
async function kill(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL')
  await exited(child)
  await releaseLease(payload, RUNNER_LEASE, `hanging:${child.pid}`)
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)))

async function outcomes(clusterId: number): Promise<string[]> {
  const runs = await payload.find({ collection: 'sync-runs', where: { cluster: { equals: clusterId } }, sort: 'startedAt', overrideAccess: true, depth: 0 })
  return runs.docs.map((r) => r.outcome)
}

/** The next run of the same job and cluster, from another process (here, the test's). */
function nextRun(clusterId: number) {
  const activities: Activities = { ...createActivities({ payload }), retention: () => Promise.resolve({}) }
  return runClusterJob({ payload, activities, holder: 'next-process', job: 'retention', clusterId, runner: 'embedded', leaseMs: LEASE_MS })
}

describe(`leases after a crash on ${testDatabase()}`, () => {
  it('kill -9: the lease is renewed while the run lives, the next run starts within one TTL of the kill and closes the old run as abandoned', async () => {
    const cluster = await newCluster('killed')
    const child = await startHangingRunner(cluster)
    expect(await outcomes(cluster)).toEqual(['running'])
    // Well past one TTL the living run still holds its lease: it is renewed, not merely long.
    await sleep(LEASE_MS * 1.5)
    expect(await nextRun(cluster)).toBeNull()

    await kill(child)
    const killedAt = Date.now()
    let result = await nextRun(cluster)
    while (result === null && Date.now() - killedAt < LEASE_MS * 3) {
      await sleep(200)
      result = await nextRun(cluster)
    }
    expect(result?.outcome).toBe('succeeded')
    expect(Date.now() - killedAt).toBeLessThanOrEqual(LEASE_MS + 1_000)
    expect(await outcomes(cluster)).toEqual(['abandoned', 'succeeded'])
  })

  it('kill -9: a runner starting after the lease expired closes the run as abandoned before any run of that job', async () => {
    const cluster = await newCluster('restarted')
    const child = await startHangingRunner(cluster)
    await kill(child)
    await sleep(LEASE_MS + 500)
    const quiet: Activities = { ...createActivities({ payload }), listSyncableClusters: () => Promise.resolve([]) }
    const runner = startEmbeddedRunner({ payload, activities: quiet, holder: 'restarted-process', firstRunDelayMs: 10 })
    const deadline = Date.now() + 5_000
    while ((await outcomes(cluster))[0] === 'running' && Date.now() < deadline) await sleep(100)
    await runner.stop()
    expect(await outcomes(cluster)).toEqual(['abandoned'])
  })

  it('SIGTERM: the process closes its run as abandoned and frees the lease, so the next run starts at once', async () => {
    const cluster = await newCluster('terminated')
    const child = await startHangingRunner(cluster)
    child.kill('SIGTERM')
    expect(await exited(child)).toBe(0)
    expect(await outcomes(cluster)).toEqual(['abandoned'])
    expect((await nextRun(cluster))?.outcome).toBe('succeeded')
    expect(await outcomes(cluster)).toEqual(['abandoned', 'succeeded'])
  })
})
