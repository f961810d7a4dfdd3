'use client'

import { Badge } from '@/components/badge'
import { DataTable, dataColumns } from '@/components/data-table'
import { EmptyState } from '@/components/states'
import { formatCount } from '@/features/consumer-groups/display'
import type { TopicPartitionRow } from '@/features/topics/rows'

const col = dataColumns<TopicPartitionRow>()
const right = { align: 'right' as const }

const columns = [
  col.accessor('partition', { header: 'Partition', meta: right, cell: (info) => info.getValue() }),
  col.accessor('logStartOffset', {
    header: 'Log start',
    meta: right,
    cell: (info) => <span data-testid="cell-log-start">{formatCount(info.getValue())}</span>,
  }),
  col.accessor('logEndOffset', { header: 'Log end', meta: right, cell: (info) => <span data-testid="cell-log-end">{formatCount(info.getValue())}</span> }),
  col.accessor('records', { header: 'Records', meta: right, cell: (info) => formatCount(info.getValue()) }),
  col.accessor('leader', { header: 'Leader', meta: right, cell: (info) => (info.getValue() < 0 ? <Badge tone="danger">none</Badge> : info.getValue()) }),
  col.accessor('replicas', { header: 'Replicas', cell: (info) => info.getValue() }),
  col.accessor('isr', {
    header: 'In sync',
    cell: (info) => (
      <span className="inline-flex items-center gap-1">
        {info.getValue() || '—'}
        {info.row.original.underReplicated ? <Badge tone="warning">under-replicated</Badge> : null}
      </span>
    ),
  }),
]

/** A topic's partitions with their log start/end offsets at the last topic sync. */
export function TopicPartitionsTable({ rows }: { rows: TopicPartitionRow[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => String(row.partition)}
      caption="Partitions"
      rowTestId="topic-partition-row"
      testId="topic-partitions-table"
      empty={<EmptyState title="No partitions known yet" description="The next topic sync reads them from the cluster." />}
    />
  )
}
