'use client'

import { DataTable, dataColumns } from '@/components/data-table'
import { ShortId } from '@/components/short-id'
import { EmptyState } from '@/components/states'
import type { MemberRow } from '@/features/consumer-groups/rows'

const col = dataColumns<MemberRow>()

function Lines({ lines, testId }: { lines: string[] | undefined; testId: string }) {
  return lines?.length ? (
    <ul className="grid gap-0.5" data-testid={testId}>
      {lines.map((line) => (
        <li key={line} className="break-all">
          {line}
        </li>
      ))}
    </ul>
  ) : (
    <span className="text-muted-foreground">none</span>
  )
}

const memberId = col.accessor('memberId', {
  header: 'Member ID',
  cell: (info) => (info.getValue() ? <ShortId id={info.getValue()} label="member ID" testId="cell-member-id" /> : '—'),
})
const clientId = col.accessor('clientId', {
  header: 'Client ID',
  cell: (info) => (info.getValue() ? <ShortId id={info.getValue()} label="client ID" testId="cell-client-id" /> : '—'),
})
const host = col.accessor('host', { header: 'Host', cell: (info) => info.getValue() || '—' })
const assignments = (header: string) => col.accessor('assignments', { header, cell: (info) => <Lines lines={info.getValue()} testId="cell-assignments" /> })

/** Columns per group type: a share member shows its subscriptions, a streams member its process and tasks. */
const columnsOf = {
  default: [memberId, clientId, host, assignments('Assigned partitions')],
  share: [
    memberId,
    clientId,
    host,
    col.accessor('subscribedTopics', { header: 'Subscribed topics', cell: (info) => <Lines lines={info.getValue()} testId="cell-subscribed" /> }),
    assignments('Assigned partitions (shared)'),
  ],
  streams: [
    memberId,
    col.accessor('processId', { header: 'Process', cell: (info) => (info.getValue() ? <ShortId id={info.getValue()!} label="process ID" /> : '—') }),
    clientId,
    host,
    col.accessor('activeTasks', { header: 'Active tasks', cell: (info) => <Lines lines={info.getValue()} testId="cell-active-tasks" /> }),
    col.accessor('standbyTasks', { header: 'Standby tasks', cell: (info) => <Lines lines={info.getValue()} testId="cell-standby-tasks" /> }),
    col.accessor('warmupTasks', { header: 'Warm-up tasks', cell: (info) => <Lines lines={info.getValue()} testId="cell-warmup-tasks" /> }),
  ],
}

/** The describe API a group type's members come from (ShareGroupDescribe and StreamsGroupDescribe need Kafka 4.1+). */
const DESCRIBE_API: Record<string, string> = { share: 'ShareGroupDescribe', streams: 'StreamsGroupDescribe' }

/**
 * The group's members with their client, host and assigned partitions; per type what it has (share:
 * subscribed topics; streams: process, active, standby and warm-up tasks). `reported` false = the
 * broker was not asked (it lacks the type's describe API): said so, not shown as "no members".
 */
export function ConsumerGroupMembersTable({ rows, groupType, reported = true }: { rows: MemberRow[]; groupType?: string | null; reported?: boolean }) {
  if (!reported) {
    return (
      <EmptyState
        testId="members-not-reported"
        title="Members not reported by this broker"
        description={`This broker does not support ${DESCRIBE_API[groupType ?? ''] ?? 'describing this group type'}, so its members were not asked for (Kafka 4.1 or newer answers it).`}
      />
    )
  }
  return (
    <DataTable
      columns={groupType === 'share' || groupType === 'streams' ? columnsOf[groupType] : columnsOf.default}
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
