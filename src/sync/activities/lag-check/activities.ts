import type { Payload } from 'payload'

import { type BurrowConfig, DEFAULT_CLEAR_TIME_SAMPLES, toEpochMs, type VerdictSettings } from '@/features/consumer-groups/lib'

import type { KafkaClientFactory } from '@/sync/activities/consumer-group-sync/activities'

import { buildGroupLagRows, buildPartitionStates, type GroupLagRow, type LagHistoryRow } from '@/sync/activities/lag-check/build-rows'
import { clearTimeLookbackMs, loadLagState, stateLookbackMs } from '@/sync/activities/lag-check/stored-lag-state'
import { storedGroups, storedPartitions } from '@/sync/activities/lag-check/stored-rows'
import { writeGroupLag, writePartitionOffsets } from '@/sync/activities/lag-check/write-rows'
import { LagMemory } from '@/sync/activities/lag-check/lag-memory'

/** Groups evaluated and written per atomic write (its group rows and history rows). */
const GROUPS_PER_WRITE = 1_000

/**
 * `burrow`: the evaluator's settings; `verdict`: the group verdict's; `intervalSeconds`: the lag
 * check's, which sets how far back the state is read; `clock`: the poll time (tests simulate time).
 */
export type LagCheckSettings = { burrow: BurrowConfig; verdict: VerdictSettings; intervalSeconds: number; clock?: () => number }

export function createLagCheckActivities(
  payload: Payload,
  kafkaClient: KafkaClientFactory,
  { burrow, verdict, intervalSeconds, clock = Date.now }: LagCheckSettings,
) {
  // What this worker stored in its last cycle, per cluster: reused while nobody else wrote since.
  const memory = new LagMemory()
  return {
    /**
     * The lag check of one cluster in one batched pass: committed offsets of every
     * non-archived group (many groups per request), log start/end of every partition they read
     * (one request per leader and kind), then groups updated and one history row per group
     * appended, in bulk. Time tables and recent log ends persist per partition. The time to clear
     * comes from the group's recent raw history plus this poll, the lag trend (rising, falling,
     * flat) from the last hour's, so lists read no history. The health verdict (lib/verdict.ts) comes
     * from the partitions' Burrow statuses, the recent samples and the verdict stored on the group's row. The previous poll's per-partition
     * state (Burrow windows) and recent samples are read from the database only for groups this
     * worker did not write last (after a restart, or when another worker ran the check).
     * Reads, pure row building (build-rows.ts) and writes (write-rows.ts) are apart.
     * Counts: groups, partitions, Kafka requests of this cycle, groups whose state was reloaded,
     * stored JSON values skipped as unreadable (members, partitions, time tables), and the phases' milliseconds (fetch = database reads and Kafka requests, compute = pure
     * evaluation and row building, store = bulk writes).
     */
    async lagCheck({ clusterId }: { clusterId: number }): Promise<Record<string, number>> {
      const started = performance.now()
      const client = await kafkaClient(clusterId)
      const requestsBefore = client.requestCount
      const { rows: groups, unreadable: unreadableMembers } = await storedGroups(payload, clusterId)
      if (groups.length === 0) {
        // Nothing to check, but the broker must still accept us: a cluster whose credentials are
        // rejected (so no group was ever synced) must not report a succeeded lag check.
        await client.listGroups()
        return { groups: 0 }
      }
      const lookbackMs = Math.max(clearTimeLookbackMs(intervalSeconds), verdict.fallingBehindWindowMs)
      // Samples a group keeps: the clear-time estimate's, or the falling-behind window's at the configured interval (and a few early polls).
      const maxSamples = Math.max(DEFAULT_CLEAR_TIME_SAMPLES, Math.ceil(lookbackMs / (intervalSeconds * 1000)) + 2)
      const remembered = memory.forCluster(clusterId)
      const toLoad = groups.filter((g) => g.lagCheckedAt !== null && !remembered.isCurrent(g.id, toEpochMs(g.lagCheckedAt))).map((g) => g.id)
      const [committed, loaded] = await Promise.all([
        client.fetchCommittedOffsets(groups.map((g) => g.groupId)),
        loadLagState(payload, clusterId, toLoad, clock() - stateLookbackMs(intervalSeconds, verdict.fallingBehindWindowMs)),
      ])
      const topics = new Set<string>()
      for (const g of groups) {
        for (const c of committed.get(g.groupId) ?? []) topics.add(c.topic)
        for (const m of g.members) for (const a of m.assignments) topics.add(a.topic)
      }
      const [offsets, stored] = await Promise.all([client.fetchPartitionOffsets([...topics]), storedPartitions(payload, clusterId)])
      const now = clock()
      const fetched = performance.now()

      const { partitions, rows: partitionRows } = buildPartitionStates({ clusterId, offsets, stored: stored.rows, now, windowSize: burrow.windowSize })
      const next = remembered.next(now, lookbackMs, maxSamples)
      let computeMs = performance.now() - fetched
      let storeMs = 0
      // Evaluated and written GROUPS_PER_WRITE groups at a time, each slice's group rows and history
      // rows in one atomic unit: the rows of one slice are garbage before the next is built, which
      // keeps the cycle's memory flat. A failure part-way leaves earlier slices written; the next
      // cycle recomputes everything, and the memory is only committed once all is stored.
      for (let from = 0; from < groups.length; from += GROUPS_PER_WRITE) {
        const evaluating = performance.now()
        const slice = groups.slice(from, from + GROUPS_PER_WRITE)
        const groupRows: GroupLagRow[] = new Array(slice.length)
        const historyRows: LagHistoryRow[] = new Array(slice.length)
        for (let i = 0; i < slice.length; i++) {
          const group = slice[i]!
          const before = remembered.get(group.id) ?? loaded.byGroup.get(group.id)
          const built = buildGroupLagRows({
            clusterId,
            group,
            committed: committed.get(group.groupId) ?? [],
            partitions,
            before,
            now,
            burrow,
            verdict,
            intervalMs: intervalSeconds * 1000,
          })
          next.set(group.id, built.next.windows, before?.samples ?? [], built.next.sample, built.next.trendPoints)
          groupRows[i] = built.groupRow
          historyRows[i] = built.historyRow
        }
        const writing = performance.now()
        computeMs += writing - evaluating
        await writeGroupLag(payload, groupRows, historyRows)
        storeMs += performance.now() - writing
      }
      const writing = performance.now()
      await writePartitionOffsets(payload, partitionRows)
      storeMs += performance.now() - writing
      memory.commit(clusterId, next) // only once everything is stored
      return {
        groups: groups.length,
        partitions: partitions.size,
        requests: client.requestCount - requestsBefore,
        stateReloaded: toLoad.length,
        unreadableStored: unreadableMembers + loaded.unreadable + stored.unreadable,
        fetchMs: Math.round(fetched - started),
        computeMs: Math.round(computeMs),
        storeMs: Math.round(storeMs),
      }
    },
  }
}
