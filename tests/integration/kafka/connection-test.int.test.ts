import { beforeAll, describe, expect, it } from 'vitest'

import { testClusterConnection } from '@/integrations/connection-test'
import { ensurePeers, peers } from '@tests/helpers/peers'
import { plaintextConnection } from '@tests/helpers/kafka-fixture'

const states = (report: Awaited<ReturnType<typeof testClusterConnection>>) => Object.fromEntries(report.checks.map((c) => [c.step, c.state]))

beforeAll(async () => {
  await ensurePeers(['kafka', 'registry'])
})

describe('test connection against the real peers', () => {
  it('reports the bootstrap servers and the registry reachable, SASL not configured', async () => {
    const report = await testClusterConnection(plaintextConnection({ schemaRegistry: { url: peers.schemaRegistryUrl } }))
    expect(states(report)).toEqual({ bootstrap: 'ok', sasl: 'not-configured', registry: 'ok' })
    expect(report.ok).toBe(true)
  })

  it('signs in with SASL/SCRAM, and reports a wrong password as a SASL failure without echoing it', async () => {
    const sasl = (password: string) =>
      plaintextConnection({
        bootstrapServers: [peers.kafkaSaslBootstrap],
        securityProtocol: 'SASL_PLAINTEXT',
        sasl: { mechanism: 'SCRAM-SHA-256', username: peers.kafkaSasl.username, password },
      })
    expect(states(await testClusterConnection(sasl(peers.kafkaSasl.password)))).toEqual({ bootstrap: 'ok', sasl: 'ok', registry: 'not-configured' })
    const wrong = 'not-the-password-4711'
    const report = await testClusterConnection(sasl(wrong))
    expect(states(report)).toEqual({ bootstrap: 'ok', sasl: 'failed', registry: 'not-configured' })
    expect(report.ok).toBe(false)
    expect(JSON.stringify(report)).not.toContain(wrong)
  })

  it('reports unreachable servers and registry, with the registry credentials scrubbed', async () => {
    const secret = 'registry-secret-0815'
    const report = await testClusterConnection(
      plaintextConnection({
        bootstrapServers: ['127.0.0.1:1'],
        schemaRegistry: { url: `http://orbit:${secret}@127.0.0.1:1/apis/ccompat/v7`, auth: { type: 'basic', username: 'orbit', password: secret } },
      }),
    )
    expect(states(report)).toEqual({ bootstrap: 'failed', sasl: 'not-configured', registry: 'failed' })
    expect(report.checks.find((c) => c.step === 'bootstrap')!.detail).toContain('127.0.0.1:1')
    expect(JSON.stringify(report)).not.toContain(secret)
  })
})
