import type { DefaultServerCellComponentProps } from 'payload'

import { worstJobState } from '@/features/sync-health/lib/job-runs'

import { jobRunsOfClusterDoc } from '@/collections/KafkaClusters/components/cluster-job-runs'
import { JobStateLabel } from '@/collections/KafkaClusters/components/JobStateLabel'

/** The cluster list's health column: the worst state of the cluster's sync jobs, the failing ones named on hover. */
export function SyncHealthCell({ rowData }: DefaultServerCellComponentProps) {
  const runs = jobRunsOfClusterDoc(rowData ?? {})
  const problems = runs.filter((run) => run.state !== 'ok').map((run) => run.label)
  return (
    <span title={problems.length ? `Needs attention: ${problems.join(', ')}` : 'Every sync job succeeded recently'} data-testid="cluster-health">
      <JobStateLabel state={worstJobState(runs)} />
    </span>
  )
}
