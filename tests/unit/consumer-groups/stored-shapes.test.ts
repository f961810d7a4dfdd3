import { describe, expect, it } from 'vitest'

import {
  groupMemberSchema,
  parseStored,
  parseStoredList,
  partitionDetailSchema,
  timeLagTableSchema,
  verdictStateSchema,
  type PartitionDetail,
} from '@/features/consumer-groups/lib'

const detail: PartitionDetail = {
  topic: 'orders-eu',
  partition: 0,
  committedOffset: 95,
  logStartOffset: 0,
  logEndOffset: 100,
  lag: 5,
  noCommit: false,
  belowLogStart: false,
  lagSeconds: 1.5,
  status: 'ok',
  owner: { memberId: 'm-1', clientId: 'c-1', host: '/10.0.0.1' },
  window: [95, 1_000, 5],
}

describe('stored shapes', () => {
  it('reads what the writers store, as stored', () => {
    expect(parseStoredList(partitionDetailSchema, JSON.parse(JSON.stringify([detail])))).toEqual({ items: [detail], skipped: 0 })
    const members = [{ memberId: 'm-1', clientId: 'c-1', host: '/h', assignments: [{ topic: 't', partitions: [0, 2] }] }]
    expect(parseStoredList(groupMemberSchema, members)).toEqual({ items: members, skipped: 0 })
    expect(parseStored(timeLagTableSchema, { limit: 60, points: [{ offset: 1, time: 2 }] })).toEqual({ limit: 60, points: [{ offset: 1, time: 2 }] })
  })

  it('skips and counts what does not parse, element by element, and never throws', () => {
    expect(parseStoredList(partitionDetailSchema, [detail, { ...detail, status: 'sideways' }, { topic: 't' }, null, 'x'])).toEqual({
      items: [detail],
      skipped: 4,
    })
    expect(parseStoredList(groupMemberSchema, { memberId: 'not a list' })).toEqual({ items: [], skipped: 1 })
    expect(parseStoredList(groupMemberSchema, null)).toEqual({ items: [], skipped: 0 })
    expect(parseStored(timeLagTableSchema, { limit: 60, points: 'x' })).toBeNull()
  })
})

describe('verdict fields', () => {
  it('reads partitions stored before verdicts (no rule, no reason) and keeps the rule when present', () => {
    expect(parseStored(partitionDetailSchema, detail)).toEqual(detail)
    expect(parseStored(partitionDetailSchema, { ...detail, rule: 'warming_up', reason: 'warming up' })).toMatchObject({ rule: 'warming_up' })
    expect(parseStored(partitionDetailSchema, { ...detail, rule: 'bogus' })).toBeNull()
  })

  it('reads the verdict state: a pending status with its count, or none', () => {
    expect(parseStored(verdictStateSchema, { pending: null })).toEqual({ pending: null })
    expect(parseStored(verdictStateSchema, { pending: { status: 'warn', rule: 'falling_behind', polls: 1 } })).toEqual({
      pending: { status: 'warn', rule: 'falling_behind', polls: 1 },
    })
    expect(parseStored(verdictStateSchema, { pending: { status: 'warn', rule: 'falling_behind', polls: 0 } })).toBeNull()
    expect(parseStored(verdictStateSchema, 'junk')).toBeNull()
  })
})
