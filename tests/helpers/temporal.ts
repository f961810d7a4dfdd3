import { randomBytes } from 'node:crypto'

import type { Client } from '@temporalio/client'

import { peers } from '@tests/helpers/peers'

/** The Temporal peer, in the namespace the tests use. */
export const temporalTestSettings = { address: peers.temporalAddress, namespace: peers.temporalNamespace || 'default' }

/** A task queue (and id prefix) of one test file's own: other files, and the other database's run, share the server. */
export const testTaskQueue = () => `orbit-test-${randomBytes(4).toString('hex')}`

/** One activity call read back from a workflow's history: its type, decoded input and result. */
export type ActivityCall = { name: string; input: unknown; result: unknown }

type HistoryEvent = {
  eventId?: { toString(): string } | null
  activityTaskScheduledEventAttributes?: { activityType?: { name?: string | null } | null; input?: Payloads | null } | null
  activityTaskCompletedEventAttributes?: { scheduledEventId?: { toString(): string } | null; result?: Payloads | null } | null
}
type Payloads = { payloads?: { data?: Uint8Array | null }[] | null }

const decode = (payloads: Payloads | null | undefined) => {
  const data = payloads?.payloads?.[0]?.data
  return data?.length ? (JSON.parse(Buffer.from(data).toString('utf8')) as unknown) : undefined
}

/** Size in bytes (data and metadata) of every payload the workflow's history holds: inputs, results, failures. */
export async function historyPayloadSizes(client: Client, workflowId: string): Promise<number[]> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory()
  const sizes: number[] = []
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return
    if ('data' in value && value.data instanceof Uint8Array && 'metadata' in value) {
      const metadata = Object.entries((value.metadata ?? {}) as Record<string, Uint8Array>)
      sizes.push(value.data.length + metadata.reduce((n, [key, bytes]) => n + key.length + bytes.length, 0))
      return
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child)
  }
  walk(history)
  return sizes
}

/** The workflow's completed activity calls, in the order they were scheduled. */
export async function activityCalls(client: Client, workflowId: string): Promise<ActivityCall[]> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory()
  const events = (history.events ?? []) as HistoryEvent[]
  const results = new Map<string, unknown>()
  for (const event of events) {
    const completed = event.activityTaskCompletedEventAttributes
    if (completed?.scheduledEventId) results.set(completed.scheduledEventId.toString(), decode(completed.result))
  }
  return events.flatMap((event) => {
    const scheduled = event.activityTaskScheduledEventAttributes
    if (!scheduled || !event.eventId) return []
    return [{ name: scheduled.activityType?.name ?? '', input: decode(scheduled.input), result: results.get(event.eventId.toString()) }]
  })
}
