/**
 * The demo's Kafka traffic on @platformatic/kafka: producers writing every topic at its rate and
 * consumers behaving as their group says (config.ts GROUPS).
 */
import {
  Admin,
  Consumer,
  GroupProtocols,
  MessagesStreamFallbackModes,
  MessagesStreamModes,
  Producer,
  stringDeserializers,
  stringSerializers,
} from '@platformatic/kafka'

import { type DemoGroup, GROUPS, TOPICS, topicName } from './config'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let sequence = 0
function record(topic: string) {
  sequence++
  const key = `k-${sequence % 997}`
  return { topic, key, value: JSON.stringify({ id: `${Date.now()}-${sequence}`, at: new Date().toISOString() }) }
}

/** A few records in every topic, so a group has something to commit before live traffic starts. */
export async function produceSeedRecords(bootstrap: string, perTopic = 30): Promise<void> {
  const producer = new Producer({ clientId: 'orbit-demo-seed', bootstrapBrokers: [bootstrap], serializers: stringSerializers })
  try {
    await producer.send({ messages: TOPICS.flatMap((t) => Array.from({ length: perTopic }, () => record(topicName(t)))) })
  } finally {
    await producer.close()
  }
}

function consumerFor(bootstrap: string, group: DemoGroup, clientId: string) {
  return new Consumer({
    clientId,
    groupId: group.groupId,
    bootstrapBrokers: [bootstrap],
    deserializers: stringDeserializers,
    ...(group.protocol === 'consumer' ? { groupProtocol: GroupProtocols.CONSUMER } : { sessionTimeout: 20_000, heartbeatInterval: 2_000 }),
  })
}

/**
 * The "stopped" groups: a real consumer reads part of its topic, commits, and leaves, once (a
 * group the broker already knows is left alone, so its lag keeps growing across demo runs).
 */
export async function commitStoppedGroups(bootstrap: string): Promise<number> {
  const admin = new Admin({ clientId: 'orbit-demo-setup', bootstrapBrokers: [bootstrap] })
  let known: Set<string>
  try {
    known = new Set((await admin.listGroups()).keys())
  } finally {
    await admin.close()
  }
  let committed = 0
  for (const group of GROUPS.filter((g) => g.behaviour === 'stopped' && !known.has(g.groupId))) {
    const consumer = consumerFor(bootstrap, group, 'orbit-demo-stopped')
    try {
      const stream = await consumer.consume({ topics: [group.topic], mode: MessagesStreamModes.EARLIEST, autocommit: false })
      let seen = 0
      for await (const message of stream) {
        if (++seen === 20) {
          await message.commit()
          break
        }
      }
      committed++
    } finally {
      await consumer.close(true)
    }
  }
  return committed
}

export type Running = { stop: () => Promise<void> }

/** Writes every topic at its `perSecond` rate, once a second. */
export function startProducers(bootstrap: string, log: (line: string) => void): Running {
  const producer = new Producer({ clientId: 'orbit-demo-producer', bootstrapBrokers: [bootstrap], serializers: stringSerializers })
  let sent = 0
  const timer = setInterval(() => {
    const messages = TOPICS.flatMap((t) => Array.from({ length: t.perSecond }, () => record(topicName(t))))
    producer.send({ messages }).then(
      () => (sent += messages.length),
      (error: unknown) => log(`producer: ${error instanceof Error ? error.message : String(error)}`),
    )
  }, 1_000)
  const report = setInterval(() => log(`producer: ${sent} records sent`), 60_000)
  return {
    async stop() {
      clearInterval(timer)
      clearInterval(report)
      await producer.close(true)
    },
  }
}

/**
 * A live member of a healthy group (commits each record as it arrives) or of a group falling
 * behind (handles `perSecond` records a second, fewer than its topic receives).
 */
export async function startConsumer(bootstrap: string, group: DemoGroup, log: (line: string) => void): Promise<Running> {
  const consumer = consumerFor(bootstrap, group, `orbit-demo-${group.behaviour}`)
  const stream = await consumer.consume({
    topics: [group.topic],
    mode: MessagesStreamModes.COMMITTED,
    fallbackMode: MessagesStreamFallbackModes.EARLIEST,
    autocommit: false,
    maxWaitTime: 1_000,
  })
  let stopped = false
  const delay = group.behaviour === 'behind' ? 1_000 / (group.perSecond ?? 1) : 0
  const loop = (async () => {
    for await (const message of stream) {
      if (stopped) break
      if (delay) await sleep(delay)
      await message.commit()
    }
  })().catch((error: unknown) => {
    if (!stopped) log(`consumer ${group.groupId}: ${error instanceof Error ? error.message : String(error)}`)
  })
  log(`consumer ${group.groupId} (${group.behaviour}, ${group.protocol}) joined`)
  return {
    async stop() {
      stopped = true
      await consumer.close(true).catch(() => undefined)
      await Promise.race([loop, sleep(2_000)])
    },
  }
}
