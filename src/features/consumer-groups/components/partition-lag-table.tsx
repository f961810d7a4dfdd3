'use client'

import { Badge } from '@/components/badge'
import { DataTable, dataColumns } from '@/components/data-table'
import { ShortId } from '@/components/short-id'
import { EmptyState } from '@/components/states'
import { formatCount, formatDuration, partitionFlags, partitionHealth, positionHeading, timeLagMethodDisplay } from '@/features/consumer-groups/display'
import { partitionKey } from '@/features/consumer-groups/lib/partition-key'
import type { PartitionRow } from '@/features/consumer-groups/rows'

import { HealthBadge, toBadgeTone } from '@/features/consumer-groups/components/group-badges'

const col = dataColumns<PartitionRow>()
const right = { align: 'right' as const }

const committedColumn = (groupType: string | null | undefined) => {
  const heading = positionHeading(groupType)
  return col.accessor('committedOffset', {
    header: () => <span title={heading.title}>{heading.label}</span>,
    meta: right,
    cell: (info) => <span data-testid="cell-committed">{formatCount(info.getValue())}</span>,
  })
}

const columnsAfterPosition = [
  col.accessor('logEndOffset', {
    header: 'Log end',
    meta: right,
    cell: (info) => <span data-testid="cell-log-end">{formatCount(info.getValue())}</span>,
  }),
  col.accessor('lag', { header: 'Lag', meta: right, cell: (info) => <span data-testid="cell-lag">{formatCount(info.getValue())}</span> }),
  col.accessor('lagSeconds', {
    header: 'Time lag',
    meta: right,
    cell: (info) => {
      const method = timeLagMethodDisplay(info.row.original.lagSecondsMethod, info.row.original.lagSecondsClamped)
      return (
        <span className="grid justify-items-end">
          <span data-testid="cell-lag-seconds">{formatDuration(info.getValue())}</span>
          {method ? (
            <span className="text-xs text-muted-foreground" title={method.title} data-testid="cell-lag-seconds-method">
              {method.label}
            </span>
          ) : null}
        </span>
      )
    },
  }),
  col.accessor('owner', {
    header: 'Owner',
    cell: (info) =>
      info.getValue() ? (
        <span className="grid">
          <ShortId id={info.getValue()!} label="owner ID" testId="cell-owner" />
          {info.row.original.ownerHost ? <span className="text-xs text-muted-foreground">{info.row.original.ownerHost}</span> : null}
        </span>
      ) : (
        <span className="text-muted-foreground">unassigned</span>
      ),
  }),
  col.accessor('status', {
    header: 'Health',
    cell: (info) => {
      const p = info.row.original
      return (
        <span className="grid justify-items-start gap-0.5">
          <HealthBadge status={partitionHealth(p)} rule={p.rule} reason={p.reason} />
          {p.reason ? (
            <span className="max-w-64 text-xs text-muted-foreground" data-testid="cell-health-reason" data-rule={p.rule ?? undefined}>
              {p.reason}
            </span>
          ) : null}
        </span>
      )
    },
  }),
  col.display({
    id: 'flags',
    header: 'Flags',
    cell: (info) => (
      <span className="flex flex-wrap gap-1" data-testid="cell-flags">
        {partitionFlags(info.row.original).map((flag) => (
          <Badge
            key={flag.key}
            tone={toBadgeTone(flag.tone)}
            data-flag={flag.key}
            title={
              flag.key === 'out-of-range'
                ? `Committed offset is below the log start (${formatCount(info.row.original.logStartOffset)}): retention deleted the data`
                : 'The group never committed this partition'
            }
          >
            {flag.label}
          </Badge>
        ))}
      </span>
    ),
  }),
]

const leading = [
  col.accessor('topic', { header: 'Topic', cell: (info) => <span className="block min-w-40 break-words">{info.getValue()}</span> }),
  col.accessor('partition', { header: 'Partition', meta: right, cell: (info) => info.getValue() }),
]
const columnsFor = (groupType: string | null | undefined) => [...leading, committedColumn(groupType), ...columnsAfterPosition]
const COLUMNS = { share: columnsFor('share'), other: columnsFor(null) }

/** Per-partition offsets, lag, time lag, owner and health (Burrow's, or the share rules') of one group. */
export function PartitionLagTable({ rows, groupType }: { rows: PartitionRow[]; groupType?: string | null }) {
  return (
    <DataTable
      columns={groupType === 'share' ? COLUMNS.share : COLUMNS.other}
      data={rows}
      getRowId={(row) => partitionKey(row.topic, row.partition)}
      caption="Partition lag"
      rowTestId="partition-row"
      testId="partition-table"
      empty={<EmptyState testId="partitions-empty" title="No partition data yet" description="Partitions appear after the first lag check of this group." />}
    />
  )
}
