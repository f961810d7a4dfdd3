import {
  consumerGroupDescribeV0,
  decodeConsumerProtocolAssignment,
  describeGroupsV3,
  describeGroupsV4,
  describeGroupsV5,
  listGroupsV4,
  listGroupsV5,
} from '@platformatic/kafka'

import { describeShare, describeStreams } from '@/integrations/kafka/describe-share-streams'
import { isCoordinatorError, type KafkaSession } from '@/integrations/kafka/session'
import {
  type Coordinator,
  type GroupDescription,
  type GroupListing,
  type GroupMember,
  type GroupRef,
  type GroupType,
  GROUP_TYPES,
} from '@/integrations/kafka/types'

const GROUP_ID_NOT_FOUND = 69

type DescribeGroupsResponseGroup = describeGroupsV5.DescribeGroupsResponseGroup
type ConsumerGroupDescribeResponseGroup = consumerGroupDescribeV0.ConsumerGroupDescribeResponseGroup

function toGroupType(value: string | undefined): GroupType {
  const lower = (value ?? '').toLowerCase()
  return (GROUP_TYPES as readonly string[]).includes(lower) ? (lower as GroupType) : 'classic'
}

/**
 * Every group of every type and state. Each broker lists only the groups it coordinates, so this
 * sends one Metadata request plus one ListGroups per broker. ListGroups v5 filters by type; Kafka
 * 4.4 answers every type to an empty filter (measured), but @platformatic/kafka's Admin.listGroups
 * defaults the filter to classic only, so we name all four types explicitly.
 */
export async function listGroups(session: KafkaSession): Promise<GroupListing[]> {
  const api = await session.pickApi('ListGroups', [listGroupsV5.api, listGroupsV4.api])
  const { brokers } = await session.metadata([])
  const groups = new Map<string, GroupListing>()
  await Promise.all(
    [...brokers.values()].map(async (broker) => {
      const connection = await session.connectionTo(broker)
      const response =
        api.version >= 5 ? await session.call(listGroupsV5.api, connection, [], [...GROUP_TYPES]) : await session.call(listGroupsV4.api, connection, [], []) // v4 has no type filter: all groups are classic
      if (response.errorCode !== 0) throw session.protocolError('ListGroups', response.errorCode, `${broker.host}:${broker.port}`)
      for (const g of response.groups) {
        groups.set(g.groupId, {
          groupId: g.groupId,
          groupType: toGroupType((g as { groupType?: string }).groupType),
          protocolType: g.protocolType,
          state: g.groupState,
        })
      }
    }),
  )
  return [...groups.values()].sort((a, b) => a.groupId.localeCompare(b.groupId))
}

function classicMembers(group: DescribeGroupsResponseGroup): GroupMember[] {
  return group.members.map((m) => {
    let assignments: GroupMember['assignments'] = []
    // Only the "consumer" embedded protocol has a known assignment format (Connect's differs).
    if (group.protocolType === 'consumer' && m.memberAssignment.length > 0) {
      try {
        assignments = decodeConsumerProtocolAssignment(m.memberAssignment).assignedPartitions.map((a) => ({
          topic: a.topic,
          partitions: [...a.partitions].sort((x, y) => x - y),
        }))
      } catch {
        assignments = [] // an assignment we cannot parse is shown as none rather than failing the group
      }
    }
    return { memberId: m.memberId, clientId: m.clientId, host: m.clientHost, assignments }
  })
}

function consumerMembers(group: ConsumerGroupDescribeResponseGroup): GroupMember[] {
  return group.members.map((m) => ({
    memberId: m.memberId,
    clientId: m.clientId,
    host: m.clientHost,
    assignments: m.assignment.topicPartitions.map((t) => ({ topic: t.topicName, partitions: [...t.partitions].sort((x, y) => x - y) })),
  }))
}

type Described = Map<string, GroupDescription>

async function describeClassic(session: KafkaSession, ids: string[], out: Described, notFound: Set<string>) {
  const api = await session.pickApi('DescribeGroups', [describeGroupsV5.api, describeGroupsV4.api, describeGroupsV3.api])
  await session.byCoordinator(ids, async (coordinator, connection, batch) => {
    const response = await session.call(api, connection, batch, false)
    const retry: string[] = []
    for (const g of response.groups) {
      if (isCoordinatorError(g.errorCode)) retry.push(g.groupId)
      else if (g.errorCode === GROUP_ID_NOT_FOUND || (g.errorCode === 0 && g.groupState === 'Dead')) notFound.add(g.groupId)
      else if (g.errorCode !== 0) throw session.protocolError('DescribeGroups', g.errorCode, g.groupId)
      else out.set(g.groupId, describedClassic(g, coordinator))
    }
    return retry
  })
}

function describedClassic(g: DescribeGroupsResponseGroup, coordinator: Coordinator): GroupDescription {
  return {
    groupId: g.groupId,
    groupType: 'classic',
    state: g.groupState,
    protocolType: g.protocolType,
    assignmentStrategy: g.protocolData || null,
    coordinator,
    members: classicMembers(g),
    described: true,
  }
}

async function describeConsumer(session: KafkaSession, ids: string[], out: Described, notFound: Set<string>) {
  await session.pickApi('ConsumerGroupDescribe', [consumerGroupDescribeV0.api])
  await session.byCoordinator(ids, async (coordinator, connection, batch) => {
    const response = await session.call(consumerGroupDescribeV0.api, connection, batch, false)
    const retry: string[] = []
    for (const g of response.groups) {
      if (isCoordinatorError(g.errorCode)) retry.push(g.groupId)
      else if (g.errorCode === GROUP_ID_NOT_FOUND) notFound.add(g.groupId)
      else if (g.errorCode !== 0) throw session.protocolError('ConsumerGroupDescribe', g.errorCode, g.groupId, g.errorMessage)
      else {
        out.set(g.groupId, {
          groupId: g.groupId,
          groupType: 'consumer',
          state: g.groupState,
          protocolType: 'consumer',
          assignmentStrategy: g.assignorName || null,
          coordinator,
          members: consumerMembers(g),
          described: true,
        })
      }
    }
    return retry
  })
}

/**
 * Describes groups with the API their type needs, batched per coordinator (`groupBatchSize` ids a
 * request): DescribeGroups for classic groups, ConsumerGroupDescribe for KIP-848 consumer groups
 * (the classic API reports those as Dead), ShareGroupDescribe for share groups (KIP-932) and
 * StreamsGroupDescribe for streams groups (KIP-1071), the last two implemented here on the
 * library's protocol layer (describe-share-streams.ts). A bare id is tried as classic first, then
 * as a consumer group. A share or streams group whose broker lacks its describe API comes back
 * with its listing's state and no members (`described: false`: not asked, not empty).
 * A group that does not exist comes back as state "Dead" with no members.
 */
export async function describeGroups(session: KafkaSession, refs: GroupRef[]): Promise<GroupDescription[]> {
  const wanted = refs.map((r) => (typeof r === 'string' ? { groupId: r } : r))
  const typeOf = (r: (typeof wanted)[number]) => (r.groupType ? toGroupType(r.groupType) : undefined)
  const out: Described = new Map()
  const notFound = new Set<string>()

  const classic = wanted.filter((r) => typeOf(r) === 'classic' || typeOf(r) === undefined).map((r) => r.groupId)
  const consumer = wanted.filter((r) => typeOf(r) === 'consumer').map((r) => r.groupId)
  const untyped = new Set(wanted.filter((r) => typeOf(r) === undefined).map((r) => r.groupId))
  const share = wanted.filter((r) => typeOf(r) === 'share').map((r) => r.groupId)
  const streams = wanted.filter((r) => typeOf(r) === 'streams').map((r) => r.groupId)

  // One FindCoordinator round for all of them, before the classic and KIP-848 halves run in parallel.
  if (wanted.length) await session.coordinators(wanted.map((r) => r.groupId))
  await Promise.all([
    classic.length ? describeClassic(session, classic, out, notFound) : undefined,
    consumer.length ? describeConsumer(session, consumer, out, notFound) : undefined,
    share.length ? describeShare(session, share, out, notFound) : undefined,
    streams.length ? describeStreams(session, streams, out, notFound) : undefined,
  ])
  const retryAsConsumer = [...notFound].filter((id) => untyped.has(id))
  if (retryAsConsumer.length) {
    for (const id of retryAsConsumer) notFound.delete(id)
    await describeConsumer(session, retryAsConsumer, out, notFound)
  }

  const notAsked = wanted.filter((r) => (typeOf(r) === 'share' || typeOf(r) === 'streams') && !out.has(r.groupId) && !notFound.has(r.groupId))
  const missing = [...notFound, ...notAsked.map((r) => r.groupId)]
  const coordinators = missing.length ? await session.coordinators(missing) : new Map<string, Coordinator>()
  for (const r of notAsked) {
    out.set(r.groupId, {
      groupId: r.groupId,
      groupType: typeOf(r)!,
      state: r.state ?? 'Unknown',
      protocolType: r.protocolType ?? '',
      assignmentStrategy: null,
      coordinator: coordinators.get(r.groupId)!,
      members: [],
      described: false,
    })
  }
  for (const id of notFound) {
    const ref = wanted.find((r) => r.groupId === id)
    out.set(id, {
      groupId: id,
      groupType: typeOf(ref!) ?? 'classic',
      state: 'Dead',
      protocolType: ref?.protocolType ?? '',
      assignmentStrategy: null,
      coordinator: coordinators.get(id)!,
      members: [],
      described: true,
    })
  }
  return wanted.map((r) => out.get(r.groupId)!).filter(Boolean)
}
