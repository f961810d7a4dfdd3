/**
 * `npm run worker`: hosts the Temporal worker and keeps the Schedules up to date.
 * Requires TEMPORAL_ADDRESS (and optionally TEMPORAL_NAMESPACE).
 */
import { getPayloadClient } from '@/lib/payload'

import { temporalClient, temporalSettings } from '@/sync/runners/temporal/connection'
import { ensureSchedules } from '@/sync/runners/temporal/schedules'
import { createSyncWorker } from '@/sync/runners/temporal/worker'

async function main() {
  const settings = temporalSettings()
  if (!settings) throw new Error('TEMPORAL_ADDRESS is not set: the embedded runner in `npm start` needs no worker')
  const payload = await getPayloadClient()
  const client = await temporalClient(settings)
  const schedules = await ensureSchedules(client)
  payload.logger.info(`Temporal schedules ensured: ${schedules.join(', ')}`)
  const { worker } = await createSyncWorker({ payload, settings })
  payload.logger.info(`Temporal worker on ${settings.address} (${settings.namespace})`)
  await worker.run()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
