import { describe, expect, it } from 'vitest'
import { checkCompatibility } from '@/features/schemas/lib'

// Recursive definitions (facts from Confluent's recursion tests): comparisons terminate, a real
// change deep inside is still found, and a pair assumed compatible while it is being compared
// never hides an incompatibility found elsewhere.
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'

const node = (idType: string, next: string) => ({
  type: 'object',
  additionalProperties: true,
  properties: { id: { type: idType }, next: { oneOf: [{ $ref: `#/definitions/${next}` }] } },
})

/** T0 and T1 both lead to T2, which leads back to T0: a cycle behind a oneOf. */
function cycle(t0Id: string, t1Id: string): string {
  return JSON.stringify({
    $schema: DRAFT_07,
    type: 'object',
    definitions: { T0: node(t0Id, 'T2'), T1: node(t1Id, 'T2'), T2: node('integer', 'T0') },
    properties: { root: { oneOf: [{ $ref: '#/definitions/T0' }, { $ref: '#/definitions/T1' }] } },
  })
}

const PRODUCTS = ['Asset', 'Basket', 'Swap', 'Bond', 'Option', 'Future', 'Forward', 'Loan', 'Repo', 'Equity', 'Index', 'Leg']

/** Twelve products, each refering to any of them twice: a dense web of recursive unions. */
function trade(assetId = 'string'): string {
  const union = () => ({ oneOf: PRODUCTS.map((name) => ({ $ref: `#/definitions/${name}` })) })
  const definitions = Object.fromEntries(
    PRODUCTS.map((name) => [
      name,
      { type: 'object', properties: { id: { type: name === 'Asset' ? assetId : 'string' }, underlying: union(), reference: union() } },
    ]),
  )
  return JSON.stringify({ $schema: DRAFT_07, type: 'object', definitions, properties: { tradeId: { type: 'string' }, product: union() } })
}

describe('JSON Schema recursion', () => {
  it('compares a dense web of recursive unions quickly and finds a change deep inside', () => {
    const started = performance.now()
    expect(checkCompatibility('json', 'FULL', trade(), [trade()]).compatible).toBe(true)
    expect(checkCompatibility('json', 'BACKWARD', trade('number'), [trade()]).compatible).toBe(false)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('does not let a cycle assumed compatible mask real changes', () => {
    expect(checkCompatibility('json', 'BACKWARD', cycle('boolean', 'number'), [cycle('integer', 'boolean')]).compatible).toBe(false)
    expect(checkCompatibility('json', 'FULL', cycle('integer', 'boolean'), [cycle('integer', 'boolean')]).compatible).toBe(true)
  })
})
