import { createServer, type Server, type Socket } from 'node:net'

import { Admin } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKafkaAdminClient, KafkaAuthenticationError, KafkaTimeoutError, KafkaUnreachableError } from '@/integrations/kafka'
import { ensurePeers, peers } from '@tests/helpers/peers'
import { bootstrapBrokers, commitOffsets, plaintextConnection, run } from '@tests/helpers/kafka-fixture'
import type { ClusterConnection } from '@/integrations/cluster-connection'

const topic = `${run}-sasl`
const group = `${run}-sasl-group`
const saslConnection = (mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512', password = peers.kafkaSasl.password): ClusterConnection =>
  plaintextConnection({
    bootstrapServers: [peers.kafkaSaslBootstrap],
    securityProtocol: 'SASL_PLAINTEXT',
    sasl: { mechanism, username: peers.kafkaSasl.username, password },
  })

let admin: Admin
let silent: Server
const sockets: Socket[] = []

beforeAll(async () => {
  await ensurePeers(['kafka'])
  admin = new Admin({ clientId: `${run}-setup`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 })
  await commitOffsets(admin, group, [{ name: topic, offsets: [[0, 0]] }])
  // A "broker" that accepts connections and never answers.
  silent = createServer((socket) => sockets.push(socket))
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => silent?.close(resolve))
  await admin?.close()
})

describe('Kafka admin client connections', () => {
  it.each(['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const)('authenticates with SASL/%s and reads groups and offsets', async (mechanism) => {
    const client = createKafkaAdminClient(saslConnection(mechanism))
    try {
      expect((await client.listGroups()).find((g) => g.groupId === group)).toMatchObject({ groupType: 'classic', state: 'Empty' })
      expect((await client.fetchCommittedOffsets([group])).get(group)).toEqual([{ topic, partition: 0, offset: 0 }])
      expect(await client.fetchPartitionOffsets([topic])).toEqual([
        { topic, partition: 0, leader: expect.any(Number), logStartOffset: 0, logEndOffset: 0 },
        { topic, partition: 1, leader: expect.any(Number), logStartOffset: 0, logEndOffset: 0 },
      ])
      // Connections are kept: a second cycle opens none (no new ApiVersions/SASL requests).
      const before = client.requestCountsByApi()
      await client.listGroups()
      const after = client.requestCountsByApi()
      expect(after.SaslAuthenticate).toBe(before.SaslAuthenticate)
      expect(after.ApiVersions).toBe(before.ApiVersions)
    } finally {
      await client.close()
    }
  })

  it('fails with an authentication error that does not reveal the password', async () => {
    const password = 'wrong-password-7f3a'
    const client = createKafkaAdminClient(saslConnection('SCRAM-SHA-256', password))
    try {
      const error = await client.listGroups().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(KafkaAuthenticationError)
      const text = `${(error as Error).message} ${JSON.stringify(error)}`
      expect((error as Error).message).toContain(peers.kafkaSaslBootstrap)
      expect(text).not.toContain(password)
      expect(text).not.toContain(peers.kafkaSasl.password)
    } finally {
      await client.close()
    }
  })

  it('fails with an unreachable error when nothing listens', async () => {
    const client = createKafkaAdminClient(plaintextConnection({ bootstrapServers: ['127.0.0.1:1'] }), { connectTimeoutMs: 5_000 })
    try {
      await expect(client.listGroups()).rejects.toBeInstanceOf(KafkaUnreachableError)
    } finally {
      await client.close()
    }
  })

  it('fails with a timeout error when the broker never answers', async () => {
    const { port } = silent.address() as { port: number }
    const client = createKafkaAdminClient(plaintextConnection({ bootstrapServers: [`127.0.0.1:${port}`] }), {
      requestTimeoutMs: 1_000,
      operationTimeoutMs: 3_000,
    })
    try {
      await expect(client.listGroups()).rejects.toBeInstanceOf(KafkaTimeoutError)
    } finally {
      await client.close()
    }
  })
})
