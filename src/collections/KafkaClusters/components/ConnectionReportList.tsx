import type { ConnectionReport, ConnectionStepState } from '@/integrations/connection-report'

const MARK: Record<ConnectionStepState, { text: string; color: string }> = {
  ok: { text: 'OK', color: 'var(--theme-success-500)' },
  failed: { text: 'Failed', color: 'var(--theme-error-500)' },
  skipped: { text: 'Skipped', color: 'var(--theme-elevation-500)' },
  'not-configured': { text: 'Not configured', color: 'var(--theme-elevation-500)' },
}

/** Each step of a "test connection" report with its result; details (host names, broker messages) rendered as text. */
export function ConnectionReportList({ report }: { report: ConnectionReport }) {
  return (
    <ul role="status" style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0 0', fontSize: 12 }} data-testid="test-connection-report">
      {report.checks.map((check) => (
        <li key={check.step} data-step={check.step} data-state={check.state} style={{ marginBottom: 4 }}>
          <strong>{check.label}</strong>: <span style={{ color: MARK[check.state].color, fontWeight: 600 }}>{MARK[check.state].text}</span>
          <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{check.detail}</div>
        </li>
      ))}
    </ul>
  )
}
