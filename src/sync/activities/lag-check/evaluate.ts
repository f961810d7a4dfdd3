import {
  computePartitionLag,
  DEFAULT_BURROW_CONFIG,
  estimateTimeLag,
  evaluateGroupStatus,
  evaluatePartitionStatus,
  groupTimeLag,
  summarizeGroupLag,
  appendWindowSlot,
  type PartitionStatus,
  type TimeLagTable,
  type WindowSlot,
} from '@/features/consumer-groups/lib'

export type PartitionKey = string
export const partitionKey = (topic: string, partition: number): PartitionKey => `${topic}\u0000${partition}`

export type PartitionState = { timeTable: TimeLagTable; recentLogEnds: number[]; logStartOffset: number; logEndOffset: number }
export type Member = { memberId: string; clientId: string; host: string; assignments: { topic: string; partitions: number[] }[] }

/** What partitionDetail stores per partition: the numbers shown, and Burrow's window for the next poll. */
export type PartitionDetail = {
  topic: string
  partition: number
  committedOffset: number | null
  logStartOffset: number
  logEndOffset: number
  lag: number | null
  noCommit: boolean
  belowLogStart: boolean
  lagSeconds: number | null
  status: PartitionStatus | null
  owner: { memberId: string; clientId: string; host: string } | null
  window: WindowSlot[]
}

export type GroupLag = {
  totalLag: number | null
  maxPartitionLag: number | null
  lagSeconds: number | null
  lagStatus: 'ok' | 'warn' | 'err' | 'unknown'
  partitions: PartitionDetail[]
}

/**
 * Pure: one group's lag at `now` from its committed offsets, its members' assignments, the
 * partitions' offsets and time tables, and the previous poll's windows. Partitions assigned but
 * never committed appear as "no commit"; a real lag of 0 stays 0.
 */
export function evaluateGroupLag(args: {
  committed: { topic: string; partition: number; offset: number }[]
  members: Member[]
  partitions: Map<PartitionKey, PartitionState>
  previous: PartitionDetail[]
  now: number
}): GroupLag {
  const owners = new Map<PartitionKey, PartitionDetail['owner']>()
  for (const m of args.members) {
    for (const a of m.assignments) for (const p of a.partitions) owners.set(partitionKey(a.topic, p), { memberId: m.memberId, clientId: m.clientId, host: m.host })
  }
  const committed = new Map(args.committed.map((c) => [partitionKey(c.topic, c.partition), c.offset]))
  const previous = new Map(args.previous.map((p) => [partitionKey(p.topic, p.partition), p]))
  const keys = [...new Set([...committed.keys(), ...owners.keys()])].filter((k) => args.partitions.has(k)).sort()

  const partitions = keys.map((key): PartitionDetail => {
    const [topic, partitionText] = key.split('\u0000') as [string, string]
    const state = args.partitions.get(key)!
    const committedOffset = committed.get(key) ?? null
    const lag = computePartitionLag({ topic, partition: Number(partitionText), committedOffset, logStartOffset: state.logStartOffset, logEndOffset: state.logEndOffset })
    const owner = owners.get(key) ?? null
    const window = appendWindowSlot(previous.get(key)?.window ?? [], {
      committedOffset,
      logEndOffset: state.logEndOffset,
      time: args.now,
      hasActiveMember: owner !== null,
    })
    const hasCommit = committedOffset !== null && committedOffset >= 0
    return {
      ...lag,
      lagSeconds: hasCommit ? estimateTimeLag(state.timeTable, committedOffset, args.now) : null,
      status: hasCommit ? evaluatePartitionStatus(window, state.recentLogEnds, DEFAULT_BURROW_CONFIG, args.now) : null,
      owner,
      window,
    }
  })
  const summary = summarizeGroupLag(partitions)
  const statuses = partitions.map((p) => p.status).filter((s): s is PartitionStatus => s !== null)
  return {
    totalLag: summary.totalLag,
    maxPartitionLag: summary.maxPartitionLag,
    lagSeconds: groupTimeLag(partitions.map((p) => p.lagSeconds)),
    lagStatus: statuses.length ? evaluateGroupStatus(statuses) : 'unknown',
    partitions,
  }
}
