import { describe, expect, it } from 'vitest'

import { sectionOfPath, switchTarget } from '@/features/kafka-scope/lib/switch-target'

describe('the workspace switcher keeps the current tab', () => {
  it('finds the section in every scope, detail pages included', () => {
    expect(sectionOfPath('/kafka/topics/3')).toBe('topics')
    expect(sectionOfPath('/workspaces/payments/kafka/consumer-groups')).toBe('consumer-groups')
    expect(sectionOfPath('/workspaces/payments/kafka/applications/checkout/prod/schemas')).toBe('schemas')
    expect(sectionOfPath('/workspaces/payments/kafka/applications/checkout/prod')).toBeNull()
    expect(sectionOfPath('/kafka')).toBeNull()
  })

  it('goes to the same list in the chosen workspace, or to its overview', () => {
    expect(switchTarget('/kafka/consumer-groups/12', '/workspaces/logistics/kafka')).toBe('/workspaces/logistics/kafka/consumer-groups')
    expect(switchTarget('/workspaces/payments/kafka/topics', '/kafka')).toBe('/kafka/topics')
    expect(switchTarget('/workspaces/payments/kafka', '/workspaces/logistics/kafka')).toBe('/workspaces/logistics/kafka')
  })
})
