import { ensureAdminFromEnv } from '@/lib/bootstrap-admin'
import { envValues } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'

/**
 * On `npm start`: the first admin from the environment, fresh SQLite planner statistics, then the
 * embedded sync runner unless Temporal is configured or ORBIT_EMBEDDED_RUNNER=off (a web process
 * next to `npm run worker`, src/sync/runners/worker.ts, which then runs the sync).
 */
export async function onServerStart(): Promise<void> {
  const payload = await getPayloadClient()
  await ensureAdminFromEnv(payload)
  const { refreshPlannerStatistics } = await import('@/sync/db/raw')
  await refreshPlannerStatistics(payload)
  const { TEMPORAL_ADDRESS, ORBIT_EMBEDDED_RUNNER } = envValues()
  if (TEMPORAL_ADDRESS || ORBIT_EMBEDDED_RUNNER === 'off') return
  const { startEmbeddedRunner } = await import('@/sync/runners/embedded')
  const runner = startEmbeddedRunner({ payload })
  payload.logger.info(`Embedded sync runner started (${runner.holder})`)
  // Next.js exits on these after closing the server; the leases are freed meanwhile (one DELETE).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void runner.stop())
}
