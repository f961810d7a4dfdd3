import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queryRows, sql } from '@/sync/db/raw'
import { payloadBefore } from '@tests/helpers/migrations'
import { closePayload, testDatabase } from '@tests/helpers/payload'

/**
 * Issue 15, item 1: the lag a group's row held moves to its own lag row (kafka-consumer-group-lag),
 * and the group reads it back as before. Groups are written in today's layout (lag columns on the
 * group row, raw SQL: the current table definitions no longer have them), then migrated.
 */
const NAME = 'group_lag_rows'

let payload: Payload
let migrations: Migration[]
let clusterId: number

const DETAIL = [{ topic: 'orders', partition: 0, committedOffset: 90, logEndOffset: 100, lag: 10, lagSeconds: 4.5, status: 'ok', rule: 'burrow_ok' }]
const STATE = { pending: { status: 'warn', since: '2026-12-01T00:00:00.000Z', polls: 1 } }
const CHECKED = '2026-12-01T10:00:00.000Z'

beforeAll(async () => {
  ;({ payload, migrations, clusterId } = await payloadBefore(NAME))
  const created = new Date().toISOString()
  const oldGroup = (groupId: string, lag: { total: number; status: string; trend: string } | null) =>
    queryRows(
      payload,
      lag === null
        ? sql`INSERT INTO kafka_consumer_groups (group_id, cluster_id, status, updated_at, created_at) VALUES (${groupId}, ${clusterId}, 'active', ${created}, ${created})`
        : sql`INSERT INTO kafka_consumer_groups (group_id, cluster_id, status, total_lag, max_partition_lag, lag_seconds, lag_status, lag_rule, lag_reason, lag_trend, partition_detail, verdict_state, lag_checked_at, time_to_clear_seconds, updated_at, created_at)
              VALUES (${groupId}, ${clusterId}, 'active', ${lag.total}, ${lag.total}, 4.5, ${lag.status}, 'burrow_ok', 'all partitions OK', ${lag.trend}, ${JSON.stringify(DETAIL)}, ${JSON.stringify(STATE)}, ${CHECKED}, 120, ${created}, ${created})`,
    )
  await oldGroup('checked-small', { total: 10, status: 'ok', trend: 'falling' })
  await oldGroup('checked-large', { total: 500, status: 'warn', trend: 'rising' })
  await oldGroup('never-checked', null)
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

const groups = async () =>
  (await payload.find({ collection: 'kafka-consumer-groups', sort: '-totalLag', pagination: false, depth: 0, overrideAccess: true })).docs

describe(`group lag migration ${NAME} on ${testDatabase()}`, () => {
  it('moves every checked group’s lag to its own row, which the group reads as its fields', async () => {
    await payload.db.migrate({ migrations })
    const lagRows = await payload.find({ collection: 'kafka-consumer-group-lag', pagination: false, depth: 0, overrideAccess: true })
    expect(lagRows.totalDocs).toBe(2)
    const read = await groups()
    expect(read.filter((g) => g.totalLag !== null && g.totalLag !== undefined).map((g) => g.groupId)).toEqual(['checked-large', 'checked-small'])
    expect(read.find((g) => g.groupId === 'checked-large')).toMatchObject({
      totalLag: 500,
      maxPartitionLag: 500,
      lagSeconds: 4.5,
      lagStatus: 'warn',
      lagRule: 'burrow_ok',
      lagReason: 'all partitions OK',
      lagTrend: 'rising',
      partitionDetail: DETAIL,
      verdictState: STATE,
      lagCheckedAt: CHECKED,
      timeToClearSeconds: 120,
    })
    const never = read.find((g) => g.groupId === 'never-checked')!
    expect([never.lag ?? null, never.totalLag ?? null, never.lagStatus ?? null]).toEqual([null, null, null])
  })

  it('filters groups on the moved fields', async () => {
    const warned = await payload.find({ collection: 'kafka-consumer-groups', where: { lagStatus: { equals: 'warn' } }, depth: 0, overrideAccess: true })
    expect(warned.docs.map((g) => g.groupId)).toEqual(['checked-large'])
  })
})
