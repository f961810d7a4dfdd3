import { randomBytes } from 'node:crypto'

import { Admin, SASLMechanisms } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensurePeers, peers } from '@tests/helpers/peers'

// A second, separate cluster for multi-cluster tests; not in the default peer set, so started here.
const run = `peers2-${randomBytes(3).toString('hex')}`
let first: Admin
let second: Admin

beforeAll(async () => {
  await ensurePeers(['kafka', 'kafka2'])
  first = new Admin({ clientId: `${run}-1`, bootstrapBrokers: [peers.kafkaBootstrap] })
  second = new Admin({ clientId: `${run}-2`, bootstrapBrokers: [peers.kafka2Bootstrap] })
})

afterAll(async () => {
  await first?.close()
  await second?.close()
})

describe('second Kafka cluster (kafka2)', () => {
  it('is a different cluster whose topics the first one does not see', async () => {
    const [a, b] = await Promise.all([first.metadata({ topics: [] }), second.metadata({ topics: [] })])
    expect(b.id).not.toBe(a.id)
    expect([...b.brokers.values()].map((broker) => broker.port)).toEqual([Number(peers.kafka2Bootstrap.split(':')[1])])

    const topic = `${run}-only-on-kafka2`
    await second.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
    expect(await second.listTopics()).toContain(topic)
    expect(await first.listTopics()).not.toContain(topic)
  })

  it('has its own SASL/SCRAM listener', async () => {
    const client = new Admin({
      clientId: `${run}-sasl`,
      bootstrapBrokers: [peers.kafka2SaslBootstrap],
      sasl: { mechanism: SASLMechanisms.SCRAM_SHA_512, ...peers.kafkaSasl },
    })
    try {
      expect((await client.metadata({ topics: [] })).brokers.size).toBe(1)
    } finally {
      await client.close()
    }
  })
})
