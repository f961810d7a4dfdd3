import { Admin, type Consumer } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKafkaAdminClient, type KafkaAdminClient } from '@/integrations/kafka'
import { ensurePeers, kafkaCli, parseGroupDescribe, peers } from '@tests/helpers/peers'
import {
  bootstrapBrokers,
  commitOffsets,
  createTopicsAndProduce,
  plaintextConnection,
  recordsA,
  run,
  startConsumer,
  topicA,
  topicB,
  waitFor,
} from '@tests/helpers/kafka-fixture'

const EMPTY_GROUPS = Array.from({ length: 50 }, (_, i) => `${run}-empty-${String(i).padStart(2, '0')}`)
const CLASSIC = `${run}-classic`
const KIP848 = `${run}-kip848`

let admin: Admin
let client: KafkaAdminClient
const consumers: Consumer<string, string, string, string>[] = []

beforeAll(async () => {
  await ensurePeers(['kafka'])
  admin = new Admin({ clientId: `${run}-setup`, bootstrapBrokers })
  await createTopicsAndProduce(admin)
  // Offset-only groups: partitions 0 and 1 of topic A committed (2 never), every fifth also topic B.
  for (const [i, groupId] of EMPTY_GROUPS.entries()) {
    await commitOffsets(admin, groupId, [
      {
        name: topicA,
        offsets: [
          [0, i % 10],
          [1, (i % 7) + 1],
        ],
      },
      ...(i % 5 === 0 ? [{ name: topicB, offsets: [[0, 3] as [number, number]] }] : []),
    ])
  }
  consumers.push(await startConsumer(CLASSIC, topicB, 'classic', 5))
  consumers.push(await startConsumer(KIP848, topicA, 'consumer', 4))
  client = createKafkaAdminClient(plaintextConnection())
})

afterAll(async () => {
  await client?.close()
  for (const consumer of consumers) await consumer.close(true).catch(() => {})
  await admin?.close()
})

const ours = <T extends { groupId: string }>(groups: T[]) => groups.filter((g) => g.groupId.startsWith(`${run}-`))

/** Kafka's own view: ConsumerGroupCommand --describe. */
async function cliLag(groupId: string) {
  return parseGroupDescribe(await kafkaCli('ConsumerGroupCommand', ['--bootstrap-server', peers.kafkaBootstrap, '--describe', '--group', groupId]))
}

describe('Kafka admin client against the real broker', () => {
  it('lists every group with its type: offset-only and live classic groups, and KIP-848 consumer groups', async () => {
    const groups = await waitFor('both live groups Stable', async () => {
      const listed = ours(await client.listGroups())
      const state = (id: string) => listed.find((g) => g.groupId === id)?.state
      return state(CLASSIC) === 'Stable' && state(KIP848) === 'Stable' ? listed : undefined
    })
    expect(groups).toHaveLength(52)
    expect(groups.find((g) => g.groupId === CLASSIC)).toEqual({ groupId: CLASSIC, groupType: 'classic', protocolType: 'consumer', state: 'Stable' })
    expect(groups.find((g) => g.groupId === KIP848)).toEqual({ groupId: KIP848, groupType: 'consumer', protocolType: 'consumer', state: 'Stable' })
    for (const id of EMPTY_GROUPS) expect(groups.find((g) => g.groupId === id)).toMatchObject({ groupType: 'classic', state: 'Empty' })
  })

  it('describes classic and KIP-848 groups with members and assignments, batched per coordinator', async () => {
    const listed = ours(await client.listGroups())
    const before = client.requestCountsByApi()
    const described = await client.describeGroups(listed)
    const after = client.requestCountsByApi()
    expect(described).toHaveLength(52)

    const classic = described.find((g) => g.groupId === CLASSIC)!
    expect(classic).toMatchObject({ groupType: 'classic', state: 'Stable', protocolType: 'consumer', described: true })
    expect(classic.assignmentStrategy).toEqual(expect.any(String))
    expect(classic.coordinator).toEqual({ nodeId: expect.any(Number), host: '127.0.0.1', port: Number(peers.kafkaBootstrap.split(':')[1]) })
    expect(classic.members).toEqual([
      { memberId: expect.any(String), clientId: `${run}-classic`, host: expect.any(String), assignments: [{ topic: topicB, partitions: [0, 1] }] },
    ])

    const kip848 = described.find((g) => g.groupId === KIP848)!
    expect(kip848).toMatchObject({ groupType: 'consumer', state: 'Stable', protocolType: 'consumer', assignmentStrategy: expect.any(String) })
    expect(kip848.members).toEqual([
      { memberId: expect.any(String), clientId: `${run}-consumer`, host: expect.any(String), assignments: [{ topic: topicA, partitions: [0, 1, 2] }] },
    ])

    for (const id of EMPTY_GROUPS) expect(described.find((g) => g.groupId === id)).toMatchObject({ state: 'Empty', members: [] })
    // One DescribeGroups for 51 classic groups and one ConsumerGroupDescribe for the KIP-848 one.
    const delta = (api: string) => (after[api] ?? 0) - (before[api] ?? 0)
    expect(delta('DescribeGroups')).toBe(1)
    expect(delta('ConsumerGroupDescribe')).toBe(1)
    expect(delta('FindCoordinator')).toBeLessThanOrEqual(1)

    // A bare id is found out: the KIP-848 group is described with its own API, not as "Dead".
    const [bare] = await client.describeGroups([KIP848])
    expect(bare).toMatchObject({ groupType: 'consumer', state: 'Stable', members: [expect.anything()] })
  })

  it('gives per-partition lag equal to ConsumerGroupCommand, and leaves never-committed partitions out', async () => {
    const sample = [EMPTY_GROUPS[0]!, EMPTY_GROUPS[13]!, EMPTY_GROUPS[35]!, CLASSIC, KIP848]
    const committed = await client.fetchCommittedOffsets(sample)
    const ends = await client.fetchPartitionOffsets([topicA, topicB])
    expect(ends).toEqual([
      ...[0, 1, 2].map((p) => ({ topic: topicA, partition: p, leader: expect.any(Number), logStartOffset: 0, logEndOffset: recordsA(p) })),
      ...[0, 1].map((p) => ({ topic: topicB, partition: p, leader: expect.any(Number), logStartOffset: 0, logEndOffset: 8 })),
    ])
    const endOf = (topic: string, partition: number) => ends.find((e) => e.topic === topic && e.partition === partition)!.logEndOffset

    expect(committed.get(EMPTY_GROUPS[13]!)).toEqual([
      { topic: topicA, partition: 0, offset: 3 },
      { topic: topicA, partition: 1, offset: 7 },
    ])
    for (const groupId of sample) {
      const offsets = committed.get(groupId)!
      expect(offsets.length).toBeGreaterThan(0)
      expect(offsets.find((o) => o.topic === topicA && o.partition === 2 && groupId.includes('-empty-'))).toBeUndefined()
      const cli = await cliLag(groupId)
      for (const row of cli) {
        const mine = offsets.find((o) => o.topic === row.topic && o.partition === row.partition)
        if (row.currentOffset === null) {
          expect(mine, `${groupId} ${row.topic}-${row.partition} never committed`).toBeUndefined()
          continue
        }
        expect(mine?.offset).toBe(row.currentOffset)
        expect(endOf(row.topic, row.partition)).toBe(row.logEndOffset)
        expect(Math.max(0, endOf(row.topic, row.partition) - mine!.offset)).toBe(row.lag)
      }
      // Every committed partition appears in Kafka's own view too.
      for (const o of offsets) expect(cli.some((r) => r.topic === o.topic && r.partition === o.partition)).toBe(true)
    }
  })

  it('reports the log-start offset after records are deleted', async () => {
    await admin.deleteRecords({ topics: [{ name: topicB, partitions: [{ partition: 1, offset: 5n }] }] })
    const ends = await client.fetchPartitionOffsets([topicB])
    expect(ends.find((e) => e.partition === 1)).toMatchObject({ logStartOffset: 5, logEndOffset: 8 })
  })

  it('reads the offsets of topics created a moment ago (leadership not settled yet is retried, not a failure)', async () => {
    const fresh = Array.from({ length: 4 }, (_, i) => `${run}-fresh-${i}`)
    await admin.createTopics({ topics: fresh, partitions: 6, replicas: 1 })
    const ends = await client.fetchPartitionOffsets(fresh)
    // Partitions whose leader is not elected yet are left out; none fails the call, none has records.
    expect(ends.every((e) => fresh.includes(e.topic) && e.logStartOffset === 0 && e.logEndOffset === 0)).toBe(true)
    await waitFor('every new partition to have a leader', async () => ((await client.fetchPartitionOffsets(fresh)).length === 24 ? true : undefined))
  })

  it('lists share groups as such and describes them with ShareGroupDescribe (an empty one: described, no members)', async () => {
    const share = `${run}-share`
    // Kafka's console share consumer joins (creating the share group), then times out: that is expected.
    await kafkaCli('org.apache.kafka.tools.consumer.ConsoleShareConsumer', [
      '--bootstrap-server',
      peers.kafkaBootstrap,
      '--topic',
      topicA,
      '--group',
      share,
      '--timeout-ms',
      '3000',
      '--max-messages',
      '1',
    ]).catch(() => undefined)
    const listed = await waitFor('the share group listed', async () => (await client.listGroups()).find((g) => g.groupId === share))
    expect(listed).toMatchObject({ groupId: share, groupType: 'share' })
    const [described] = await client.describeGroups([listed])
    // The console consumer left when it timed out: the broker describes the group as Empty, not "not asked".
    expect(described).toMatchObject({ groupId: share, groupType: 'share', state: 'Empty', protocolType: 'share', members: [], described: true })
    expect(described?.coordinator.nodeId).toEqual(expect.any(Number))
  })

  it('describes a group that does not exist as Dead', async () => {
    const [missing] = await client.describeGroups([`${run}-never-existed`])
    expect(missing).toMatchObject({ groupId: `${run}-never-existed`, state: 'Dead', members: [] })
    expect((await client.fetchCommittedOffsets([`${run}-never-existed`])).get(`${run}-never-existed`)).toEqual([])
  })

  it('sends one request per batch: as many round trips for 50 groups as for 5', async () => {
    const oneCycle = async (client: KafkaAdminClient, groupIds: string[]) => {
      const listed = (await client.listGroups()).filter((g) => groupIds.includes(g.groupId))
      await client.describeGroups(listed)
      await client.fetchCommittedOffsets(groupIds)
      await client.fetchPartitionOffsets([topicA, topicB])
    }
    const difference = (after: Record<string, number>, before: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(after)
          .map(([api, n]) => [api, n - (before[api] ?? 0)])
          .filter(([, n]) => n !== 0),
      )
    /** Requests of a fresh client's first cycle, and of a second cycle on the same client. */
    const cycle = async (groupIds: string[], groupBatchSize?: number) => {
      const fresh = createKafkaAdminClient(plaintextConnection(), { groupBatchSize })
      try {
        await oneCycle(fresh, groupIds)
        const first = fresh.requestCountsByApi()
        await oneCycle(fresh, groupIds)
        return { byApi: first, second: difference(fresh.requestCountsByApi(), first) }
      } finally {
        await fresh.close()
      }
    }
    const five = await cycle(EMPTY_GROUPS.slice(0, 5))
    const fifty = await cycle(EMPTY_GROUPS)
    console.info(`[kafka admin] requests per cycle: 5 groups ${JSON.stringify(five)}; 50 groups ${JSON.stringify(fifty)}`)
    expect(fifty.byApi).toEqual(five.byApi)
    expect(fifty.byApi).toMatchObject({ FindCoordinator: 1, DescribeGroups: 1, OffsetFetch: 1, ListOffsets: 2, ListGroups: 1 })
    // A reused client keeps its connections, API versions and coordinators: no ApiVersions or FindCoordinator.
    expect(fifty.second).toEqual(five.second)
    expect(fifty.second).toEqual({ Metadata: 2, ListGroups: 1, DescribeGroups: 1, OffsetFetch: 1, ListOffsets: 2 })

    // Smaller batches: ceil(50 / 20) = 3 requests of each batched API.
    const batched = await cycle(EMPTY_GROUPS, 20)
    expect(batched.byApi).toMatchObject({ FindCoordinator: 3, DescribeGroups: 3, OffsetFetch: 3 })
  })
})
