'use client'

import { DataTable, dataColumns } from '@/components/data-table'
import { EmptyState } from '@/components/states'
import type { MemberRow } from '@/features/consumer-groups/rows'

const col = dataColumns<MemberRow>()

const columns = [
  col.accessor('memberId', { header: 'Member ID', cell: (info) => <span className="font-mono text-xs break-all">{info.getValue() || '—'}</span> }),
  col.accessor('clientId', { header: 'Client ID', cell: (info) => <span className="break-all">{info.getValue() || '—'}</span> }),
  col.accessor('host', { header: 'Host', cell: (info) => info.getValue() || '—' }),
  col.accessor('assignments', {
    header: 'Assigned partitions',
    cell: (info) =>
      info.getValue().length ? (
        <ul className="grid gap-0.5" data-testid="cell-assignments">
          {info.getValue().map((line) => (
            <li key={line} className="break-all">
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">none</span>
      ),
  }),
]

/** The group's members with their client, host and assigned partitions. */
export function ConsumerGroupMembersTable({ rows }: { rows: MemberRow[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.memberId || `${row.clientId}-${row.host}`}
      caption="Members"
      rowTestId="member-row"
      testId="member-table"
      empty={
        <EmptyState
          testId="members-empty"
          title="No active members"
          description="The group has no consumer running right now (offsets may still be committed)."
        />
      }
    />
  )
}
