import {
  addPoint,
  appendRecentLogEnd,
  createTimeLagTable,
  estimateTimeToClear,
  nextLagTrend,
  packSample,
  sampleHour,
  type BurrowConfig,
  type GroupMember,
  type LagSample,
  partitionKey,
  type PartitionKey,
  type TimeLagTable,
  evaluateGroupVerdict,
  type Verdict,
  type VerdictSample,
  type VerdictSettings,
  type VerdictState,
} from '@/features/consumer-groups/lib'
import type { CommittedOffset, PartitionOffsets } from '@/integrations/kafka'
import type { KafkaConsumerGroupLag, KafkaConsumerGroupLagHistory, KafkaPartitionOffset } from '@/payload-types'

import { evaluateGroupLag, type PartitionState, type PreviousWindow } from '@/sync/activities/lag-check/evaluate'
import type { GroupLagState } from '@/sync/activities/lag-check/lag-memory'
import type { RecordReadKey } from '@/sync/activities/lag-check/record-reads'

/** What the lag check reads of a kafka-consumer-groups row and its lag row, its members parsed. */
export type StoredGroup = {
  id: number
  groupId: string
  /** classic, consumer, share or streams: share groups' positions come from DescribeShareGroupOffsets. */
  groupType: string | null
  /** Empty for a simple consumer (offsets committed without group membership): the metrics' is_simple_consumer. */
  protocolType: string | null
  status: string
  workspace: number | null
  virtualCluster: number | null
  memberCount: number | null
  state: string | null
  members: GroupMember[]
  lagCheckedAt: string | null
  /** The current verdict (lagStatus, lagRule, lagReason) and its stability state; null before the first. */
  verdict: Verdict | null
  verdictState: VerdictState | null
}

/** What the lag check reads of a kafka-partition-offsets row, its JSON parsed (null when absent or unreadable). */
export type StoredPartition = { topic: string; partition: number; timeTable: TimeLagTable | null; recentLogEnds: number[] | null }

/** A row for the raw bulk write: field names of the collection `Doc` (checked), values as the driver takes them. */
type RowOf<Doc> = { [K in keyof Doc]?: unknown }

export type PartitionOffsetsRow = RowOf<KafkaPartitionOffset>
/** A kafka-consumer-group-lag row: the group's latest lag, owned like the group. */
export type GroupLagRow = RowOf<KafkaConsumerGroupLag>
export type LagHistoryRow = RowOf<KafkaConsumerGroupLagHistory>

/**
 * Pure: every polled partition's state at this poll (its stored time table and recent log ends,
 * extended with this log end) and its kafka-partition-offsets row.
 */
export function buildPartitionStates(args: {
  clusterId: number
  offsets: readonly PartitionOffsets[]
  stored: readonly StoredPartition[]
  now: number
  windowSize: number
}): { partitions: Map<PartitionKey, PartitionState>; rows: PartitionOffsetsRow[] } {
  const stored = new Map(args.stored.map((p) => [partitionKey(p.topic, p.partition), p]))
  const partitions = new Map<PartitionKey, PartitionState>()
  const rows: PartitionOffsetsRow[] = []
  const at = new Date(args.now).toISOString()
  for (const o of args.offsets) {
    const key = partitionKey(o.topic, o.partition)
    const before = stored.get(key)
    const state: PartitionState = {
      timeTable: addPoint(before?.timeTable ?? createTimeLagTable(), { offset: o.logEndOffset, time: args.now }),
      recentLogEnds: appendRecentLogEnd(before?.recentLogEnds ?? [], o.logEndOffset, args.windowSize),
      logStartOffset: o.logStartOffset,
      logEndOffset: o.logEndOffset,
    }
    partitions.set(key, state)
    rows.push({
      cluster: args.clusterId,
      topic: o.topic,
      partition: o.partition,
      timeTable: state.timeTable,
      recentLogEnds: state.recentLogEnds,
      updatedAt: at,
      createdAt: at,
    })
  }
  return { partitions, rows }
}

/** What the next poll of the group needs from this one (see LagMemory). */
export type NextLagState = { windows: PreviousWindow[]; sample: VerdictSample; trendPoints: LagSample[] }

/**
 * Pure: one group at this poll, as its kafka-consumer-group-lag row, its raw history sample (the
 * hour row it is appended to, lib/packed-samples.ts) and the state the next poll needs. The time
 * to clear comes from the previous samples plus this one, the trend from the previous trend
 * points plus this one. A group without any commit keeps a null
 * lag everywhere (group, history, samples): no commit is not lag 0, and it has nothing to clear.
 * The verdict (lib/verdict.ts) reads the partitions' verdicts, the samples plus this one, and the
 * group's stored verdict; whether Burrow's window can tell STOP or STALL uses the time since the
 * group's previous poll, at most `intervalMs` (a worker that was down long is not "one interval" behind).
 */
export function buildGroupLagRows(args: {
  clusterId: number
  group: StoredGroup
  committed: readonly CommittedOffset[]
  partitions: Map<PartitionKey, PartitionState>
  before: GroupLagState | undefined
  now: number
  burrow: BurrowConfig
  verdict: VerdictSettings
  /** The lag check's configured interval, ms. */
  intervalMs: number
  /** Timestamps of the records at committed offsets read this cycle. */
  recordTimestamps?: ReadonlyMap<RecordReadKey, number>
}): { groupRow: GroupLagRow; historyRow: LagHistoryRow; next: NextLagState } {
  const { group: g, before, now } = args
  const previousAt = g.lagCheckedAt === null ? null : Date.parse(g.lagCheckedAt)
  const sincePrevious = previousAt === null || Number.isNaN(previousAt) || previousAt >= now ? null : Math.min(now - previousAt, args.intervalMs)
  const lag = evaluateGroupLag({
    committed: args.committed,
    members: g.members,
    partitions: args.partitions,
    previous: before?.windows ?? [],
    now,
    intervalMs: sincePrevious,
    burrow: args.burrow,
    recordTimestamps: args.recordTimestamps,
    share: g.groupType === 'share',
    fallingBehindWindowMs: args.verdict.fallingBehindWindowMs,
  })
  const sample: VerdictSample = { time: now, totalLag: lag.totalLag, lagSeconds: lag.lagSeconds }
  const samples = [...(before?.samples ?? []), sample]
  const { verdict, state } = evaluateGroupVerdict({
    partitions: lag.partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      status: p.rule === 'warming_up' ? 'warming' : p.status,
      rule: p.rule ?? 'no_commit',
      reason: p.reason ?? '',
    })),
    samples,
    previous: { verdict: g.verdict, state: g.verdictState },
    settings: args.verdict,
  })
  const timeToClearSeconds = lag.totalLag === null ? null : estimateTimeToClear(samples)
  const trend = nextLagTrend(before?.trendPoints ?? [], { time: now, totalLag: lag.totalLag })
  const at = new Date(now).toISOString()
  return {
    groupRow: {
      consumerGroup: g.id,
      workspace: g.workspace,
      virtualCluster: g.virtualCluster,
      totalLag: lag.totalLag,
      maxPartitionLag: lag.maxPartitionLag,
      lagSeconds: lag.lagSeconds,
      lagStatus: verdict.status,
      lagRule: verdict.rule,
      lagReason: verdict.reason,
      verdictState: state,
      lagTrend: trend.trend,
      partitionDetail: lag.partitions,
      timeToClearSeconds,
      lagCheckedAt: at,
    },
    historyRow: {
      consumerGroup: g.id,
      cluster: args.clusterId,
      workspace: g.workspace,
      virtualCluster: g.virtualCluster,
      timestamp: new Date(sampleHour(now)).toISOString(),
      resolution: 'raw',
      samples: packSample({
        time: now,
        totalLag: lag.totalLag,
        maxPartitionLag: lag.maxPartitionLag,
        lagSeconds: lag.lagSeconds,
        memberCount: g.memberCount,
        state: g.state,
      }),
      updatedAt: at,
      createdAt: at,
    },
    next: { windows: lag.windows, sample, trendPoints: trend.points },
  }
}
