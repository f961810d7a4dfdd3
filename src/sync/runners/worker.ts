/**
 * `npm run worker`: the sync worker alone, for a production split into a web process
 * (`npm start` with ORBIT_EMBEDDED_RUNNER=off) and one or more workers. With TEMPORAL_ADDRESS set
 * it hosts the Temporal worker (temporal/main.ts); otherwise it runs the embedded runner, which
 * among processes sharing the database schedules in one only (the leader lease) and runs each
 * job of each cluster under its own lease, so several workers never run one job twice at once
 * and a standby takes over when the leader stops or dies. ORBIT_EMBEDDED_RUNNER is the web
 * process's setting: a worker exists to run the sync.
 */
import { envValues } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'

import { startEmbeddedRunner } from '@/sync/runners/embedded'
import { temporalSettings } from '@/sync/runners/temporal/connection'
import { runTemporalWorker } from '@/sync/runners/temporal/main'

async function runEmbeddedWorker(): Promise<void> {
  const payload = await getPayloadClient()
  const runner = startEmbeddedRunner({ payload })
  payload.logger.info(`Embedded sync worker started (${runner.holder})`)
  // The runner's timers do not keep a process alive (a web server's socket does): this one does.
  const alive = setInterval(() => {}, 60_000)
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      clearInterval(alive)
      // Its runs in progress are closed as abandoned and its leases freed: a standby leads at once.
      void runner.stop().then(() => process.exit(0))
    })
  }
}

async function main() {
  const values = envValues()
  const temporal = temporalSettings(values)
  if (temporal) await runTemporalWorker(values, temporal)
  else await runEmbeddedWorker()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
