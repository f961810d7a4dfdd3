import type { GroupMember } from '@/features/consumer-groups/lib'
import type { CommittedOffset, GroupDescription, GroupListing } from '@/integrations/kafka'
import type { OwnershipResolver } from '@/sync/ownership'

/** Group lifecycle thresholds (ORBIT_GROUP_INACTIVE_AFTER_HOURS, ORBIT_GROUP_ARCHIVE_AFTER_DAYS). */
export type GroupLifecycle = { inactiveAfterEmptyMs: number; archiveAfterUnseenMs: number }

export type StoredGroup = { groupId: string; status: string; emptySince: string | null; lastSeenAt: string | null }

/**
 * Pure: the kafka-consumer-groups row of one listed group. Subscribed topics come from the
 * members' assignments, else from the committed offsets (an empty group still shows what it reads).
 * Empty for longer than the threshold -> inactive; otherwise active.
 */
export function buildGroupRow(args: {
  clusterId: number
  listing: GroupListing
  description: GroupDescription | undefined
  committed: CommittedOffset[]
  stored: StoredGroup | undefined
  ownership: OwnershipResolver
  lifecycle: GroupLifecycle
  now: Date
}): Record<string, unknown> {
  const { listing, description, committed, stored, now } = args
  const state = description?.described ? description.state : listing.state
  // Stored as is: the client's members are the shape kafka-consumer-groups.members stores.
  const members: GroupMember[] = description?.members ?? []
  const assigned = members.flatMap((m) => m.assignments.map((a) => a.topic))
  const topics = [...new Set(assigned.length ? assigned : committed.map((c) => c.topic))].sort()
  const isEmpty = state === 'Empty' || (members.length === 0 && description?.described === true)
  const emptySince = isEmpty ? (stored?.emptySince ?? now.toISOString()) : null
  const inactive = emptySince !== null && now.getTime() - Date.parse(emptySince) > args.lifecycle.inactiveAfterEmptyMs
  const owner = args.ownership.ownerOfGroup(listing.groupId)
  return {
    groupId: listing.groupId,
    cluster: args.clusterId,
    workspace: owner.workspace,
    virtualCluster: owner.virtualCluster,
    application: owner.application,
    groupType: listing.groupType,
    protocolType: description?.protocolType || listing.protocolType || null,
    state,
    memberCount: description?.described ? members.length : null,
    members,
    coordinatorBroker: description ? String(description.coordinator.nodeId) : null,
    assignmentStrategy: description?.assignmentStrategy ?? null,
    subscribedTopicNames: topics,
    status: inactive ? 'inactive' : 'active',
    emptySince,
    firstSeenAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdAt: now.toISOString(),
  }
}

/** Stored groups absent from a complete listing for longer than the threshold become archived. */
export function groupsToArchive(stored: StoredGroup[], listed: Set<string>, lifecycle: GroupLifecycle, now: Date): string[] {
  return stored
    .filter((g) => !listed.has(g.groupId) && g.status !== 'archived')
    .filter((g) => g.lastSeenAt !== null && now.getTime() - Date.parse(g.lastSeenAt) > lifecycle.archiveAfterUnseenMs)
    .map((g) => g.groupId)
}
