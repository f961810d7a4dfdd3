/**
 * `npm run worker`: hosts the Temporal worker and keeps the Schedules up to date.
 * Requires TEMPORAL_ADDRESS (and optionally TEMPORAL_NAMESPACE).
 */
import { envValues } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { createActivities } from '@/sync/activities'
import { syncSettings, temporalNames } from '@/sync/settings'

import { temporalClient, temporalSettings } from '@/sync/runners/temporal/connection'
import { ensureSchedules } from '@/sync/runners/temporal/schedules'
import { createSyncWorker } from '@/sync/runners/temporal/worker'

async function main() {
  const values = envValues()
  const settings = temporalSettings(values)
  if (!settings) throw new Error('TEMPORAL_ADDRESS is not set: the embedded runner in `npm start` needs no worker')
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

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
