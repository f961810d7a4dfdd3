import { SYNC_JOB_LABELS, type SyncJob } from '@/features/sync-health/lib/jobs'

/** One cluster's result of "sync now", as the endpoint answers it (the cluster named, not only numbered). */
export type SyncNowOutcome = { clusterId: number; clusterName?: string; outcome: string; counts: Record<string, number>; error?: string }
export type SyncNowResponse =
  { runner: 'temporal'; workflowId: string } | { runner: 'embedded'; results: SyncNowOutcome[]; skipped: number[]; skippedNames?: string[] } | { error: string }

const clusterLabel = (id: number, name: string | undefined) => `Cluster ${name ?? id}`

/** Pure: the lines "sync now" shows, e.g. "Cluster payments-prod: succeeded (groups 12, requests 4)". */
export function describeSyncResponse(job: SyncJob, response: SyncNowResponse): string {
  if ('error' in response) return response.error
  const label = SYNC_JOB_LABELS[job]
  if (response.runner === 'temporal') return `${label}: started on Temporal as ${response.workflowId}.`
  const lines = response.results.map((r) => {
    const counts = Object.entries(r.counts)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')
    return `${clusterLabel(r.clusterId, r.clusterName)}: ${r.outcome}${counts ? ` (${counts})` : ''}${r.error ? ` — ${r.error.split('\n')[0]}` : ''}`
  })
  const skipped = response.skipped.map((id, i) => `${clusterLabel(id, response.skippedNames?.[i])}: a ${label.toLowerCase()} is already running.`)
  const all = [...lines, ...skipped]
  return all.length ? `${label}\n${all.join('\n')}` : `${label}: no enabled cluster to sync.`
}
