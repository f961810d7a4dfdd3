'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import type { ConnectionReport, ConnectionStepState } from '@/integrations/connection-report'

const MARK: Record<ConnectionStepState, { text: string; color: string }> = {
  ok: { text: 'OK', color: 'var(--theme-success-500)' },
  failed: { text: 'Failed', color: 'var(--theme-error-500)' },
  skipped: { text: 'Skipped', color: 'var(--theme-elevation-500)' },
  'not-configured': { text: 'Not configured', color: 'var(--theme-elevation-500)' },
}

/** "Test connection" on a saved cluster: bootstrap servers, SASL and the registry, each with its result. */
export function TestConnectionButton() {
  const { id } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ConnectionReport | { error: string } | null>(null)
  if (!id) return <p style={{ fontSize: 12 }}>Save the cluster to test its connection.</p>

  async function test() {
    setBusy(true)
    setReport(null)
    try {
      const response = await fetch(`/api/kafka-clusters/${id}/test-connection`, { method: 'POST', credentials: 'include' })
      setReport((await response.json()) as ConnectionReport | { error: string })
    } catch (error) {
      setReport({ error: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="test-connection">
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void test()} size="small" margin={false}>
        {busy ? 'Testing…' : 'Test connection'}
      </Button>
      {report && 'error' in report ? (
        <p role="status" style={{ fontSize: 12, color: 'var(--theme-error-500)' }}>
          {report.error}
        </p>
      ) : report ? (
        <ul role="status" style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0 0', fontSize: 12 }} data-testid="test-connection-report">
          {report.checks.map((check) => (
            <li key={check.step} data-step={check.step} data-state={check.state} style={{ marginBottom: 4 }}>
              <strong>{check.label}</strong>: <span style={{ color: MARK[check.state].color, fontWeight: 600 }}>{MARK[check.state].text}</span>
              <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{check.detail}</div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
