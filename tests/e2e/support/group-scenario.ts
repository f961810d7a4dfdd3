import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka'

import { bootstrapBrokers, commitOffsets } from '@tests/helpers/kafka-fixture'

import { ensureScenario, syncNow, type E2EScenario } from './scenario'

/**
 * Consumer groups on the real broker for the e2e scenario, under each workspace's group prefix:
 *   <prefix>caught-up  committed at the log end of every `orders` partition (lag 0)
 *   <prefix>lagging    behind on every `orders` partition by LAG_BEHIND[p], and committed below the
 *                      log start of `events` (retention deleted its first records)
 *   <prefix>live       one running classic consumer assigned all `orders` partitions, which commits
 *                      one partition only (the others show "no commit")
 * then a consumer-group sync and two lag checks. Expected numbers come from the broker's own
 * offsets after producing (a producer retry may add records, so nothing assumes exact counts).
 */
export const ORDERS_PARTITIONS = 3
export const RECORDS_PER_PARTITION = (p: number) => 10 + 5 * p
export const LAG_BEHIND = [4, 7, 11] as const
export const EVENTS_RECORDS = 12
export const EVENTS_DELETED_BEFORE = 6
export const EVENTS_COMMITTED = 2

export type SideGroups = {
  prefix: string
  orders: string
  events: string
  caughtUp: string
  lagging: string
  live: string
  liveClientId: string
  /** Log-end offset of each orders partition, and of events partition 0. */
  ordersEnd: number[]
  eventsEnd: number
  eventsStart: number
  /** Expected lag per orders partition and in total (events included) for the lagging group. */
  laggingOrders: number[]
  laggingTotal: number
}

export type GroupScenario = E2EScenario & { groups: { a: SideGroups; b: SideGroups }; stop: () => Promise<void> }

type LiveConsumer = Consumer<string, string, string, string>

let memo: Promise<GroupScenario> | undefined

/** Once per test file (memoised); `stop()` ends the live consumers. */
export function ensureGroupScenario(): Promise<GroupScenario> {
  memo ??= build()
  return memo
}

async function build(): Promise<GroupScenario> {
  const scenario = await ensureScenario()
  const admin = new Admin({ clientId: `${scenario.runId}-e2e-admin`, bootstrapBrokers })
  const consumers: LiveConsumer[] = []
  try {
    const a = await side(admin, scenario.virtualClusters.a.groupPrefix, consumers)
    const b = await side(admin, scenario.virtualClusters.b.groupPrefix, consumers)
    await syncNow(scenario, 'consumerGroupSync')
    await syncNow(scenario, 'lagCheck')
    await syncNow(scenario, 'lagCheck')
    return {
      ...scenario,
      groups: { a, b },
      stop: async () => {
        await Promise.all(consumers.map((c) => c.close(true).catch(() => undefined)))
      },
    }
  } finally {
    await admin.close()
  }
}

async function side(admin: Admin, prefix: string, consumers: LiveConsumer[]): Promise<SideGroups> {
  const orders = `${prefix}orders`
  const events = `${prefix}events`
  await admin.createTopics({ topics: [orders], partitions: ORDERS_PARTITIONS, replicas: 1 })
  await admin.createTopics({ topics: [events], partitions: 1, replicas: 1 })
  const producer = new Producer({ clientId: `${prefix}producer`, bootstrapBrokers, serializers: stringSerializers })
  try {
    await producer.send({
      messages: [
        ...Array.from({ length: ORDERS_PARTITIONS }, (_, partition) =>
          Array.from({ length: RECORDS_PER_PARTITION(partition) }, (_, i) => ({ topic: orders, partition, key: `k${i}`, value: `order-${partition}-${i}` })),
        ).flat(),
        ...Array.from({ length: EVENTS_RECORDS }, (_, i) => ({ topic: events, partition: 0, key: `e${i}`, value: `event-${i}` })),
      ],
    })
  } finally {
    await producer.close()
  }
  await admin.deleteRecords({ topics: [{ name: events, partitions: [{ partition: 0, offset: BigInt(EVENTS_DELETED_BEFORE) }] }] })

  const ends = await logOffsets(admin, [orders, events], -1n)
  const starts = await logOffsets(admin, [events], -2n)
  const ordersEnd = Array.from({ length: ORDERS_PARTITIONS }, (_, p) => ends.get(`${orders}:${p}`)!)
  const eventsEnd = ends.get(`${events}:0`)!
  const eventsStart = starts.get(`${events}:0`)!

  const caughtUp = `${prefix}caught-up`
  const lagging = `${prefix}lagging`
  await commitOffsets(admin, caughtUp, [{ name: orders, offsets: ordersEnd.map((end, p): [number, number] => [p, end]) }])
  const laggingOrders = ordersEnd.map((end, p) => Math.min(end, LAG_BEHIND[p]!))
  await commitOffsets(admin, lagging, [
    { name: orders, offsets: ordersEnd.map((end, p): [number, number] => [p, end - laggingOrders[p]!]) },
    { name: events, offsets: [[0, EVENTS_COMMITTED]] },
  ])

  const live = `${prefix}live`
  const liveClientId = `${prefix}live-client`
  consumers.push(await startLiveConsumer(live, liveClientId, orders))

  return {
    prefix,
    orders,
    events,
    caughtUp,
    lagging,
    live,
    liveClientId,
    ordersEnd,
    eventsEnd,
    eventsStart,
    laggingOrders,
    laggingTotal: laggingOrders.reduce((s, l) => s + l, 0) + (eventsEnd - EVENTS_COMMITTED),
  }
}

/** `topic:partition` -> offset at `timestamp` (-1 latest, -2 earliest), as the broker reports it. */
async function logOffsets(admin: Admin, topics: string[], timestamp: bigint): Promise<Map<string, number>> {
  const metadata = await admin.metadata({ topics })
  const request = topics.map((name) => ({
    name,
    partitions: Array.from({ length: metadata.topics.get(name)!.partitionsCount }, (_, partitionIndex) => ({ partitionIndex, timestamp })),
  }))
  const listed = await admin.listOffsets({ topics: request })
  const out = new Map<string, number>()
  for (const t of listed) for (const p of t.partitions) out.set(`${t.name}:${p.partitionIndex}`, Number(p.offset))
  return out
}

/** A classic consumer that joins, reads one record, commits it (one partition) and stays in the group. */
async function startLiveConsumer(groupId: string, clientId: string, topic: string): Promise<LiveConsumer> {
  const consumer = new Consumer({
    clientId,
    groupId,
    bootstrapBrokers,
    deserializers: stringDeserializers,
    sessionTimeout: 30_000,
    heartbeatInterval: 1_000,
  })
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
  for await (const message of stream) {
    await message.commit()
    break
  }
  return consumer
}

/** Appends `count` records to one `orders` partition of a side; returns the partition's new log-end offset. */
export async function produceToOrders(side: SideGroups, partition: number, count: number): Promise<number> {
  const producer = new Producer({ clientId: `${side.prefix}producer-more`, bootstrapBrokers, serializers: stringSerializers })
  try {
    await producer.send({ messages: Array.from({ length: count }, (_, i) => ({ topic: side.orders, partition, key: `more${i}`, value: `more-${i}` })) })
  } finally {
    await producer.close()
  }
  const admin = new Admin({ clientId: `${side.prefix}admin-more`, bootstrapBrokers })
  try {
    return (await logOffsets(admin, [side.orders], -1n)).get(`${side.orders}:${partition}`)!
  } finally {
    await admin.close()
  }
}
