import { Reader } from '@platformatic/kafka'
import { describe, expect, it } from 'vitest'

import * as shareDescribe from '@/integrations/kafka/share-group-describe'
import * as shareOffsets from '@/integrations/kafka/share-group-offsets'
import * as streamsDescribe from '@/integrations/kafka/streams-group-describe'

/**
 * Bytes written by Kafka's own generated message classes (kafka-clients 4.4.0, the peer's version:
 * ShareGroupDescribeResponseData, StreamsGroupDescribeResponseData, DescribeShareGroupOffsets*Data,
 * each `write(accessor, cache, version)`), so the codecs are checked against Kafka, not against
 * our reading of the JSON. They cover what the broker rarely sends in the integration tests: a
 * rack id, a group error, a static member with an endpoint, changelog topics with configs, a null
 * topology, a partition without state.
 */
const SHARE_DESCRIBE_V1 = [
  '0000000003000000056a6f627307537461626c6500000003000000030773696d706c6502046d2d31077261636b2d610000000309776f72',
  '6b65722d310a2f31302e302e302e3103076f7264657273066175646974020123456789abcdef0fedcba987654321076f72646572730300',
  '00000200000000000000800000000000451547726f757020676f6e65206e6f7420666f756e6405676f6e65010000000000000000010180',
  '0000000000',
].join('')
const STREAMS_DESCRIBE_V0 = [
  '000000000300000007636f756e747307537461626c65000000050000000501000000000302300203696e020b636f756e74732d72657001',
  '0100023101010211636f756e74732d6368616e67656c6f67000000000001020f636c65616e75702e706f6c69637908636f6d7061637400',
  '00020b636f756e74732d7265700000000200010100000002046d2d3100000005097374617469632d310009636f756e74732d310a2f3130',
  '2e302e302e320000000004702d31010f636f756e74732d312e6c6f63616c1f900002057a6f6e6502610002023100000000000000000000',
  '002a0001030230030000000100000000000231020000000000020231020000000100010001010100000080000000000000000666726573',
  '68094e6f7452656164790000000000000000ff01800000000000',
].join('')
const SHARE_OFFSETS_V0 = [
  '0000000002056a6f627302076f72646572730123456789abcdef0fedcba987654321030000000000000000000000070000000000000000',
  '00000001ffffffffffffffff0000000000000000000000000000',
].join('')
const SHARE_OFFSETS_V1 = [
  '0000000002056a6f627302076f72646572730123456789abcdef0fedcba987654321030000000000000000000000070000000000000000',
  '0000000d0000000000000001ffffffffffffffff00000000ffffffffffffffff00000000000000000000',
].join('')

const read = (hex: string) => Reader.from(Buffer.from(hex, 'hex'))
const bytes = (writer: { buffer: Buffer }) => writer.buffer.toString('hex')
const TOPIC_ID = '01234567-89ab-cdef-0fed-cba987654321'

describe('ShareGroupDescribe v1', () => {
  it('writes the request as Kafka does', () => {
    expect(bytes(shareDescribe.createRequest(['jobs', 'gone'], false))).toBe('03056a6f627305676f6e650000')
  })

  it('reads the response Kafka writes', () => {
    const response = shareDescribe.parseResponse(0, 77, 1, read(SHARE_DESCRIBE_V1))
    expect(response).toEqual({
      throttleTimeMs: 0,
      groups: [
        {
          errorCode: 0,
          errorMessage: null,
          groupId: 'jobs',
          groupState: 'Stable',
          groupEpoch: 3,
          assignmentEpoch: 3,
          assignorName: 'simple',
          members: [
            {
              memberId: 'm-1',
              rackId: 'rack-a',
              memberEpoch: 3,
              clientId: 'worker-1',
              clientHost: '/10.0.0.1',
              subscribedTopicNames: ['orders', 'audit'],
              assignment: [{ topicId: TOPIC_ID, topicName: 'orders', partitions: [2, 0] }],
            },
          ],
          authorizedOperations: -2147483648,
        },
        {
          errorCode: 69,
          errorMessage: 'Group gone not found',
          groupId: 'gone',
          groupState: '',
          groupEpoch: 0,
          assignmentEpoch: 0,
          assignorName: '',
          members: [],
          authorizedOperations: -2147483648,
        },
      ],
    })
  })
})

describe('StreamsGroupDescribe v0', () => {
  it('writes the request as Kafka does', () => {
    expect(bytes(streamsDescribe.createRequest(['counts'], false))).toBe('0207636f756e74730000')
  })

  it('reads the response Kafka writes, nullable structs included', () => {
    const [counts, fresh] = streamsDescribe.parseResponse(0, 89, 0, read(STREAMS_DESCRIBE_V0)).groups
    expect(counts!.topology).toEqual({
      epoch: 0,
      subtopologies: [
        { subtopologyId: '0', sourceTopics: ['in'], repartitionSinkTopics: ['counts-rep'], stateChangelogTopics: [], repartitionSourceTopics: [] },
        {
          subtopologyId: '1',
          sourceTopics: [],
          repartitionSinkTopics: [],
          stateChangelogTopics: [{ name: 'counts-changelog', partitions: 0, replicationFactor: 1 }],
          repartitionSourceTopics: [{ name: 'counts-rep', partitions: 2, replicationFactor: 1 }],
        },
      ],
    })
    expect(counts!.members).toEqual([
      {
        memberId: 'm-1',
        memberEpoch: 5,
        instanceId: 'static-1',
        rackId: null,
        clientId: 'counts-1',
        clientHost: '/10.0.0.2',
        topologyEpoch: 0,
        processId: 'p-1',
        userEndpoint: { host: 'counts-1.local', port: 8080 },
        clientTags: [{ key: 'zone', value: 'a' }],
        assignment: {
          activeTasks: [
            { subtopologyId: '0', partitions: [1, 0] },
            { subtopologyId: '1', partitions: [0] },
          ],
          standbyTasks: [{ subtopologyId: '1', partitions: [1] }],
          warmupTasks: [],
        },
        targetAssignment: { activeTasks: [], standbyTasks: [], warmupTasks: [] },
        isClassic: false,
      },
    ])
    expect(counts!.authorizedOperations).toBe(-2147483648)
    expect(fresh).toMatchObject({ groupId: 'fresh', groupState: 'NotReady', topology: null, members: [] })
  })
})

describe('DescribeShareGroupOffsets', () => {
  it('writes the request as Kafka does (all topics: a null array)', () => {
    expect(bytes(shareOffsets.createRequest([{ groupId: 'jobs', topics: null }]))).toBe('02056a6f6273000000')
  })

  it('reads the start offset from v0 and the broker lag from v1', () => {
    const partitions = (hex: string, version: number) => shareOffsets.parser(version)(0, 90, version, read(hex)).groups[0]!.topics[0]!.partitions
    const base = { leaderEpoch: 0, errorCode: 0, errorMessage: null }
    expect(partitions(SHARE_OFFSETS_V0, 0)).toEqual([
      { partitionIndex: 0, startOffset: 7n, lag: null, ...base },
      { partitionIndex: 1, startOffset: -1n, lag: null, ...base },
    ])
    expect(partitions(SHARE_OFFSETS_V1, 1)).toEqual([
      { partitionIndex: 0, startOffset: 7n, lag: 13n, ...base },
      { partitionIndex: 1, startOffset: -1n, lag: -1n, ...base },
    ])
  })
})
