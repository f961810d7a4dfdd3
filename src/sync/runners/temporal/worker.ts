import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NativeConnection, Worker } from '@temporalio/worker'
import type { Payload } from 'payload'

import { type Activities, createActivities } from '@/sync/activities'
import { temporalNames } from '@/sync/settings'

import type { TemporalSettings } from '@/sync/runners/temporal/connection'

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** A worker hosting every sync workflow and activity on the one task queue. */
export async function createSyncWorker(args: { payload: Payload; settings: TemporalSettings; activities?: Activities; taskQueue?: string }) {
  const connection = await NativeConnection.connect({ address: args.settings.address })
  const worker = await Worker.create({
    connection,
    namespace: args.settings.namespace,
    taskQueue: args.taskQueue ?? temporalNames().taskQueue,
    workflowsPath: path.join(srcDir, 'sync/workflows/index.ts'),
    // Workflow files use the project's `@/` import alias; teach the workflow bundler about it.
    bundlerOptions: {
      webpackConfigHook: (config) => ({
        ...config,
        resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), '@': srcDir } },
      }),
    },
    activities: args.activities ?? createActivities({ payload: args.payload }),
  })
  return { worker, connection }
}
