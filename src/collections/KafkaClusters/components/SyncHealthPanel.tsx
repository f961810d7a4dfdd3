import type { UIFieldServerProps } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { formatNextRun, formatRunDuration } from '@/features/sync-health/lib/job-runs'
import { formatAgo, formatDateTime } from '@/lib/format'

import { jobRunsOfClusterDoc } from '@/collections/KafkaClusters/components/cluster-job-runs'
import { JobStateLabel } from '@/collections/KafkaClusters/components/JobStateLabel'

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const, verticalAlign: 'top' as const }

/**
 * The cluster's sync health as a table (instead of the stored group's read-only form fields): per job
 * the last run, its outcome and duration, the next run and, for platform admins, the error.
 */
export function SyncHealthPanel({ data, req }: UIFieldServerProps) {
  if (!data?.id) return null
  const now = new Date()
  const runs = jobRunsOfClusterDoc(data, now)
  const showErrors = userIsPlatformAdmin(req.user)
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 2)' }} data-testid="sync-health-panel">
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>Sync health</h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>
              {['Job', 'State', 'Last run', 'Last success', 'Duration', 'Next run'].map((h) => (
                <th key={h} scope="col" style={{ ...cell, fontWeight: 600 }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.job} data-testid={`sync-health-${run.job}`}>
                <th scope="row" style={{ ...cell, fontWeight: 500 }}>
                  {run.label}
                  {showErrors && run.error ? (
                    <div style={{ fontWeight: 400, color: 'var(--theme-error-500)', whiteSpace: 'pre-wrap', maxWidth: 520 }} data-testid="sync-health-error">
                      {run.error}
                    </div>
                  ) : null}
                </th>
                <td style={cell}>
                  <JobStateLabel state={run.state} />
                </td>
                <td style={cell} title={formatDateTime(run.lastRunAt)}>
                  {formatAgo(run.lastRunAt, now.getTime())}
                </td>
                <td style={cell} title={formatDateTime(run.lastSuccessAt)}>
                  {formatAgo(run.lastSuccessAt, now.getTime())}
                </td>
                <td style={cell} data-testid="sync-health-duration">
                  {formatRunDuration(run.durationMs)}
                </td>
                <td style={cell} title={run.nextRunAt ? formatDateTime(run.nextRunAt) : undefined}>
                  {formatNextRun(run.nextRunAt, now.getTime())}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
