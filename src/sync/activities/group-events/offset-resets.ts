import type { Payload } from 'payload'

import { decodeWindow, detectOffsetResets } from '@/features/consumer-groups/lib'

import type { StoredGroup } from '@/sync/activities/lag-check/build-rows'
import type { GroupLagState } from '@/sync/activities/lag-check/lag-memory'
import { insertEvents, toEventRows } from '@/sync/activities/group-events/write-events'

/**
 * The lag check's timeline step: offsets reset or jumping backwards, from each group's Burrow
 * windows after this poll (the cycle's new lag state, by group row id), appended in bulk. Runs once
 * the cycle's rows are stored. Returns the number of events.
 */
export async function recordOffsetResets(
  payload: Payload,
  args: { clusterId: number; groups: readonly StoredGroup[]; windows: ReadonlyMap<number, Pick<GroupLagState, 'windows'>>; now: number },
): Promise<number> {
  const at = new Date(args.now).toISOString()
  const rows = args.groups.flatMap((g) => {
    const state = args.windows.get(g.id)
    if (!state) return []
    const windows = state.windows.map((w) => ({ topic: w.topic, partition: w.partition, slots: decodeWindow(w.window) }))
    const owner = { consumerGroup: g.id, cluster: args.clusterId, workspace: g.workspace, virtualCluster: g.virtualCluster }
    return toEventRows(owner, detectOffsetResets(windows, args.now), at)
  })
  return insertEvents(payload, rows)
}
