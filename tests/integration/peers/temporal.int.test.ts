import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'

import { Client, Connection } from '@temporalio/client'
import { NativeConnection, Worker } from '@temporalio/worker'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensurePeers, peers } from '@tests/helpers/peers'

import * as activities from './temporal-activities'
import { peersSmokeWorkflow } from './temporal-workflows'

const taskQueue = `peers-smoke-${randomBytes(3).toString('hex')}`
let connection: Connection
let client: Client

beforeAll(async () => {
  await ensurePeers(['temporal'])
  connection = await Connection.connect({ address: peers.temporalAddress })
  client = new Client({ connection, namespace: peers.temporalNamespace })
})

afterAll(async () => {
  await connection?.close()
})

describe('Temporal peer', () => {
  it('runs a workflow with an activity on a real worker', async () => {
    const worker = await Worker.create({
      connection: await NativeConnection.connect({ address: peers.temporalAddress }),
      namespace: peers.temporalNamespace,
      taskQueue,
      workflowsPath: fileURLToPath(new URL('./temporal-workflows.ts', import.meta.url)),
      activities,
    })
    const workflowId = `${taskQueue}-wf`
    const result = await worker.runUntil(client.workflow.execute(peersSmokeWorkflow, { taskQueue, workflowId, args: [{ name: 'orbit' }] }))
    expect(result).toBe('hello orbit!')
    const description = await client.workflow.getHandle(workflowId).describe()
    expect(description.status.name).toBe('COMPLETED')
    expect(description.taskQueue).toBe(taskQueue)
  })
})
