import { describe, expect, it } from 'vitest'

import { groupLagOnTopic, topicConsumption, topicSubjects } from '@/features/topics/lib'
import { buildTopicRow, offsetKey, topicsToMarkDeleted, virtualTopicName } from '@/sync/activities/topic-sync/build-rows'

const partition = (topic: string, p: number, lag: number | null) => ({
  topic,
  partition: p,
  committedOffset: lag === null ? null : 10,
  logStartOffset: 0,
  logEndOffset: 10 + (lag ?? 0),
  lag,
  noCommit: lag === null,
  belowLogStart: false,
  lagSeconds: null,
  status: null,
  owner: null,
  window: [],
})

describe('topic consumption from the groups’ stored partitions', () => {
  it('sums a group’s partition lags on one topic, and is null without any commit', () => {
    const detail = [partition('orders', 0, 3), partition('orders', 1, 4), partition('payments', 0, 100), partition('orders', 2, null)]
    expect(groupLagOnTopic(detail, 'orders')).toBe(7)
    expect(groupLagOnTopic([partition('orders', 0, null)], 'orders')).toBeNull()
    expect(groupLagOnTopic('junk', 'orders')).toBeNull()
  })

  it('counts the groups per topic and keeps the worst group’s lag', () => {
    const consumption = topicConsumption([
      { subscribedTopicNames: ['orders'], partitionDetail: [partition('orders', 0, 5), partition('orders', 1, 5)] },
      { subscribedTopicNames: ['orders', 'audit'], partitionDetail: [partition('orders', 0, 12)] },
      { subscribedTopicNames: null, partitionDetail: [partition('payments', 0, 0)] },
    ])
    expect(consumption.get('orders')).toEqual({ consumerGroupCount: 2, worstGroupLag: 12 })
    expect(consumption.get('audit')).toEqual({ consumerGroupCount: 1, worstGroupLag: null })
    expect(consumption.get('payments')).toEqual({ consumerGroupCount: 1, worstGroupLag: 0 })
  })
})

describe('topic rows', () => {
  it('names a topic inside its virtual cluster without the prefix, keeping a stored name', () => {
    expect(virtualTopicName('acme-prod-orders', 'acme-prod-')).toBe('orders')
    expect(virtualTopicName('acme-prod-', 'acme-prod-')).toBe('acme-prod-')
    expect(virtualTopicName('loose', null)).toBe('loose')
    expect(virtualTopicName('acme-prod-orders', 'acme-prod-', { fullName: 'acme-prod-orders', name: 'Orders', status: 'active', configs: null })).toBe('Orders')
  })

  it('builds the row from metadata, configs and offsets; keeps stored configs when the broker answered none', () => {
    const offsets = new Map([[offsetKey('t', 0), { topic: 't', partition: 0, leader: 1, logStartOffset: 2, logEndOffset: 9 }]])
    const base = {
      clusterId: 7,
      topic: {
        name: 't',
        internal: false,
        partitions: [
          { partition: 0, leader: 1, replicas: [1, 2], isr: [1] },
          { partition: 1, leader: -1, replicas: [2, 3], isr: [] },
        ],
      },
      offsets,
      owner: { workspace: 3, virtualCluster: 4, application: null },
      ownerPrefix: null,
      consumption: { consumerGroupCount: 2, worstGroupLag: 40 },
      now: new Date('2026-12-03T12:00:00Z'),
    }
    const row = buildTopicRow({ ...base, configs: { 'retention.ms': '1000' }, stored: undefined })
    expect(row).toMatchObject({
      cluster: 7,
      fullName: 't',
      name: 't',
      workspace: 3,
      virtualCluster: 4,
      partitions: 2,
      replicationFactor: 2,
      configs: { 'retention.ms': '1000' },
      status: 'active',
      consumerGroupCount: 2,
      worstGroupLag: 40,
      deletedAt: null,
    })
    expect(row.partitionDetail).toEqual([
      { partition: 0, leader: 1, replicas: [1, 2], isr: [1], logStartOffset: 2, logEndOffset: 9 },
      { partition: 1, leader: -1, replicas: [2, 3], isr: [], logStartOffset: null, logEndOffset: null },
    ])
    const stored = { fullName: 't', name: 't', status: 'active', configs: { 'cleanup.policy': 'delete' } }
    expect(buildTopicRow({ ...base, configs: undefined, stored }).configs).toEqual({ 'cleanup.policy': 'delete' })
  })

  it('marks only topics missing from the listing deleted, and those once', () => {
    const stored = [
      { fullName: 'kept', name: 'kept', status: 'active', configs: null },
      { fullName: 'gone', name: 'gone', status: 'active', configs: null },
      { fullName: 'gone-before', name: 'gone-before', status: 'deleted', configs: null },
    ]
    expect(topicsToMarkDeleted(stored, new Set(['kept']))).toEqual(['gone'])
  })

  it('names the key and value subjects by TopicNameStrategy', () => {
    expect(topicSubjects('orders')).toEqual({ key: 'orders-key', value: 'orders-value' })
  })
})
