import type { Payload } from 'payload'

import { unpackRows, type RawLagSample } from '@/features/consumer-groups/lib'

/** A group's raw lag samples as the lag check stored them (unpacked from its hour rows), oldest first. */
export async function rawSamples(payload: Payload, groupId: number): Promise<RawLagSample[]> {
  const rows = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    where: { and: [{ consumerGroup: { equals: groupId } }, { resolution: { equals: 'raw' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return unpackRows(rows.docs)
}

/** The history rows of one tier (of one group, or all), oldest first. */
export async function historyRows(payload: Payload, resolution: 'raw' | 'hour' | 'day', groupId?: number) {
  const found = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    where: { and: [{ resolution: { equals: resolution } }, ...(groupId ? [{ consumerGroup: { equals: groupId } }] : [])] },
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
}
