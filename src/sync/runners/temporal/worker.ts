import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NativeConnection, Worker } from '@temporalio/worker'
import type { Payload } from 'payload'

import { type Activities, createActivities } from '@/sync/activities'
import { releaseLeasesOf } from '@/sync/db/leases'
import { temporalNames } from '@/sync/settings'

import type { TemporalSettings } from '@/sync/runners/temporal/connection'
import { withLagStateRouting } from '@/sync/runners/temporal/lag-state-routing'

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** One process's Temporal workers: started and stopped together. */
export type SyncWorker = {
  /** The task queue only this process polls (the lag checks of the clusters whose state it holds). */
  ownTaskQueue: string
  /** Runs until shut down (SIGINT/SIGTERM or shutdown()); then gives up what this process held. */
  run(): Promise<void>
  /** Runs until `until` settles, then shuts down; answers what it resolved to. */
  runUntil<R>(until: Promise<R> | (() => Promise<R>)): Promise<R>
  shutdown(): void
}

/**
 * A worker hosting every sync workflow and activity on the shared task queue, plus one polling
 * this process's own queue (activities only), sharing the same activities and so the same lag
 * memory: lagCheckWorkflow sends a cluster's check to the worker that holds its state.
 */
export async function createSyncWorker(args: { payload: Payload; settings: TemporalSettings; activities?: Activities; taskQueue?: string }) {
  const taskQueue = args.taskQueue ?? temporalNames().taskQueue
  const ownTaskQueue = `${taskQueue}@${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
  const activities = withLagStateRouting(args.payload, args.activities ?? createActivities({ payload: args.payload }), ownTaskQueue)
  const connection = await NativeConnection.connect({ address: args.settings.address })
  const shared = await Worker.create({
    connection,
    namespace: args.settings.namespace,
    taskQueue,
    workflowsPath: path.join(srcDir, 'sync/workflows/index.ts'),
    // Workflow files use the project's `@/` import alias; teach the workflow bundler about it.
    bundlerOptions: {
      webpackConfigHook: (config) => ({
        ...config,
        resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), '@': srcDir } },
      }),
    },
    activities,
  })
  const own = await Worker.create({ connection, namespace: args.settings.namespace, taskQueue: ownTaskQueue, activities })
  const worker = runTogether([shared, own], ownTaskQueue, () => releaseLeasesOf(args.payload, ownTaskQueue))
  return { worker, connection }
}

function runTogether(workers: Worker[], ownTaskQueue: string, afterStop: () => Promise<void>): SyncWorker {
  const shutdown = () => {
    for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown()
  }
  const run = async () => {
    // One stopping (a failure, a signal) stops the other: the process serves both queues or neither.
    const settled = await Promise.allSettled(workers.map((w) => w.run().finally(shutdown)))
    await afterStop()
    const failed = settled.find((s) => s.status === 'rejected')
    if (failed) throw failed.reason
  }
  return {
    ownTaskQueue,
    run,
    shutdown,
    async runUntil(until) {
      const running = run()
      const stoppedEarly = running.then(() => Promise.reject(new Error('the Temporal workers stopped before the work finished')))
      stoppedEarly.catch(() => undefined)
      try {
        return await Promise.race([typeof until === 'function' ? until() : until, stoppedEarly])
      } finally {
        shutdown()
        await running
      }
    },
  }
}
