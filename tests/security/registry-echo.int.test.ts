import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { runClusterJob } from '@/sync/runners/embedded'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 8: a registry that echoes the request put base64 `user:password` into the
 * cluster's `lastError`. Two hostile registries echo every request header back, one inside a
 * Confluent error message (kept, it is the registry's own words, short and scrubbed), one as a
 * plain-text body (left out); what the sync stores must carry no credential and still say what
 * happened.
 */
const USER = 'orbit-sync'
const PASSWORD = 'echoed-Passw0rd!'
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
const BODY_MARKER = 'ECHOED-BODY'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const echoes: Record<string, Handler> = {
  json: (req, res) => {
    res.writeHead(401, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ error_code: 40101, message: `unauthorized, you sent ${JSON.stringify(req.headers)}` }))
  },
  text: (req, res) => {
    res.writeHead(400, { 'Content-Type': 'text/plain' })
    res.end(
      `${BODY_MARKER}\n${Object.entries(req.headers)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n')}`,
    )
  },
}

let ctx: TestPayload
let payload: Payload
const servers: Server[] = []

async function listen(handler: Handler): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
})
afterAll(async () => {
  for (const server of servers) server.close()
  await ctx?.cleanup()
})

describe(`registry answers echoing credentials on ${testDatabase()}`, () => {
  it.each(Object.keys(echoes))('a %s echo leaves no credential and no body in the stored errors', async (kind) => {
    const url = await listen(echoes[kind]!)
    const cluster = await payload.create({
      collection: 'kafka-clusters',
      data: {
        name: `echo-${kind}`,
        bootstrapServers: '127.0.0.1:9',
        securityProtocol: 'PLAINTEXT',
        schemaRegistryUrl: url,
        schemaRegistryUsername: USER,
        schemaRegistryPassword: PASSWORD,
      },
      overrideAccess: true,
    })
    const activities = createActivities({ payload })
    const result = await runClusterJob({
      payload,
      activities,
      holder: 'echo-test',
      job: 'schemaSync',
      clusterId: cluster.id,
      runner: 'manual',
      leaseMs: 60_000,
    })
    expect(result?.outcome).toBe('failed')

    const stored = await payload.findByID({ collection: 'kafka-clusters', id: cluster.id, overrideAccess: true })
    const runs = await payload.find({ collection: 'sync-runs', where: { cluster: { equals: cluster.id } }, overrideAccess: true })
    const errors = [stored.syncHealth?.schemaSync?.lastError ?? '', ...runs.docs.map((r) => r.error ?? '')]
    expect(errors).toHaveLength(2)
    for (const error of errors) {
      expect(error).toContain(kind === 'json' ? `Schema Registry refused GET ${url}/subjects` : `Schema Registry rejected GET ${url}/subjects`)
      if (kind === 'json') expect(error).toContain('error 40101: unauthorized, you sent')
      for (const secret of [PASSWORD, BASIC, BODY_MARKER]) expect(error).not.toContain(secret)
    }
  })
})
