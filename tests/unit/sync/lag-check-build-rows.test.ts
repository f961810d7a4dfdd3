import { describe, expect, it } from 'vitest'

import { DEFAULT_BURROW_CONFIG, DEFAULT_VERDICT_SETTINGS, partitionKey, unpackSamples, type Verdict, type VerdictState } from '@/features/consumer-groups/lib'
import { buildGroupLagRows, buildPartitionStates, type StoredGroup } from '@/sync/activities/lag-check/build-rows'
import { recordReadKey, type RecordReadKey } from '@/sync/activities/lag-check/record-reads'

const NOW = Date.UTC(2026, 0, 1, 12)
const group: StoredGroup = {
  id: 7,
  groupId: 'orders-app',
  groupType: 'consumer',
  protocolType: 'consumer',
  status: 'active',
  workspace: 1,
  virtualCluster: 2,
  memberCount: 1,
  state: 'Stable',
  members: [{ memberId: 'm-1', clientId: 'c-1', host: '/10.0.0.1', assignments: [{ topic: 'orders-eu', partitions: [0, 1] }] }],
  lagCheckedAt: null,
  verdict: null,
  verdictState: null,
}
const { partitions, rows } = buildPartitionStates({
  clusterId: 3,
  offsets: [
    { topic: 'orders-eu', partition: 0, leader: 1, logStartOffset: 0, logEndOffset: 100 },
    { topic: 'orders-eu', partition: 1, leader: 1, logStartOffset: 0, logEndOffset: 50 },
  ],
  stored: [{ topic: 'orders-eu', partition: 0, timeTable: { limit: 60, points: [{ offset: 90, time: NOW - 60_000 }] }, recentLogEnds: [90] }],
  now: NOW,
  windowSize: DEFAULT_BURROW_CONFIG.windowSize,
})
type Committed = { topic: string; partition: number; offset: number; lag?: number }[]
const build = (committed: Committed, recordTimestamps?: Map<RecordReadKey, number>, polled: StoredGroup = group) =>
  buildGroupLagRows({
    clusterId: 3,
    group: polled,
    committed,
    partitions,
    before: undefined,
    now: NOW,
    burrow: DEFAULT_BURROW_CONFIG,
    verdict: DEFAULT_VERDICT_SETTINGS,
    intervalMs: 60_000,
    recordTimestamps,
  })

/**
 * The group polled again at each of `times` after the poll at NOW that gave `first`, each poll
 * reading the previous one's state and stored verdict as the lag check does.
 */
function pollAfter(first: ReturnType<typeof build>, start: StoredGroup, committed: Committed, times: number[]) {
  let before = { windows: first.next.windows, samples: [first.next.sample], trendPoints: first.next.trendPoints }
  let last = first
  let previousAt = NOW
  return times.map((at) => {
    const stored: StoredGroup = {
      ...start,
      lagCheckedAt: new Date(previousAt).toISOString(),
      verdict: { status: last.groupRow.lagStatus, rule: last.groupRow.lagRule, reason: last.groupRow.lagReason } as Verdict,
      verdictState: last.groupRow.verdictState as VerdictState,
    }
    last = buildGroupLagRows({
      clusterId: 3,
      group: stored,
      committed,
      partitions,
      before,
      now: at,
      burrow: DEFAULT_BURROW_CONFIG,
      verdict: DEFAULT_VERDICT_SETTINGS,
      intervalMs: 60_000,
    })
    before = { windows: last.next.windows, samples: [...before.samples, last.next.sample], trendPoints: last.next.trendPoints }
    previousAt = at
    return last
  })
}

describe('buildPartitionStates', () => {
  it('extends each stored time table and recent log ends with this poll, one row per partition', () => {
    expect(partitions.get(partitionKey('orders-eu', 0))).toMatchObject({
      recentLogEnds: [90, 100],
      timeTable: { points: [{ offset: 90 }, { offset: 100, time: NOW }] },
    })
    expect(partitions.get(partitionKey('orders-eu', 1))).toMatchObject({ recentLogEnds: [50], timeTable: { points: [{ offset: 50, time: NOW }] } })
    expect(rows.map((r) => [r.topic, r.partition, r.cluster])).toEqual([
      ['orders-eu', 0, 3],
      ['orders-eu', 1, 3],
    ])
  })
})

describe('buildGroupLagRows', () => {
  it('writes the same lag names on the group’s lag row and its history sample, appended to the poll’s hour row', () => {
    const built = build([
      { topic: 'orders-eu', partition: 0, offset: 95 },
      { topic: 'orders-eu', partition: 1, offset: 50 },
    ])
    expect(built.groupRow).toMatchObject({ consumerGroup: 7, totalLag: 5, maxPartitionLag: 5, lagCheckedAt: new Date(NOW).toISOString() })
    expect(built.historyRow).toMatchObject({ consumerGroup: 7, resolution: 'raw', timestamp: '2026-01-01T12:00:00.000Z' })
    expect(unpackSamples(built.historyRow.timestamp as string, built.historyRow.samples as string)).toEqual([
      { time: NOW, totalLag: 5, maxPartitionLag: 5, lagSeconds: built.groupRow.lagSeconds, memberCount: 1, state: 'Stable' },
    ])
    expect(built.next.sample).toEqual({ time: NOW, totalLag: 5, lagSeconds: built.groupRow.lagSeconds })
  })

  it('keeps "no commit" null in the history row and the samples, never 0', () => {
    const built = build([])
    expect(built.groupRow).toMatchObject({ totalLag: null, maxPartitionLag: null, timeToClearSeconds: null })
    expect(unpackSamples(built.historyRow.timestamp as string, built.historyRow.samples as string)).toMatchObject([{ totalLag: null, maxPartitionLag: null }])
    expect(built.next.sample).toEqual({ time: NOW, totalLag: null, lagSeconds: null })
  })

  it('says warming up on a group’s first poll instead of STALL, then STALL once two intervals tell', () => {
    const committed = [{ topic: 'orders-eu', partition: 0, offset: 95 }]
    const first = build(committed)
    expect(first.groupRow).toMatchObject({ lagStatus: 'unknown', lagRule: 'warming_up', verdictState: { pending: null } })
    expect((first.groupRow.partitionDetail as { status: string; rule: string }[])[0]).toMatchObject({ status: 'stall', rule: 'warming_up' })
    // The live member keeps committing 95: one slot per poll; two intervals later STALL can be told.
    const [second, built] = pollAfter(first, group, committed, [NOW + 60_000, NOW + 120_000])
    expect(second!.groupRow.lagRule).toBe('warming_up')
    expect(built!.groupRow).toMatchObject({
      lagStatus: 'err',
      lagRule: 'burrow_stall',
      lagReason: 'orders-eu[0]: committed offset stuck at 95 over 3 polls with lag 5',
    })
  })

  it('judges a share group by its own rules: a caught-up one with its start offset behind the log is OK, never STALL', () => {
    // Start offset 0 persisted lazily, log end 100, the broker's lag 0: all 100 records acknowledged.
    const share: StoredGroup = { ...group, groupType: 'share', members: [{ ...group.members[0]!, assignments: [{ topic: 'orders-eu', partitions: [0] }] }] }
    const committed = [{ topic: 'orders-eu', partition: 0, offset: 0, lag: 0 }]
    const built = pollAfter(build(committed, undefined, share), share, committed, [NOW + 60_000, NOW + 120_000]).at(-1)!
    expect(built.groupRow).toMatchObject({ totalLag: 0, lagStatus: 'ok', lagRule: 'share_caught_up' })
    expect((built.groupRow.partitionDetail as { status: string; rule: string; reason: string }[])[0]).toEqual(
      expect.objectContaining({ committedOffset: 0, lag: 0, status: 'ok', rule: 'share_caught_up', reason: "lag 0 by the broker's count (start offset 0)" }),
    )
  })

  it('dates a partition by the record read at its committed offset and says so; the others fall back to the time table', () => {
    const built = build(
      [
        { topic: 'orders-eu', partition: 0, offset: 95 },
        { topic: 'orders-eu', partition: 1, offset: 40 },
      ],
      new Map([[recordReadKey('orders-eu', 0, 95), NOW - 75_250]]),
    )
    const detail = built.groupRow.partitionDetail as { partition: number; lagSeconds: number | null; lagSecondsMethod: string | null }[]
    // Partition 0: the record, 75.25 s old (the table would say 30 s: 90 a minute ago, 100 now).
    expect(detail.map((p) => [p.partition, p.lagSeconds, p.lagSecondsMethod])).toEqual([
      [0, 75.25, 'record'],
      [1, null, null], // one table point: the fallback cannot tell yet
    ])
    expect(built.groupRow.lagSeconds).toBe(75.25)
  })
})
