import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { metricsSnapshotWriter } from '@/sync/activities/lag-check/metrics-snapshot'
import { tokenFor } from '@tests/helpers/api-clients'
import { scrapeMetrics, snapshotStoredGroups } from '@tests/helpers/metrics-snapshot'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

const TOKEN = 'snapshot-scrape-token'
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let clusterId: number

const partition = (lag: number): PartitionDetail => ({
  topic: 'shared-topic',
  partition: 0,
  committedOffset: 100 - lag,
  logStartOffset: 0,
  logEndOffset: 100,
  lag,
  noCommit: false,
  belowLogStart: false,
  lagSeconds: null,
  status: 'ok',
  owner: null,
  window: [],
})
const group = (groupId: string, workspace: number, lag: number) => ({
  groupId,
  workspace,
  protocolType: 'consumer',
  totalLag: lag,
  partitionDetail: [partition(lag)],
})

/** One lag-check cycle's snapshot of the two groups (workspaces A and B read the same partition); completed unless told not to. */
async function cycle(at: number, lag: number, { complete = true } = {}) {
  const snapshot = await metricsSnapshotWriter(payload, { clusterId, cycle: at })
  await snapshot.add([group('snap-a', fixture.workspaces.A, lag)])
  await snapshot.add([group('snap-b', fixture.workspaces.B, lag + 1)])
  if (complete) await snapshot.complete()
}
const sumLag = (body: string, groupId: string) =>
  new RegExp(`^kafka_consumergroup_group_sum_lag\\{cluster_name="cluster-1",group="${groupId}"\\} (\\d+)$`, 'm').exec(body)?.[1]
const rowsOfCycle = async (at: number) =>
  (await payload.count({ collection: 'kafka-metrics-snapshots', where: { cluster: { equals: clusterId }, cycle: { equals: at } }, overrideAccess: true }))
    .totalDocs

beforeAll(async () => {
  process.env.ORBIT_METRICS_TOKEN = TOKEN
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const clusters = await payload.find({ collection: 'kafka-clusters', where: { name: { equals: 'cluster-1' } }, overrideAccess: true, depth: 0 })
  clusterId = clusters.docs[0]!.id
})

afterAll(async () => {
  delete process.env.ORBIT_METRICS_TOKEN
  await ctx?.cleanup()
})

describe('the metrics snapshot', () => {
  it('serves the latest complete cycle while a later one is still being written', async () => {
    await cycle(1_000, 5)
    await cycle(2_000, 9, { complete: false })
    const { body } = await scrapeMetrics(payload, { Authorization: `Bearer ${TOKEN}` })
    expect(sumLag(body, 'snap-a')).toBe('5')
    expect(sumLag(body, 'snap-b')).toBe('6')
    await cycle(3_000, 20)
    const after = await scrapeMetrics(payload, { Authorization: `Bearer ${TOKEN}` })
    expect(sumLag(after.body, 'snap-a')).toBe('20')
  })

  it('keeps the previous complete cycle for scrapes in flight and deletes everything older', async () => {
    await cycle(4_000, 30)
    // 4,000 is served, 3,000 (previous complete) stays, 1,000 (complete) and 2,000 (failed part-way) are gone.
    expect([await rowsOfCycle(1_000), await rowsOfCycle(2_000)]).toEqual([0, 0])
    expect(await rowsOfCycle(3_000)).toBeGreaterThan(0)
    expect(await rowsOfCycle(4_000)).toBeGreaterThan(0)
  })

  it('gives a member of two workspaces each partition once, and a member of one only their groups', async () => {
    const both = await scrapeMetrics(payload, { Authorization: `JWT ${await tokenFor(payload, fixture.users.memberAB.email, PASSWORD)}` })
    expect(both.body.match(/^kafka_partition_latest_offset\{cluster_name="cluster-1",topic="shared-topic",partition="0"\} 100$/gm)).toHaveLength(1)
    expect(both.body.match(/^# HELP kafka_partition_latest_offset /gm)).toHaveLength(1)
    expect([sumLag(both.body, 'snap-a'), sumLag(both.body, 'snap-b')]).toEqual(['30', '31'])
    const one = await scrapeMetrics(payload, { Authorization: `JWT ${await tokenFor(payload, fixture.users.memberA.email, PASSWORD)}` })
    expect(sumLag(one.body, 'snap-a')).toBe('30')
    expect(one.body).not.toContain('snap-b')
    expect(one.body.match(/^kafka_partition_latest_offset\{cluster_name="cluster-1",topic="shared-topic",partition="0"\} 100$/gm)).toHaveLength(1)
  })

  it('stops serving a group to its old workspace as soon as a change of virtual clusters moves it', async () => {
    await snapshotStoredGroups(payload, 5_000)
    const memberA = () => tokenFor(payload, fixture.users.memberA.email, PASSWORD).then((token) => scrapeMetrics(payload, { Authorization: `JWT ${token}` }))
    expect((await memberA()).body).toContain('group="a-prod-billing"')
    // B's virtual cluster on cluster-1 takes over A's billing group with a longer prefix.
    const vcB = await payload.find({ collection: 'kafka-virtual-clusters', where: { name: { equals: 'vc-b' } }, overrideAccess: true, depth: 0 })
    await payload.update({ collection: 'kafka-virtual-clusters', id: vcB.docs[0]!.id, data: { groupPrefix: 'a-prod-bill' }, overrideAccess: true })
    expect((await memberA()).body).not.toContain('a-prod-billing')
  })

  it('is closed to every user, platform admins included', async () => {
    const admin = await payload.findByID({ collection: 'users', id: fixture.users.admin.id, overrideAccess: true })
    await expect(payload.find({ collection: 'kafka-metrics-snapshots', user: admin, overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })
})
