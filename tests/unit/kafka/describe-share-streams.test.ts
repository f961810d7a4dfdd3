import { describe, expect, it } from 'vitest'

import { describedShare, describedStreams } from '@/integrations/kafka/describe-share-streams'
import type { StreamsGroupDescribeGroup } from '@/integrations/kafka/streams-group-describe'

const coordinator = { nodeId: 1, host: 'b1', port: 9092 }
const emptyAssignment = { activeTasks: [], standbyTasks: [], warmupTasks: [] }
const topicInfo = (name: string) => ({ name, partitions: 2, replicationFactor: 1 })

describe('describedShare', () => {
  it('keeps each member’s subscription and its shared partitions, sorted', () => {
    const description = describedShare(
      {
        errorCode: 0,
        errorMessage: null,
        groupId: 'jobs',
        groupState: 'Stable',
        groupEpoch: 1,
        assignmentEpoch: 1,
        assignorName: 'simple',
        authorizedOperations: 0,
        members: [
          {
            memberId: 'm',
            rackId: null,
            memberEpoch: 1,
            clientId: 'c',
            clientHost: '/h',
            subscribedTopicNames: ['orders', 'audit'],
            assignment: [{ topicId: 'id', topicName: 'orders', partitions: [2, 0] }],
          },
        ],
      },
      coordinator,
    )
    expect(description).toEqual({
      groupId: 'jobs',
      groupType: 'share',
      state: 'Stable',
      protocolType: 'share',
      assignmentStrategy: 'simple',
      coordinator,
      members: [{ memberId: 'm', clientId: 'c', host: '/h', assignments: [{ topic: 'orders', partitions: [0, 2] }], subscribedTopics: ['audit', 'orders'] }],
      described: true,
    })
  })
})

describe('describedStreams', () => {
  const group = (members: StreamsGroupDescribeGroup['members']): StreamsGroupDescribeGroup => ({
    errorCode: 0,
    errorMessage: null,
    groupId: 'counts',
    groupState: 'Stable',
    groupEpoch: 2,
    assignmentEpoch: 2,
    authorizedOperations: 0,
    topology: {
      epoch: 0,
      subtopologies: [
        { subtopologyId: '0', sourceTopics: ['in-b', 'in-a'], repartitionSinkTopics: ['rep'], stateChangelogTopics: [], repartitionSourceTopics: [] },
        {
          subtopologyId: '1',
          sourceTopics: [],
          repartitionSinkTopics: [],
          stateChangelogTopics: [topicInfo('log')],
          repartitionSourceTopics: [topicInfo('rep')],
        },
      ],
    },
    members,
  })
  const member = (assignment: StreamsGroupDescribeGroup['members'][number]['assignment']) => ({
    memberId: 'm',
    memberEpoch: 2,
    instanceId: null,
    rackId: null,
    clientId: 'counts-1',
    clientHost: '/h',
    topologyEpoch: 0,
    processId: 'p-1',
    userEndpoint: null,
    clientTags: [],
    assignment,
    targetAssignment: emptyAssignment,
    isClassic: false,
  })

  it('names each task’s source topics (repartition topics included) and reads the active tasks as the member’s partitions', () => {
    const [m] = describedStreams(
      group([
        member({
          activeTasks: [
            { subtopologyId: '1', partitions: [1] },
            { subtopologyId: '0', partitions: [1, 0] },
          ],
          standbyTasks: [{ subtopologyId: '1', partitions: [0] }],
          warmupTasks: [],
        }),
      ]),
      coordinator,
    ).members
    expect(m).toEqual({
      memberId: 'm',
      clientId: 'counts-1',
      host: '/h',
      // Task p of a subtopology reads partition p of each of its source topics; standby tasks read nothing.
      assignments: [
        { topic: 'in-a', partitions: [0, 1] },
        { topic: 'in-b', partitions: [0, 1] },
        { topic: 'rep', partitions: [1] },
      ],
      streams: {
        processId: 'p-1',
        instanceId: null,
        activeTasks: [
          { subtopologyId: '0', sourceTopics: ['in-a', 'in-b'], partitions: [0, 1] },
          { subtopologyId: '1', sourceTopics: ['rep'], partitions: [1] },
        ],
        standbyTasks: [{ subtopologyId: '1', sourceTopics: ['rep'], partitions: [0] }],
        warmupTasks: [],
      },
    })
  })

  it('keeps tasks of a topology not initialised yet, without source topics', () => {
    const description = describedStreams(
      { ...group([member({ ...emptyAssignment, activeTasks: [{ subtopologyId: '0', partitions: [0] }] })]), topology: null },
      coordinator,
    )
    expect(description.members[0]).toMatchObject({ assignments: [], streams: { activeTasks: [{ subtopologyId: '0', sourceTopics: [], partitions: [0] }] } })
    expect(description).toMatchObject({ groupType: 'streams', protocolType: 'streams', described: true })
  })
})
