import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { downsample, packSamples, unpackRows, type LagHistoryPoint, type RawLagSample } from '@/features/consumer-groups/lib'
import { getConsumerGroupLagHistory } from '@/features/consumer-groups/queries'
import { relationId } from '@/features/kafka-scope/scope-links'
import { parseEnv } from '@/lib/env-schema'
import { createActivities } from '@/sync/activities'
import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { dialectOf, queryRows, sql } from '@/sync/db/raw'
import { syncSettings } from '@/sync/settings'
import { runRetention } from '@/sync/workflows/retention'
import { historyRows } from '@tests/helpers/lag-history'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const STEP = 10 * 60_000
/** "Now" of the test: 40 days of history at 10-minute polling end here. */
const NOW = Math.floor(Date.now() / STEP) * STEP
const START = NOW - 40 * DAY

let ctx: TestPayload
let payload: Payload
let clusterId: number
let groupIds: number[]
/** What was written per group, to compare rollups with the pure downsampling. */
const written = new Map<number, LagHistoryPoint[]>()

const lagAt = (group: number, ms: number) => ((ms / STEP) * (group + 3)) % 97
const secondsAt = (group: number, ms: number) => ((ms / STEP) * (group + 5)) % 41

const rows = (resolution: 'raw' | 'hour' | 'day', groupId?: number) => historyRows(payload, resolution, groupId)

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'retention', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  groupIds = []
  for (const groupId of ['orders', 'billing']) {
    const group = await payload.create({ collection: 'kafka-consumer-groups', data: { groupId, cluster: clusterId, status: 'active' }, overrideAccess: true })
    groupIds.push(group.id)
  }
  // Written as the lag check stores raw history: one row per group and hour, its polls packed.
  const history: Record<string, unknown>[] = []
  for (const [g, id] of groupIds.entries()) {
    const points: LagHistoryPoint[] = []
    const hours = new Map<number, RawLagSample[]>()
    for (let ms = START; ms < NOW; ms += STEP) {
      points.push({ timestamp: new Date(ms).toISOString(), totalLag: lagAt(g, ms), lagSeconds: secondsAt(g, ms) })
      const hour = Math.floor(ms / HOUR) * HOUR
      hours.set(hour, [
        ...(hours.get(hour) ?? []),
        { time: ms, totalLag: lagAt(g, ms), maxPartitionLag: null, lagSeconds: secondsAt(g, ms), memberCount: 1, state: 'Stable' },
      ])
    }
    for (const [hour, samples] of hours) {
      const at = new Date(hour).toISOString()
      history.push({ consumerGroup: id, cluster: clusterId, timestamp: at, resolution: 'raw', samples: packSamples(samples), updatedAt: at, createdAt: at })
    }
    written.set(id, points)
  }
  await bulkUpsert(payload, { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['samples'] }, history)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('lag-history retention', () => {
  it('rolls raw samples into hourly and daily rows and deletes each tier past its window', async () => {
    const settings = syncSettings(parseEnv({ ORBIT_LAG_HISTORY_RETENTION_DAYS: '35' }))
    const counts = await createActivities({ payload, settings }).retention({ clusterId, now: NOW })
    // 40 days of complete hours per group; raw rows kept for the last 7 days (on an hour boundary).
    expect(counts.hourlyRows).toBe(2 * 40 * 24)
    expect(counts.deletedExpired).toBeGreaterThan(0)

    const [orders] = groupIds as [number, number]
    const raw = await rows('raw', orders)
    const hourly = await rows('hour', orders)
    const daily = await rows('day', orders)
    const rawCutoff = Math.floor((NOW - 7 * DAY) / HOUR) * HOUR
    const hourCutoff = Math.floor((NOW - 30 * DAY) / DAY) * DAY
    const expireCutoff = Math.floor((NOW - 35 * DAY) / DAY) * DAY
    expect(Date.parse(raw[0]!.timestamp)).toBe(rawCutoff)
    expect(raw).toHaveLength(Math.ceil((NOW - rawCutoff) / HOUR))
    expect(unpackRows(raw)).toHaveLength((NOW - rawCutoff) / STEP)
    expect(Date.parse(hourly[0]!.timestamp)).toBe(hourCutoff)
    expect(Date.parse(hourly.at(-1)!.timestamp)).toBe(Math.floor(NOW / HOUR) * HOUR - HOUR)
    expect(Date.parse(daily[0]!.timestamp)).toBe(expireCutoff)
    expect(Date.parse(daily.at(-1)!.timestamp)).toBe(Math.floor(NOW / DAY) * DAY - DAY)

    // Values equal the pure downsampling of what was written (average, min, max, worst/avg time lag).
    const expectedHours = new Map(downsample(written.get(orders)!, 'hour').map((p) => [p.timestamp, p]))
    for (const row of hourly) {
      const expected = expectedHours.get(new Date(row.timestamp).toISOString())!
      expect(row.sampleCount).toBe(6)
      expect(row.totalLag).toBeCloseTo(expected.totalLag!)
      expect([row.totalLagMin, row.totalLagMax, row.lagSecondsMax]).toEqual([expected.totalLagMin, expected.totalLagMax, expected.lagSecondsMax])
      expect(row.lagSeconds).toBeCloseTo(expected.lagSeconds!)
    }
    const expectedDays = new Map(downsample(written.get(orders)!, 'day').map((p) => [p.timestamp, p]))
    for (const row of daily) {
      const expected = expectedDays.get(new Date(row.timestamp).toISOString())!
      expect(row.sampleCount).toBe(144)
      expect(row.totalLag).toBeCloseTo(expected.totalLag!)
      expect([row.totalLagMin, row.totalLagMax, row.lagSecondsMax]).toEqual([expected.totalLagMin, expected.totalLagMax, expected.lagSecondsMax])
    }
  })

  it('is idempotent: a second run writes the same rows and deletes nothing more', async () => {
    const snapshot = () =>
      Promise.all(
        (['raw', 'hour', 'day'] as const).map(async (r) =>
          (await rows(r)).map((row) => `${relationId(row.consumerGroup)} ${row.timestamp} ${row.totalLag} ${row.sampleCount}`).sort(),
        ),
      )
    const before = await snapshot()
    const counts = await createActivities({ payload }).retention({ clusterId, now: NOW })
    expect(counts).toMatchObject({ deletedRaw: 0, deletedHourly: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('serves a 7-day chart from the hourly rows, with min and max', async () => {
    const [orders] = groupIds as [number, number]
    const admin = await payload.create({
      collection: 'users',
      data: { email: `retention-${NOW}@example.test`, password: 'password-123', role: 'platform-admin' },
      overrideAccess: true,
    })
    const points = await getConsumerGroupLagHistory(admin, orders, '7d')
    const hourly = (await rows('hour', orders)).filter((r) => Date.parse(r.timestamp) >= Date.now() - 7 * DAY)
    expect(Math.abs(points.length - hourly.length)).toBeLessThanOrEqual(1)
    expect(points.length).toBeGreaterThan(160)
    for (const p of points) {
      expect(p.sampleCount).toBe(6)
      expect(p.totalLagMin! <= p.totalLag! && p.totalLag! <= p.totalLagMax!).toBe(true)
    }
  })

  it('runs as a recorded job through the shared orchestrator', async () => {
    const result = await runRetention(createActivities({ payload }), { clusterId, runner: 'manual' })
    expect(result.outcome).toBe('succeeded')
    const cluster = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(cluster.syncHealth?.retention?.lastOutcome).toBe('succeeded')
    if (dialectOf(payload) === 'sqlite') {
      // Planner statistics refreshed, so per-group history reads seek the (group, resolution, time) index.
      const stats = await queryRows(payload, sql.raw("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'kafka_consumer_group_lag_history'"))
      expect(Number(stats[0]?.n)).toBeGreaterThan(0)
    }
  })
})
