/**
 * The benchmark's Kafka state: GROUPS consumer groups, each committing all PARTITIONS partitions of
 * one topic; TOPICS topics of PARTITIONS partitions, groups spread round-robin over them (50 groups
 * per topic by default: one topic read by many services, as in a shared event bus). Names share a
 * fixed prefix so a rerun finds and reuses the state. Pure: what each group commits at each step.
 */
export const GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000)
export const TOPICS = Number(process.env.BENCH_TOPICS ?? 200)
export const PARTITIONS = 10
/** Records per partition produced once at setup, then per cycle (so log ends and commits move). */
export const INITIAL_RECORDS = 200
export const RECORDS_PER_CYCLE = 10
/** `BENCH_PREFIX` lets another benchmark (bench:scale) keep its own state beside bench:lag's on the same broker. */
export const PREFIX = process.env.BENCH_PREFIX ?? 'bench-lag-'

export const topicName = (t: number) => `${PREFIX}t${String(t).padStart(4, '0')}`
export const groupName = (g: number) => `${PREFIX}g${String(g).padStart(5, '0')}`
export const topicOfGroup = (g: number) => topicName(g % TOPICS)
export const isBenchGroup = (groupId: string) => groupId.startsWith(`${PREFIX}g`)

/**
 * How a group behaves, by its index (a realistic mix for Burrow and the clear-time estimate):
 * caught up (30%), a steady small lag (30%), catching up (10%), falling behind (10%), stopped
 * (10%: never commits again), one hot partition lagging (10%). `BENCH_LAGGING` (a fraction, e.g.
 * 0.15) sets the share of groups that lag instead: the rest are caught up, and the lagging ones
 * keep the mix above among themselves (steady 3 : catching up, falling behind, stopped, hot partition 1 each).
 */
export type Behaviour = 'caught-up' | 'steady' | 'catching-up' | 'falling-behind' | 'stopped' | 'hot-partition'
export const LAGGING_SHARE = process.env.BENCH_LAGGING === undefined ? null : Number(process.env.BENCH_LAGGING)
const LAGGING_MIX = ['steady', 'steady', 'steady', 'catching-up', 'falling-behind', 'stopped', 'hot-partition'] as const
export function behaviourOf(g: number, lagging: number | null = LAGGING_SHARE): Behaviour {
  if (lagging !== null) {
    const k = g % 100
    const caughtUp = Math.round(100 * (1 - lagging))
    return k < caughtUp ? 'caught-up' : LAGGING_MIX[(k - caughtUp) % LAGGING_MIX.length]!
  }
  const k = g % 10
  if (k < 3) return 'caught-up'
  if (k < 6) return 'steady'
  return (['catching-up', 'falling-behind', 'stopped', 'hot-partition'] as const)[k - 6]!
}

/**
 * The offset group `g` commits on a partition, given the partition's log end and its previous
 * commit (null at setup). Never above the log end, never below 0.
 */
export function nextCommit(g: number, partition: number, logEnd: number, previous: number | null): number {
  const clamp = (offset: number) => Math.max(0, Math.min(logEnd, offset))
  const steadyLag = 1 + ((g * 7 + partition) % 40)
  switch (behaviourOf(g)) {
    case 'caught-up':
      return logEnd
    case 'steady':
      return clamp(logEnd - steadyLag)
    case 'catching-up':
      // Starts 150 behind per partition and gains 2× the produce rate per cycle.
      return previous === null ? clamp(logEnd - 150) : clamp(previous + 3 * RECORDS_PER_CYCLE)
    case 'falling-behind':
      return previous === null ? clamp(logEnd - steadyLag) : clamp(previous + RECORDS_PER_CYCLE / 2)
    case 'stopped':
      return previous ?? clamp(logEnd - steadyLag)
    case 'hot-partition':
      return partition === 0 ? (previous ?? clamp(logEnd - 100)) : logEnd
  }
}
