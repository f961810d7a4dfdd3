/**
 * The Temporal worker of `npm run worker` (src/sync/runners/worker.ts, when TEMPORAL_ADDRESS is
 * set): hosts the workflows and activities and keeps the Schedules up to date.
 */
import type { EnvValues } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { createActivities } from '@/sync/activities'
import { syncSettings, temporalNames } from '@/sync/settings'

import { temporalClient, type TemporalSettings } from '@/sync/runners/temporal/connection'
import { ensureSchedules } from '@/sync/runners/temporal/schedules'
import { createSyncWorker } from '@/sync/runners/temporal/worker'

export async function runTemporalWorker(values: EnvValues, settings: TemporalSettings): Promise<void> {
  const payload = await getPayloadClient()
  const client = await temporalClient(settings)
  const names = temporalNames(values)
  const sync = syncSettings(values)
  const schedules = await ensureSchedules(client, names, sync.intervalSeconds)
  payload.logger.info(`Temporal schedules ensured: ${schedules.join(', ')}`)
  const { worker } = await createSyncWorker({ payload, settings, activities: createActivities({ payload, settings: sync }), taskQueue: names.taskQueue })
  payload.logger.info(`Temporal worker on ${settings.address} (${settings.namespace})`)
  await worker.run()
}
