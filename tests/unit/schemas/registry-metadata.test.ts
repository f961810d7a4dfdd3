import { describe, expect, it } from 'vitest'

import { registryMetadataEntries } from '@/features/schemas/lib/registry-metadata'
import { contextName, subjectContext } from '@/features/schemas/lib/subject-context'

describe('subject contexts', () => {
  it('reads the context from a qualified subject name, the default one otherwise', () => {
    expect(subjectContext(':.staging:orders-value')).toBe('.staging')
    expect(subjectContext('orders-value')).toBe('.')
    expect(subjectContext(':.:orders-value')).toBe('.')
  })

  it('normalises listed context names (Confluent ".ctx", Apicurio ":.:")', () => {
    expect(contextName('.staging')).toBe('.staging')
    expect(contextName(':.:')).toBe('.')
    expect(contextName('.')).toBe('.')
  })
})

describe('registry metadata lines', () => {
  it('lists context, mode, GUID, properties, tags and rules as stored', () => {
    const entries = registryMetadataEntries({
      context: '.staging',
      mode: 'READWRITE',
      guid: 'abc-123',
      schemaMetadata: { properties: { owner: 'team-orders' }, tags: { 'Order.email': ['PII', 'GDPR'] } },
      ruleSet: { domainRules: [{ name: 'checkEmail', kind: 'CONDITION', mode: 'WRITE', type: 'CEL' }], migrationRules: [{ name: 'up', disabled: true }] },
    })
    expect(entries).toEqual([
      { label: 'Context', values: ['.staging'] },
      { label: 'Mode', values: ['READWRITE'] },
      { label: 'Schema GUID', values: ['abc-123'] },
      { label: 'Properties', values: ['owner = team-orders'] },
      { label: 'Tags', values: ['Order.email: PII, GDPR'] },
      { label: 'Rules', values: ['migration up — disabled', 'domain CONDITION WRITE checkEmail (CEL)'] },
    ])
  })

  it('leaves out what the registry did not report and ignores stored JSON of another shape', () => {
    expect(registryMetadataEntries({ context: null, mode: null, schemaMetadata: { properties: 'not a map' }, ruleSet: null })).toEqual([])
  })
})
