import type { Payload } from 'payload'

import {
  type BurrowConfig,
  DEFAULT_CLEAR_TIME_SAMPLES,
  DEFAULT_RECORD_READ_BUDGET,
  partitionKey,
  type RecordReadBudget,
  toEpochMs,
  type VerdictSettings,
} from '@/features/consumer-groups/lib'

import type { PartitionOffsets } from '@/integrations/kafka'
import type { KafkaClientFactory } from '@/sync/activities/consumer-group-sync/activities'

import { buildGroupLagRows, buildPartitionStates, type GroupLagRow, type LagHistoryRow } from '@/sync/activities/lag-check/build-rows'
import { clearTimeLookbackMs, loadLagState, stateLookbackMs } from '@/sync/activities/lag-check/stored-lag-state'
import { storedGroups, storedPartitions } from '@/sync/activities/lag-check/stored-rows'
import { writeGroupLag, writePartitionOffsets } from '@/sync/activities/lag-check/write-rows'
import { LagMemory } from '@/sync/activities/lag-check/lag-memory'
import { cycleGroup, metricsSnapshotWriter } from '@/sync/activities/lag-check/metrics-snapshot'
import { planRecordReads, recordTimestamps } from '@/sync/activities/lag-check/record-reads'
import { fetchGroupPositions } from '@/sync/activities/group-positions'
import { recordOffsetResets } from '@/sync/activities/group-events/offset-resets'

/** Groups evaluated and written per atomic write (its group rows and history rows). */
const GROUPS_PER_WRITE = 1_000

/**
 * `burrow`: the evaluator's settings; `verdict`: the group verdict's; `intervalSeconds`: the lag
 * check's, which sets how far back the state is read; `recordReads`: what a cycle may spend dating
 * the records at committed offsets (default DEFAULT_RECORD_READ_BUDGET); `clock`: the poll time (tests simulate time).
 */
export type LagCheckSettings = {
  burrow: BurrowConfig
  verdict: VerdictSettings
  intervalSeconds: number
  recordReads?: RecordReadBudget
  clock?: () => number
}

export function createLagCheckActivities(
  payload: Payload,
  kafkaClient: KafkaClientFactory,
  { burrow, verdict, intervalSeconds, recordReads = DEFAULT_RECORD_READ_BUDGET, clock = Date.now }: LagCheckSettings,
) {
  // What this worker stored in its last cycle, per cluster: reused while nobody else wrote since.
  const memory = new LagMemory()
  return {
    /**
     * The lag check of one cluster in one batched pass: committed offsets of every
     * non-archived group (many groups per request), log start/end of every partition they read
     * (one request per leader and kind), the timestamps of the records at lagging committed offsets
     * within the cycle's budget (rounds of one Fetch per leader, record-timestamps.ts; time lag
     * falls back to the time tables for the rest), then groups updated and one history row per group
     * appended, in bulk. Time tables and recent log ends persist per partition. The time to clear
     * comes from the group's recent raw history plus this poll, the lag trend (rising, falling,
     * flat) from the last hour's, so lists read no history. The health verdict (lib/verdict.ts) comes
     * from the partitions' Burrow statuses, the recent samples and the verdict stored on the group's row. The previous poll's per-partition
     * state (Burrow windows) and recent samples are read from the database only for groups this
     * worker did not write last (after a restart, or when another worker ran the check).
     * Reads, pure row building (build-rows.ts) and writes (write-rows.ts) are apart.
     * Counts: groups, partitions, Kafka requests of this cycle, records dated (wanted, read, over
     * budget, gone, unreadable, Fetch requests, record bytes received, 1 when reading them failed), groups whose state was reloaded,
     * stored JSON values skipped as unreadable (members, partitions, time tables), and the phases' milliseconds (fetch = database reads and Kafka requests, compute = pure
     * evaluation and row building, store = bulk writes, metrics = rendering and writing the
     * /api/metrics snapshot, metrics-snapshot.ts).
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
        await (await metricsSnapshotWriter(payload, { clusterId, cycle: clock() })).complete() // an empty snapshot
        return { groups: 0 }
      }
      const lookbackMs = Math.max(clearTimeLookbackMs(intervalSeconds), verdict.fallingBehindWindowMs)
      // Samples a group keeps: the clear-time estimate's, or the falling-behind window's at the configured interval (and a few early polls).
      const maxSamples = Math.max(DEFAULT_CLEAR_TIME_SAMPLES, Math.ceil(lookbackMs / (intervalSeconds * 1000)) + 2)
      const remembered = memory.forCluster(clusterId)
      const toLoad = groups.filter((g) => g.lagCheckedAt !== null && !remembered.isCurrent(g.id, toEpochMs(g.lagCheckedAt))).map((g) => g.id)
      const [committed, loaded] = await Promise.all([
        fetchGroupPositions(client, groups),
        loadLagState(payload, clusterId, toLoad, clock() - stateLookbackMs(intervalSeconds, verdict.fallingBehindWindowMs)),
      ])
      const topics = new Set<string>()
      for (const g of groups) {
        for (const c of committed.get(g.groupId) ?? []) topics.add(c.topic)
        for (const m of g.members) for (const a of m.assignments) topics.add(a.topic)
      }
      const [offsets, stored] = await Promise.all([client.fetchPartitionOffsets([...topics]), storedPartitions(payload, clusterId)])
      const plan = planRecordReads({ committed: [...committed.values()].flat(), partitions: logRanges(offsets), budget: recordReads })
      // Exact time lag is a refinement: when reading records fails as a whole (e.g. a broker without
      // Fetch v12), the time tables answer and the cycle counts the failure instead of failing.
      const read = await client
        .fetchRecordTimes(plan.reads, { partitionBytes: recordReads.partitionBytes, bytes: recordReads.bytes })
        .catch((error: unknown) => {
          payload.logger.warn({ err: error, clusterId, msg: 'lag check: reading record timestamps failed, time lag falls back to the time tables this cycle' })
          return { outcomes: plan.reads.map((r) => r.offsets.map(() => 'unreadable' as const)), requests: 0, bytes: 0, failed: 1 }
        })
      const records = recordTimestamps(plan.reads, read.outcomes)
      const now = clock()
      const fetched = performance.now()

      const { partitions, rows: partitionRows } = buildPartitionStates({ clusterId, offsets, stored: stored.rows, now, windowSize: burrow.windowSize })
      const next = remembered.next(now, lookbackMs, maxSamples)
      let computeMs = performance.now() - fetched
      let storeMs = 0
      let metricsMs = 0
      const snapshot = await metricsSnapshotWriter(payload, { clusterId, cycle: now })
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
            recordTimestamps: records.timestamps,
          })
          next.set(group.id, built.next.windows, before?.samples ?? [], built.next.sample, built.next.trendPoints)
          groupRows[i] = built.groupRow
          historyRows[i] = built.historyRow
        }
        const writing = performance.now()
        computeMs += writing - evaluating
        await writeGroupLag(payload, groupRows, historyRows)
        const rendering = performance.now()
        storeMs += rendering - writing
        await snapshot.add(slice.map((group, i) => cycleGroup(group, groupRows[i]!)))
        metricsMs += performance.now() - rendering
      }
      const writing = performance.now()
      await writePartitionOffsets(payload, partitionRows)
      const offsetResets = await recordOffsetResets(payload, { clusterId, groups, windows: next.entries, now })
      storeMs += performance.now() - writing
      const completing = performance.now()
      await snapshot.complete()
      metricsMs += performance.now() - completing
      memory.commit(clusterId, next) // only once everything is stored
      return {
        groups: groups.length,
        partitions: partitions.size,
        requests: client.requestCount - requestsBefore,
        recordsWanted: plan.wanted,
        recordsRead: records.timestamps.size,
        recordsOverBudget: plan.overBudget + records.unreached,
        recordsGone: records.gone,
        recordsUnreadable: records.unreadable,
        recordFetchRequests: read.requests,
        recordFetchBytes: read.bytes,
        recordFetchFailed: 'failed' in read ? read.failed : 0,
        stateReloaded: toLoad.length,
        offsetResets,
        unreadableStored: unreadableMembers + loaded.unreadable + stored.unreadable,
        fetchMs: Math.round(fetched - started),
        computeMs: Math.round(computeMs),
        storeMs: Math.round(storeMs),
        metricsMs: Math.round(metricsMs),
      }
    },
  }
}

/** Log start and end of every polled partition, by partition key. */
function logRanges(offsets: readonly PartitionOffsets[]) {
  return new Map(offsets.map((o) => [partitionKey(o.topic, o.partition), o]))
}
