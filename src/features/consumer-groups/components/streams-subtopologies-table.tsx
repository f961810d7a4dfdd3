'use client'

import { DataTable, dataColumns } from '@/components/data-table'
import { EmptyState } from '@/components/states'
import type { SubtopologyRow } from '@/features/consumer-groups/rows'

const col = dataColumns<SubtopologyRow>()

const columns = [
  col.accessor('subtopologyId', { header: 'Subtopology', cell: (info) => <span className="font-mono">{info.getValue()}</span> }),
  col.accessor('sourceTopics', {
    header: 'Source topics',
    cell: (info) => (
      <ul className="grid gap-0.5">
        {info.getValue().map((topic) => (
          <li key={topic} className="break-all">
            {topic}
          </li>
        ))}
      </ul>
    ),
  }),
  col.accessor('activeTasks', { header: 'Active tasks', cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  col.accessor('standbyTasks', { header: 'Standby tasks', cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  col.accessor('warmupTasks', { header: 'Warm-up tasks', cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
]

/** A streams group's subtopologies: the topics each reads and how many of its tasks run where. */
export function StreamsSubtopologiesTable({ rows }: { rows: SubtopologyRow[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.subtopologyId}
      caption="Subtopologies"
      rowTestId="subtopology-row"
      testId="subtopology-table"
      empty={<EmptyState testId="subtopologies-empty" title="No tasks running" description="No member runs a task right now, so no subtopology is shown." />}
    />
  )
}
