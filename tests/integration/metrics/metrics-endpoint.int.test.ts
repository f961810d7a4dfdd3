import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'
import { tokenFor } from '@tests/helpers/api-clients'
import { scrapeMetrics, snapshotStoredGroups } from '@tests/helpers/metrics-snapshot'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

const TOKEN = 'scrape-token-for-tests'
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture

const partition = (p: number, committed: number | null, end: number, lagSeconds: number | null): PartitionDetail => ({
  topic: 'a-orders',
  partition: p,
  committedOffset: committed,
  logStartOffset: 0,
  logEndOffset: end,
  lag: committed === null ? null : end - committed,
  noCommit: committed === null,
  belowLogStart: false,
  lagSeconds,
  status: 'ok',
  owner: p === 0 ? { memberId: 'm-1', clientId: 'orders-app', host: '/10.0.0.7' } : null,
  window: [],
})

const scrape = (headers: Record<string, string> = {}) => scrapeMetrics(payload, headers)

beforeAll(async () => {
  // The app reads its configuration once, when Payload's config loads: set the token before.
  process.env.ORBIT_METRICS_TOKEN = TOKEN
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const groups = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: 'a-prod-billing' } }, overrideAccess: true, depth: 0 })
  await payload.update({
    collection: 'kafka-consumer-groups',
    id: groups.docs[0]!.id,
    data: {
      protocolType: 'consumer',
      memberCount: 1,
      totalLag: 7,
      maxPartitionLag: 7,
      lagSeconds: 42.5,
      lagStatus: 'warn',
      // Partition 0 lags 7, partition 1 is caught up (a real 0), partition 2 was never committed.
      partitionDetail: [partition(0, 93, 100, 42.5), partition(1, 50, 50, 0), partition(2, null, 30, null)],
    },
    overrideAccess: true,
  })
  // What the lag check stores with each cycle, from the rows as they now are.
  await snapshotStoredGroups(payload)
})

afterAll(async () => {
  delete process.env.ORBIT_METRICS_TOKEN
  await ctx?.cleanup()
})

describe('GET /api/metrics', () => {
  it('refuses anonymous scrapes and wrong tokens', async () => {
    expect((await scrape()).status).toBe(401)
    expect((await scrape({ Authorization: 'Bearer not-the-token' })).status).toBe(401)
  })

  it('serves kafka-lag-exporter metric names and labels with the token, for every workspace', async () => {
    const { status, type, body } = await scrape({ Authorization: `Bearer ${TOKEN}` })
    expect(status).toBe(200)
    expect(type).toContain('text/plain; version=0.0.4')
    const labels = 'cluster_name="cluster-1",group="a-prod-billing",topic="a-orders"'
    expect(body).toContain(`kafka_consumergroup_group_lag{${labels},partition="0",member_host="/10.0.0.7",consumer_id="m-1",client_id="orders-app"} 7\n`)
    expect(body).toContain(`kafka_consumergroup_group_lag{${labels},partition="1",member_host="",consumer_id="",client_id=""} 0\n`)
    expect(body).toContain(`kafka_consumergroup_group_offset{${labels},partition="0",member_host="/10.0.0.7",consumer_id="m-1",client_id="orders-app"} 93\n`)
    expect(body).toContain(
      `kafka_consumergroup_group_lag_seconds{${labels},partition="0",member_host="/10.0.0.7",consumer_id="m-1",client_id="orders-app"} 42.5\n`,
    )
    // A never-committed partition has no offset or lag series, but its log offsets are exported.
    expect(body).not.toMatch(/kafka_consumergroup_group_lag\{[^}]*partition="2"/)
    expect(body).toContain('kafka_partition_latest_offset{cluster_name="cluster-1",topic="a-orders",partition="2"} 30\n')
    expect(body).toContain('kafka_consumergroup_group_max_lag{cluster_name="cluster-1",group="a-prod-billing",is_simple_consumer="false"} 7\n')
    expect(body).toContain('kafka_consumergroup_group_sum_lag{cluster_name="cluster-1",group="a-prod-billing"} 7\n')
    expect(body).toContain('kafka_consumergroup_group_topic_sum_lag{cluster_name="cluster-1",group="a-prod-billing",topic="a-orders"} 7\n')
    expect(body).toContain('orbit_consumergroup_health{cluster_name="cluster-1",group="a-prod-billing",status="warn"} 1\n')
    for (const tag of ['a', 'b', 'c']) expect(body).toContain(`group="${tag}-prod-billing"`)
  })

  it('shows a signed-in member only the groups of their workspaces', async () => {
    const token = await tokenFor(payload, fixture.users.memberA.email, PASSWORD)
    const { status, body } = await scrape({ Authorization: `JWT ${token}` })
    expect(status).toBe(200)
    expect(body).toContain('group="a-prod-billing"')
    expect(body).not.toContain('b-prod-billing')
    expect(body).not.toContain('c-prod-billing')
    expect(body).not.toContain('unowned')
  })

  it('shows the outsider nothing', async () => {
    const token = await tokenFor(payload, fixture.users.outsider.email, PASSWORD)
    const { status, body } = await scrape({ Authorization: `JWT ${token}` })
    expect(status).toBe(200)
    expect(body).not.toContain('kafka_consumergroup')
  })
})
