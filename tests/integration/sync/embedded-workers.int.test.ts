import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RUNNER_LEASE } from '@/sync/shared/jobs'
import { waitFor } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 15, item 3: two `npm run worker` processes on the embedded runner share the test's
 * database. Exactly one leads (the runner lease names its process), no two runs of a job on a
 * cluster ever overlap, and when the leader gets SIGTERM the standby takes over and runs the jobs.
 * The cluster is unreachable (port 1), so every run fails at once and is still recorded.
 */
const INTERVAL_SECONDS = '2'
let ctx: TestPayload
let payload: Payload
let clusterId: number
const workers: ChildProcess[] = []

function startWorker(): ChildProcess {
  // Node itself with tsx's loader, as the tsx CLI of `npm run worker` would run it (no wrapper process: the signal must reach the worker).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'sync', 'runners', 'worker.ts')], {
    env: {
      ...process.env,
      ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS: INTERVAL_SECONDS,
      ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS: INTERVAL_SECONDS,
      ORBIT_LAG_CHECK_INTERVAL_SECONDS: INTERVAL_SECONDS,
      ORBIT_RETENTION_INTERVAL_SECONDS: INTERVAL_SECONDS,
      ORBIT_TOPIC_SYNC_INTERVAL_SECONDS: INTERVAL_SECONDS,
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  })
  workers.push(child)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)))

/** The pid in the runner lease's holder (`host:pid:suffix`), while it is held. */
async function leaderPid(): Promise<number | undefined> {
  const lease = await payload.find({ collection: 'sync-leases', where: { name: { equals: RUNNER_LEASE } }, overrideAccess: true, depth: 0 })
  const row = lease.docs[0]
  if (!row || Date.parse(row.expiresAt) < Date.now()) return undefined
  return Number(row.holder.split(':')[1])
}

async function finishedRuns() {
  const runs = await payload.find({
    collection: 'sync-runs',
    where: { cluster: { equals: clusterId } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
    sort: 'startedAt',
  })
  return runs.docs.filter((r) => r.finishedAt)
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'unreachable', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL')
  await ctx?.cleanup()
})

describe(`two embedded workers on ${testDatabase()}`, () => {
  it('lead one at a time, never run a job on a cluster twice at once, and hand over on SIGTERM', async () => {
    const [a, b] = [startWorker(), startWorker()]
    const first = await waitFor('a leader', async () => ((await leaderPid()) ? await leaderPid() : undefined), 120_000)
    expect([a.pid, b.pid]).toContain(first)
    await waitFor('runs of the leader', async () => ((await finishedRuns()).length >= 4 ? true : undefined), 120_000)

    const leader = first === a.pid ? a : b
    const standby = leader === a ? b : a
    const stoppedAt = new Date().toISOString()
    leader.kill('SIGTERM')
    expect(await exited(leader)).toBe(0)
    await waitFor('the standby to lead', async () => ((await leaderPid()) === standby.pid ? true : undefined), 60_000)
    await waitFor('runs after the handover', async () => ((await finishedRuns()).some((r) => r.startedAt > stoppedAt) ? true : undefined), 60_000)
    standby.kill('SIGTERM')
    expect(await exited(standby)).toBe(0)

    const runs = await finishedRuns()
    const byJob = Map.groupBy(runs, (r) => r.job)
    expect(byJob.size).toBeGreaterThan(0)
    for (const [job, jobRuns] of byJob) {
      for (let i = 1; i < jobRuns.length; i++) {
        expect(jobRuns[i]!.startedAt >= jobRuns[i - 1]!.finishedAt!, `${job} run ${i} started before run ${i - 1} finished`).toBe(true)
      }
    }
  }, 300_000)
})
