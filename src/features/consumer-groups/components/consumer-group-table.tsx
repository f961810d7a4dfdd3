'use client'

import Link from 'next/link'

import { FiringAlertBadge } from '@/features/alerting/components/firing-alert-badge'
import type * as React from 'react'

import { DataTable, dataColumns, phoneCards, type DataColumn } from '@/components/data-table'
import { cn } from '@/lib/utils'
import { formatCount, formatDuration } from '@/features/consumer-groups/display'
import type { GroupListRow } from '@/features/consumer-groups/rows'
import { scopeColumns, scopeLinks } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'

import { HealthBadge, StateBadge, TrendArrow } from '@/features/consumer-groups/components/group-badges'

const col = dataColumns<GroupListRow>()
const text = (value: string | null) => value ?? <span className="text-muted-foreground">—</span>

function columnsFor(scope: KafkaScope): DataColumn<GroupListRow>[] {
  const links = scopeLinks(scope)
  const show = scopeColumns(scope)
  const columns: (DataColumn<GroupListRow> | false)[] = [
    col.accessor('groupId', {
      header: 'Group ID',
      meta: { sortKey: 'groupId' },
      cell: (info) => (
        <>
          <Link
            href={links.consumerGroup(info.row.original.id)}
            title={info.getValue()}
            className={cn(
              'font-medium break-all hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
              phoneCards.titleText,
            )}
            data-testid="group-link"
          >
            {info.getValue()}
          </Link>
          {info.row.original.firingAlert ? <FiringAlertBadge /> : null}
        </>
      ),
    }),
    show.workspace && col.accessor('workspace', { header: 'Workspace', cell: (info) => text(info.getValue()) }),
    show.applicationAndEnvironment && col.accessor('application', { header: 'App', cell: (info) => text(info.getValue()) }),
    show.applicationAndEnvironment && col.accessor('environment', { header: 'Env', cell: (info) => text(info.getValue()) }),
    col.accessor('groupType', { header: 'Type', meta: { hideOnPhone: true }, cell: (info) => text(info.getValue()) }),
    col.accessor('state', { header: 'State', cell: (info) => <StateBadge state={info.getValue()} /> }),
    col.accessor('memberCount', {
      header: 'Members',
      meta: { sortKey: 'memberCount', align: 'right' },
      cell: (info) => <span data-testid="cell-members">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('totalLag', {
      header: 'Lag',
      meta: { sortKey: 'totalLag', align: 'right' },
      cell: (info) => <span data-testid="cell-lag">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('lagSeconds', {
      header: 'Time lag',
      meta: { sortKey: 'lagSeconds', align: 'right' },
      cell: (info) => <span data-testid="cell-lag-seconds">{formatDuration(info.getValue())}</span>,
    }),
    col.accessor('lagTrend', { header: 'Trend', meta: { align: 'right' }, cell: (info) => <TrendArrow trend={info.getValue()} /> }),
    col.accessor('lagStatus', {
      header: 'Health',
      cell: (info) => <HealthBadge status={info.getValue()} rule={info.row.original.lagRule} reason={info.row.original.lagReason} />,
    }),
    col.accessor('status', {
      header: 'Status',
      meta: { hideOnPhone: true },
      cell: (info) => <span className={info.getValue() === 'active' ? '' : 'text-muted-foreground'}>{info.getValue()}</span>,
    }),
  ]
  return columns.filter((c): c is DataColumn<GroupListRow> => c !== false)
}

/** The consumer-group list: one row per group, sortable headers and filters in the URL (server-side). */
export function ConsumerGroupTable({ rows, scope, sort, empty }: { rows: GroupListRow[]; scope: KafkaScope; sort?: string; empty?: React.ReactNode }) {
  return (
    <DataTable
      columns={columnsFor(scope)}
      data={rows}
      getRowId={(row) => String(row.id)}
      caption="Consumer groups"
      sort={sort}
      empty={empty}
      rowTestId="group-row"
      testId="group-table"
      cardsOnPhone
    />
  )
}
