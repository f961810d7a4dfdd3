import { describe, expect, it } from 'vitest'

import { isInScope, scopeColumns, scopeFilters, scopeLinks } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'

const workspace = { id: 3, slug: 'acme', name: 'Acme' }
const all: KafkaScope = { kind: 'all' }
const ws: KafkaScope = { kind: 'workspace', workspace }
const vc: KafkaScope = {
  kind: 'virtualCluster',
  workspace,
  application: { id: 5, slug: 'payments', name: 'Payments' },
  environment: 'prod',
  virtualCluster: { id: 11, name: 'acme-payments-prod' },
}

describe('scopeFilters', () => {
  it('filters by nothing, the workspace, or the workspace and virtual cluster', () => {
    expect(scopeFilters(all)).toEqual({})
    expect(scopeFilters(ws)).toEqual({ workspace: 3 })
    expect(scopeFilters(vc)).toEqual({ workspace: 3, virtualCluster: 11 })
  })
})

describe('scopeLinks', () => {
  it('keeps unified pages unified', () => {
    const links = scopeLinks(all)
    expect(links.schemas).toBe('/kafka/schemas')
    expect(links.schema(4, { left: 1, right: 2 })).toBe('/kafka/schemas/4?left=1&right=2')
    expect(links.consumerGroups).toBe('/kafka/consumer-groups')
    expect(links.consumerGroup(8)).toBe('/kafka/consumer-groups/8')
    expect(links.title).toBe('All workspaces')
  })

  it('links topics and the overview in every scope, details in the workspace', () => {
    expect([scopeLinks(all).topics, scopeLinks(all).topic(2, { sort: '-worstGroupLag' }), scopeLinks(all).overview]).toEqual([
      '/kafka/topics',
      '/kafka/topics/2?sort=-worstGroupLag',
      '/kafka',
    ])
    expect([scopeLinks(ws).topics, scopeLinks(ws).topic(2), scopeLinks(ws).overview]).toEqual([
      '/workspaces/acme/kafka/topics',
      '/workspaces/acme/kafka/topics/2',
      '/workspaces/acme/kafka',
    ])
    expect([scopeLinks(vc).topics, scopeLinks(vc).topic(2), scopeLinks(vc).overview]).toEqual([
      '/workspaces/acme/kafka/applications/payments/prod/topics',
      '/workspaces/acme/kafka/topics/2',
      '/workspaces/acme/kafka/applications/payments/prod',
    ])
  })

  it('keeps workspace pages in the workspace', () => {
    const links = scopeLinks(ws)
    expect(links.schemas).toBe('/workspaces/acme/kafka/schemas')
    expect(links.schema(4)).toBe('/workspaces/acme/kafka/schemas/4')
    expect(links.consumerGroup(8)).toBe('/workspaces/acme/kafka/consumer-groups/8')
    expect(links.title).toBe('Acme')
  })

  it('lists inside the virtual cluster and details in its workspace', () => {
    const links = scopeLinks(vc)
    expect(links.schemas).toBe('/workspaces/acme/kafka/applications/payments/prod/schemas')
    expect(links.consumerGroups).toBe('/workspaces/acme/kafka/applications/payments/prod/consumer-groups')
    expect(links.schema(4)).toBe('/workspaces/acme/kafka/schemas/4')
    expect(links.consumerGroup(8)).toBe('/workspaces/acme/kafka/consumer-groups/8')
    expect(links.title).toBe('Acme · Payments · prod')
  })
})

describe('isInScope', () => {
  it('accepts anything the user can read in the unified scope', () => {
    expect(isInScope(all, { workspace: null })).toBe(true)
    expect(isInScope(all, { workspace: 99 })).toBe(true)
  })

  it('accepts only the workspace own objects (id or populated relation)', () => {
    expect(isInScope(ws, { workspace: 3 })).toBe(true)
    expect(isInScope(ws, { workspace: { id: 3 } })).toBe(true)
    expect(isInScope(ws, { workspace: 4 })).toBe(false)
    expect(isInScope(ws, { workspace: null })).toBe(false)
    expect(isInScope(ws, {})).toBe(false)
  })

  it('requires the virtual cluster too inside a virtual-cluster scope', () => {
    expect(isInScope(vc, { workspace: 3, virtualCluster: 11 })).toBe(true)
    expect(isInScope(vc, { workspace: 3, virtualCluster: { id: 12 } })).toBe(false)
    expect(isInScope(vc, { workspace: 4, virtualCluster: 11 })).toBe(false)
  })
})

describe('scopeColumns', () => {
  it('shows the workspace across workspaces and app/env outside one virtual cluster', () => {
    expect(scopeColumns(all)).toEqual({ workspace: true, applicationAndEnvironment: true })
    expect(scopeColumns(ws)).toEqual({ workspace: false, applicationAndEnvironment: true })
    expect(scopeColumns(vc)).toEqual({ workspace: false, applicationAndEnvironment: false })
  })
})
