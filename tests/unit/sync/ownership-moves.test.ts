import { describe, expect, it } from 'vitest'

import { groupMovesBy, planOwnershipMoves } from '@/sync/ownership-moves'
import { type Owner, UNOWNED } from '@/sync/ownership'

const payments = { id: 1, workspace: 10, application: null, topicPrefix: 'acme-', groupPrefix: 'acme-' }
const logistics = { id: 2, workspace: 20, application: 200, topicPrefix: 'acme-pay-', groupPrefix: 'acme-pay-' }
const ownedByPayments = { workspace: 10, virtualCluster: 1, application: null }
const ownedByLogistics = { workspace: 20, virtualCluster: 2, application: 200 }

const stored = {
  topics: [
    { id: 5, name: 'acme-pay-orders', owner: ownedByPayments },
    { id: 6, name: 'acme-search', owner: ownedByPayments },
  ],
  groups: [{ id: 7, name: 'acme-pay-billing', owner: ownedByPayments }],
  schemas: [{ id: 8, name: 'acme-pay-orders-value', owner: { ...ownedByPayments, topic: 5, topicName: 'acme-pay-orders', type: 'value' as const } }],
}

describe('ownership moves', () => {
  it('moves only what a longer prefix takes over; subjects follow their topic', () => {
    expect(planOwnershipMoves({ virtualClusters: [payments, logistics], ...stored })).toEqual({
      topics: [{ id: 5, owner: ownedByLogistics }],
      groups: [{ id: 7, owner: ownedByLogistics }],
      schemas: [{ id: 8, owner: { ...ownedByLogistics, topic: 5, topicName: 'acme-pay-orders', type: 'value' } }],
    })
  })

  it('moves nothing when the stored owners are already derived', () => {
    expect(planOwnershipMoves({ virtualClusters: [payments], ...stored })).toEqual({ topics: [], groups: [], schemas: [] })
  })

  it('leaves rows no prefix matches unowned (the stored owner does not vote)', () => {
    const moves = planOwnershipMoves({ virtualClusters: [], ...stored })
    expect(moves.topics.map((m) => m.owner)).toEqual([UNOWNED, UNOWNED])
    expect(moves.groups).toEqual([{ id: 7, owner: UNOWNED }])
    expect(moves.schemas).toEqual([{ id: 8, owner: { ...UNOWNED, topic: 5, topicName: 'acme-pay-orders', type: 'value' } }])
  })

  it('groups moves by the owner columns a table stores', () => {
    const moved: { id: number; owner: Owner }[] = [
      { id: 1, owner: ownedByLogistics },
      { id: 2, owner: { ...ownedByLogistics, application: null } },
      { id: 3, owner: ownedByPayments },
    ]
    expect(groupMovesBy(moved, ['workspace'])).toEqual([
      { values: { workspace: 20 }, ids: [1, 2] },
      { values: { workspace: 10 }, ids: [3] },
    ])
  })
})
