import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env-schema'
import { createActivities } from '@/sync/activities'
import { syncSettings } from '@/sync/settings'
import { createLocalCluster } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { firingNotification, seedTeams } from '@tests/integration/alerting/channel-fixture'

/**
 * The retention job prunes alert deliveries older than ORBIT_ALERT_DELIVERY_RETENTION_DAYS once
 * settled (sent or failed); a delivery still waiting for its retry stays, whatever its age.
 */
const DAY = 86_400_000
const NOW = Date.parse('2026-12-03T12:00:00Z')
const tag = `dret-${testDatabase()}-${Date.now()}`
let ctx: TestPayload
let payload: Payload
let clusterId: number
const ids: Record<string, number> = {}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  const teams = await seedTeams(payload, tag)
  clusterId = await createLocalCluster(payload, `${tag}-local`)
  const rows = { oldSent: ['sent', 40], oldFailed: ['failed', 31], oldRetrying: ['retrying', 40], recentFailed: ['failed', 5] } as const
  for (const [name, [status, age]] of Object.entries(rows)) {
    const doc = await payload.create({
      collection: 'alert-deliveries',
      data: { workspace: teams.workspaces.payments, fingerprint: name, notification: firingNotification(teams.workspaces.payments, name), status, attempts: 1 },
      overrideAccess: true,
    })
    await payload.db.updateOne({ collection: 'alert-deliveries', id: doc.id, data: { createdAt: new Date(NOW - age * DAY).toISOString() } })
    ids[name] = doc.id
  }
})
afterAll(async () => {
  await ctx?.cleanup()
})

describe(`alert delivery retention, ${testDatabase()}`, () => {
  it('deletes the settled deliveries older than 30 days, keeps the rest', async () => {
    const settings = syncSettings(parseEnv({ ORBIT_ALERT_DELIVERY_RETENTION_DAYS: '30' }))
    const counts = await createActivities({ payload, settings }).retention({ clusterId, now: NOW })
    expect(counts.deletedDeliveries).toBe(2)
    const left = await payload.find({ collection: 'alert-deliveries', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })
    expect(left.docs.map((d) => d.fingerprint)).toEqual(['oldRetrying', 'recentFailed'])
  })

  it('keeps 30 days by default', () => {
    expect(syncSettings(parseEnv({})).alertDeliveryRetentionDays).toBe(30)
  })
})
