import { describe, expect, it } from 'vitest'
import { checkCompatibility } from '@/features/schemas/lib'
import { schemaEvolutions } from '@tests/fixtures/schema-evolutions'

// The same corpus the registry integration test uses: our verdicts follow Confluent's rules.
describe('compatibility corpus (Confluent semantics)', () => {
  it.each(schemaEvolutions.map((evolution) => [evolution.name, evolution] as const))('%s', (_name, evolution) => {
    const verdict = checkCompatibility(evolution.format, evolution.level, evolution.candidate, evolution.previous, evolution.references)
    expect(verdict.compatible, verdict.reasons.join('\n')).toBe(evolution.compatible)
    expect(verdict.reasons.length === 0).toBe(evolution.compatible)
  })
})
