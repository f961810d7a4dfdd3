import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { runClusterJob } from '@/sync/runners/embedded'
import { peers } from '@tests/helpers/peers'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 8: a cluster whose broker rejects its credentials showed its lag check as
 * succeeded. Against the peer's SASL listener with a wrong password, the lag check must fail and
 * say that authentication failed, whether or not groups were synced before.
 */
let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.cleanup()
})

async function clusterWithWrongPassword(name: string): Promise<number> {
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: {
      name,
      bootstrapServers: peers.kafkaSaslBootstrap,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-256',
      saslUsername: peers.kafkaSasl.username,
      saslPassword: `${peers.kafkaSasl.password}-wrong`,
    },
    overrideAccess: true,
  })
  return cluster.id
}

async function lagCheck(clusterId: number) {
  const activities = createActivities({ payload })
  const result = await runClusterJob({ payload, activities, holder: 'rejected-test', job: 'lagCheck', clusterId, runner: 'manual', leaseMs: 60_000 })
  const stored = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
  return { result, health: stored.syncHealth?.lagCheck }
}

describe(`rejected Kafka credentials on ${testDatabase()}`, () => {
  it('fail the lag check of a cluster without synced groups, with a clear error', async () => {
    const { result, health } = await lagCheck(await clusterWithWrongPassword('wrong-password-new'))
    expect(result?.outcome).toBe('failed')
    expect(health?.lastOutcome).toBe('failed')
    expect(health?.lastError).toContain('Kafka authentication failed')
  })

  it('fail the lag check of a cluster whose groups were synced before', async () => {
    const clusterId = await clusterWithWrongPassword('wrong-password-known')
    await payload.create({
      collection: 'kafka-consumer-groups',
      data: { cluster: clusterId, groupId: 'known-billing', status: 'active' },
      overrideAccess: true,
    })
    const { result, health } = await lagCheck(clusterId)
    expect(result?.outcome).toBe('failed')
    expect(health?.lastError).toContain('Kafka authentication failed')
  })
})
