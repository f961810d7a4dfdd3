import type { API } from '@platformatic/kafka'

import { KafkaUnsupportedError } from '@/integrations/kafka/errors'
import { isCoordinatorError, type KafkaSession } from '@/integrations/kafka/session'
import { shareGroupDescribeV1, type ShareGroupDescribeGroup } from '@/integrations/kafka/share-group-describe'
import { streamsGroupDescribeV0, type StreamsGroupDescribeGroup, type StreamsTaskIds } from '@/integrations/kafka/streams-group-describe'
import type { Coordinator, GroupDescription, GroupMember, StreamsTask, TopicAssignment } from '@/integrations/kafka/types'

const GROUP_ID_NOT_FOUND = 69

const sortedPartitions = (partitions: number[]) => [...partitions].sort((a, b) => a - b)

/** Pure: a ShareGroupDescribe group as a description (members with subscriptions and assignments). */
export function describedShare(g: ShareGroupDescribeGroup, coordinator: Coordinator): GroupDescription {
  return {
    groupId: g.groupId,
    groupType: 'share',
    state: g.groupState,
    protocolType: 'share',
    assignmentStrategy: g.assignorName || null,
    coordinator,
    members: g.members.map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      host: m.clientHost,
      assignments: m.assignment.map((t) => ({ topic: t.topicName, partitions: sortedPartitions(t.partitions) })),
      subscribedTopics: [...m.subscribedTopicNames].sort(),
    })),
    described: true,
  }
}

/**
 * Pure: a StreamsGroupDescribe group as a description. Each task names its subtopology's source
 * topics (the user's and the repartition topics it reads), from the group's topology; a member's
 * `assignments` are its active tasks' partitions of those topics (a task p reads partition p of
 * every source topic of its subtopology), which is what it consumes and commits.
 */
export function describedStreams(g: StreamsGroupDescribeGroup, coordinator: Coordinator): GroupDescription {
  const sourcesOf = new Map<string, string[]>()
  for (const s of g.topology?.subtopologies ?? []) {
    sourcesOf.set(s.subtopologyId, [...new Set([...s.sourceTopics, ...s.repartitionSourceTopics.map((t) => t.name)])].sort())
  }
  const tasks = (ids: StreamsTaskIds[]): StreamsTask[] =>
    ids
      .map((t) => ({ subtopologyId: t.subtopologyId, sourceTopics: sourcesOf.get(t.subtopologyId) ?? [], partitions: sortedPartitions(t.partitions) }))
      .sort((a, b) => a.subtopologyId.localeCompare(b.subtopologyId))
  const members = g.members.map((m): GroupMember => {
    const activeTasks = tasks(m.assignment.activeTasks)
    const byTopic = new Map<string, Set<number>>()
    for (const task of activeTasks) {
      for (const topic of task.sourceTopics) {
        const partitions = byTopic.get(topic) ?? new Set<number>()
        for (const p of task.partitions) partitions.add(p)
        byTopic.set(topic, partitions)
      }
    }
    const assignments: TopicAssignment[] = [...byTopic]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([topic, partitions]) => ({ topic, partitions: sortedPartitions([...partitions]) }))
    return {
      memberId: m.memberId,
      clientId: m.clientId,
      host: m.clientHost,
      assignments,
      streams: {
        processId: m.processId,
        instanceId: m.instanceId,
        activeTasks,
        standbyTasks: tasks(m.assignment.standbyTasks),
        warmupTasks: tasks(m.assignment.warmupTasks),
      },
    }
  })
  return {
    groupId: g.groupId,
    groupType: 'streams',
    state: g.groupState,
    protocolType: 'streams',
    assignmentStrategy: null,
    coordinator,
    members,
    described: true,
  }
}

type Described = Map<string, GroupDescription>
type AnyDescribedGroup = { errorCode: number; errorMessage: string | null; groupId: string }

/**
 * Share or streams groups through their own describe API, batched per coordinator. A broker
 * without the API leaves them undescribed (the caller reports them as not asked) instead of
 * failing every other group's description.
 */
async function describeWith<G extends AnyDescribedGroup>(
  session: KafkaSession,
  name: 'ShareGroupDescribe' | 'StreamsGroupDescribe',
  api: API<[groupIds: string[], includeAuthorizedOperations: boolean], { groups: G[] }>,
  toDescription: (g: G, coordinator: Coordinator) => GroupDescription,
  ids: string[],
  out: Described,
  notFound: Set<string>,
) {
  try {
    await session.pickApi(name, [api])
  } catch (error) {
    if (error instanceof KafkaUnsupportedError) return
    throw error
  }
  await session.byCoordinator(ids, async (coordinator, connection, batch) => {
    const response = await session.call(api, connection, batch, false)
    const retry: string[] = []
    for (const g of response.groups) {
      if (isCoordinatorError(g.errorCode)) retry.push(g.groupId)
      else if (g.errorCode === GROUP_ID_NOT_FOUND) notFound.add(g.groupId)
      else if (g.errorCode !== 0) throw session.protocolError(name, g.errorCode, g.groupId, g.errorMessage)
      else out.set(g.groupId, toDescription(g, coordinator))
    }
    return retry
  })
}

export function describeShare(session: KafkaSession, ids: string[], out: Described, notFound: Set<string>) {
  return describeWith(session, 'ShareGroupDescribe', shareGroupDescribeV1, describedShare, ids, out, notFound)
}

export function describeStreams(session: KafkaSession, ids: string[], out: Described, notFound: Set<string>) {
  return describeWith(session, 'StreamsGroupDescribe', streamsGroupDescribeV0, describedStreams, ids, out, notFound)
}
