import { describe, expect, it } from 'vitest'

import { ownerLinks } from '@/features/kafka-scope/owner-links'
import { toTopicListRow, toTopicPartitionRows } from '@/features/topics/rows'

describe('topic rows', () => {
  it('shows a list row’s owners by name and its schemas as given', () => {
    const value = { id: 9, subject: 'p-orders-value', latestVersion: 3, isCompatible: true }
    const row = toTopicListRow(
      {
        id: 1,
        name: 'orders',
        fullName: 'p-orders',
        partitions: 3,
        worstGroupLag: 0,
        consumerGroupCount: 2,
        workspace: { id: 4, name: 'Payments' },
        application: 7,
        virtualCluster: { id: 5, environment: 'prod' },
        cluster: { id: 2, name: 'local' },
      },
      { key: null, value },
    )
    expect(row).toMatchObject({
      name: 'orders',
      partitions: 3,
      worstGroupLag: 0,
      consumerGroupCount: 2,
      status: 'active',
      internal: false,
      workspace: 'Payments',
      application: null,
      environment: 'prod',
      cluster: 'local',
      keySchema: null,
      valueSchema: value,
    })
  })

  it('reads partitions through their schema, skipping junk, and counts records and under-replication', () => {
    expect(
      toTopicPartitionRows([
        { partition: 1, leader: 2, replicas: [2, 3], isr: [2], logStartOffset: 5, logEndOffset: 12 },
        { partition: 0, leader: 1, replicas: [1], isr: [1], logStartOffset: null, logEndOffset: null },
        { partition: 'x' },
      ]),
    ).toEqual([
      { partition: 0, leader: 1, replicas: '1', isr: '1', underReplicated: false, logStartOffset: null, logEndOffset: null, records: null },
      { partition: 1, leader: 2, replicas: '2, 3', isr: '2', underReplicated: true, logStartOffset: 5, logEndOffset: 12, records: 7 },
    ])
    expect(toTopicPartitionRows(null)).toEqual([])
  })
})

describe('owner links', () => {
  it('links the workspace to its overview and the application and virtual cluster to the virtual cluster’s overview', () => {
    expect(
      ownerLinks({
        workspace: { id: 1, name: 'Payments', slug: 'payments' },
        application: { id: 2, name: 'Checkout', slug: 'checkout' },
        virtualCluster: { id: 3, name: 'checkout-prod', environment: 'prod' },
      }),
    ).toEqual({
      workspace: { label: 'Payments', href: '/workspaces/payments/kafka' },
      application: { label: 'Checkout', href: '/workspaces/payments/kafka/applications/checkout/prod' },
      virtualCluster: { label: 'checkout-prod · prod', href: '/workspaces/payments/kafka/applications/checkout/prod' },
    })
  })

  it('leaves unowned parts out and keeps a label without the slugs a link needs', () => {
    expect(ownerLinks({ workspace: null, application: null, virtualCluster: null })).toEqual({ workspace: null, application: null, virtualCluster: null })
    expect(ownerLinks({ workspace: { id: 1, name: 'Payments', slug: 'payments' }, virtualCluster: { id: 3, name: 'vc', environment: 'dev' } })).toEqual({
      workspace: { label: 'Payments', href: '/workspaces/payments/kafka' },
      application: null,
      virtualCluster: { label: 'vc · dev', href: null },
    })
  })
})
