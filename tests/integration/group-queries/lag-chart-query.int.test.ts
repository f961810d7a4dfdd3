import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { packSamples } from '@/features/consumer-groups/lib'
import { getConsumerGroupLagChart, getConsumerGroupLagHistory } from '@/features/consumer-groups/queries'
import type { KafkaConsumerGroup, User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { seedTenancyFixture } from '@tests/helpers/tenancy-fixture'

const HOUR = 3_600_000
let ctx: TestPayload
let payload: Payload
let memberA: User
let groupA: KafkaConsumerGroup
let groupB: KafkaConsumerGroup
// The current hour's start: raw rows from here on are not rolled up yet.
const hourStart = Math.floor(Date.now() / HOUR) * HOUR

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  const fixture = await seedTenancyFixture(payload)
  memberA = await payload.findByID({ collection: 'users', id: fixture.users.memberA.id, overrideAccess: true })
  const groups = await payload.find({ collection: 'kafka-consumer-groups', pagination: false, depth: 0, overrideAccess: true })
  groupA = groups.docs.find((g) => g.groupId === 'a-prod-billing')!
  groupB = groups.docs.find((g) => g.groupId === 'b-prod-billing')!
  const row = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'kafka-consumer-group-lag-history',
      data: { consumerGroup: groupA.id, cluster: groupA.cluster, workspace: groupA.workspace, virtualCluster: groupA.virtualCluster, ...data } as never,
      overrideAccess: true,
    })
  // Two days ago: one hourly row (rolled up) and the raw sample it was rolled up from.
  const twoDaysAgo = hourStart - 48 * HOUR
  await row({ timestamp: new Date(twoDaysAgo).toISOString(), resolution: 'hour', totalLag: 100, totalLagMin: 50, totalLagMax: 150, sampleCount: 60 })
  const poll = (time: number, totalLag: number) => ({ time, totalLag, maxPartitionLag: totalLag, lagSeconds: null, memberCount: 1, state: 'Stable' })
  await row({ timestamp: new Date(twoDaysAgo).toISOString(), resolution: 'raw', samples: packSamples([poll(twoDaysAgo + 60_000, 999)]) })
  // Yesterday and in the last minutes: raw samples the retention job has not rolled up.
  const yesterday = hourStart - 24 * HOUR
  await row({
    timestamp: new Date(yesterday).toISOString(),
    resolution: 'raw',
    samples: packSamples([poll(yesterday + 60_000, 40), poll(yesterday + 120_000, 20)]),
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`lag chart series on ${testDatabase()}`, () => {
  it('appends the raw rows after the newest hourly row, rolled up by hour, to the 7-day and 30-day series', async () => {
    for (const range of ['7d', '30d']) {
      const points = await getConsumerGroupLagChart(memberA, groupA, range)
      const lags = points.map((p) => p.totalLag)
      // Hourly row, yesterday's hour (avg of 40 and 20), and the fixture's raw row of now (7).
      expect(lags).toEqual([100, 30, 7])
      expect(points[0]).toMatchObject({ totalLagMin: 50, totalLagMax: 150, sampleCount: 60 })
      expect(points[1]).toMatchObject({ totalLagMin: 20, totalLagMax: 40, sampleCount: 2 })
      // The raw row already rolled up two days ago is not counted twice.
      expect(lags).not.toContain(999)
    }
  })

  it('leaves the raw ranges as the stored history', async () => {
    expect(await getConsumerGroupLagChart(memberA, groupA, '1h')).toEqual(await getConsumerGroupLagHistory(memberA, groupA.id, '1h'))
    expect((await getConsumerGroupLagChart(memberA, groupA, '1h')).map((p) => p.totalLag)).toEqual([7])
  })

  it('shows nothing of another workspace’s group', async () => {
    for (const range of ['1h', '7d', '30d']) expect(await getConsumerGroupLagChart(memberA, groupB, range)).toEqual([])
  })
})
