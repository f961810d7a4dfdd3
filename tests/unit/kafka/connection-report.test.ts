import { describe, expect, it } from 'vitest'

import { connectionReport } from '@/integrations/connection-report'

const states = (report: ReturnType<typeof connectionReport>) => report.checks.map((c) => `${c.step}:${c.state}`)

describe('connectionReport', () => {
  it('counts a SASL rejection as reachable servers with failed authentication', () => {
    const report = connectionReport({ kind: 'authentication', message: 'SASL authentication failed' }, 'SCRAM-SHA-512', { kind: 'none' })
    expect(states(report)).toEqual(['bootstrap:ok', 'sasl:failed', 'registry:not-configured'])
    expect(report.ok).toBe(false)
  })

  it('skips SASL when no broker was reached, and names a rejected registry login', () => {
    const report = connectionReport({ kind: 'unreachable', message: 'ECONNREFUSED' }, 'PLAIN', { kind: 'unauthorized', message: 'HTTP 401' })
    expect(states(report)).toEqual(['bootstrap:failed', 'sasl:skipped', 'registry:failed'])
    expect(report.checks[2]!.detail).toBe('Credentials rejected: HTTP 401')
  })

  it('is ok with every configured step ok', () => {
    const report = connectionReport({ kind: 'ok', topics: 1 }, null, { kind: 'ok', compatibility: 'BACKWARD' })
    expect(report.ok).toBe(true)
    expect(report.checks.map((c) => c.detail)).toEqual([
      'Reached the cluster (1 topic)',
      'No SASL configured (PLAINTEXT or SSL)',
      'Answered (global compatibility BACKWARD)',
    ])
  })
})
