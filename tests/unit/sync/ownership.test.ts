import { describe, expect, it } from 'vitest'

import { createOwnershipResolver, UNOWNED } from '@/sync/ownership'

const resolver = createOwnershipResolver(
  [
    { id: 1, workspace: 10, application: 100, topicPrefix: 'acme-', groupPrefix: 'acme-' },
    { id: 2, workspace: 20, application: 200, topicPrefix: 'acme-payments-prod-', groupPrefix: 'acme-payments-prod-' },
    { id: 3, workspace: 30, application: null, topicPrefix: 'acme-payments-', groupPrefix: 'grp-acme-payments-' },
  ],
  [{ id: 7, fullName: 'legacy.orders', workspace: 30, virtualCluster: 3, application: null }],
)

describe('ownership by longest prefix', () => {
  it('prefers the longest matching topic prefix, hyphens and all', () => {
    expect(resolver.ownerOfTopicName('acme-payments-prod-orders')).toEqual({ workspace: 20, virtualCluster: 2, application: 200 })
    expect(resolver.ownerOfTopicName('acme-payments-dev-orders')).toEqual({ workspace: 30, virtualCluster: 3, application: null })
    expect(resolver.ownerOfTopicName('acme-search')).toEqual({ workspace: 10, virtualCluster: 1, application: 100 })
    expect(resolver.ownerOfTopicName('other')).toEqual(UNOWNED)
  })

  it('maps groups by the group prefix, which may differ from the topic prefix', () => {
    expect(resolver.ownerOfGroup('grp-acme-payments-billing').workspace).toBe(30)
    expect(resolver.ownerOfGroup('acme-payments-prod-billing').workspace).toBe(20)
    expect(resolver.ownerOfGroup('nobody')).toEqual(UNOWNED)
  })

  it('maps TopicNameStrategy subjects through their topic', () => {
    expect(resolver.ownerOfSubject('acme-payments-prod-orders-value')).toEqual({
      workspace: 20,
      virtualCluster: 2,
      application: 200,
      topic: null,
      topicName: 'acme-payments-prod-orders',
      type: 'value',
    })
    expect(resolver.ownerOfSubject('legacy.orders-key')).toMatchObject({ workspace: 30, topic: 7, type: 'key' })
  })

  it('maps other subjects by prefix, else leaves them unowned', () => {
    expect(resolver.ownerOfSubject('acme-payments-prod-com.acme.Order')).toMatchObject({ workspace: 20, type: null, topicName: null })
    expect(resolver.ownerOfSubject('com.acme.Order')).toEqual({ ...UNOWNED, topic: null, topicName: null, type: null })
  })
})
