'use client'

import Link from 'next/link'

import { DataTable, dataColumns, phoneCards, type DataColumn } from '@/components/data-table'
import { cn } from '@/lib/utils'
import { FiringAlertBadge } from '@/features/alerting/components/firing-alert-badge'
import { useMemo } from 'react'

import { RelativeTime } from '@/components/relative-time'

import type { SchemaRow } from '@/features/schemas/view/schema-rows'
import { SchemaFormatBadge, SchemaStatusBadge, SchemaVerdictBadge } from '@/features/schemas/components/schema-badges'

const col = dataColumns<SchemaRow>()

const subject = col.accessor('subject', {
  header: 'Subject',
  meta: { sortKey: 'subject' },
  cell: ({ row }) => (
    <>
      <Link
        href={row.original.href}
        title={row.original.subject}
        className={cn('font-medium underline-offset-4 hover:underline', phoneCards.titleText)}
        data-testid="schema-link"
      >
        {row.original.subject}
      </Link>
      {row.original.firingAlert ? <FiringAlertBadge /> : null}
    </>
  ),
})
const workspace = col.accessor('workspaceName', { header: 'Workspace', cell: (c) => c.getValue() ?? <span className="text-muted-foreground">unowned</span> })
const application = col.accessor('applicationName', { header: 'Application', cell: (c) => c.getValue() ?? '—' })
const environment = col.accessor('environment', { header: 'Env', cell: (c) => c.getValue() ?? '—' })
const rest = col.columns([
  col.accessor('topicName', {
    header: 'Topic',
    cell: (c) => (c.getValue() ? <code className="text-xs max-md:[overflow-wrap:anywhere] md:whitespace-nowrap">{c.getValue()}</code> : '—'),
  }),
  col.accessor('format', { header: 'Format', cell: (c) => <SchemaFormatBadge format={c.getValue()} /> }),
  col.accessor('latestVersion', { header: 'Latest', meta: { align: 'right', hideOnPhone: true }, cell: (c) => (c.getValue() ? `v${c.getValue()}` : '—') }),
  col.accessor('versionCount', { header: 'Versions', meta: { align: 'right', sortKey: 'versionCount' }, cell: (c) => c.getValue() ?? '—' }),
  col.accessor('compatibilityLevel', {
    header: 'Compatibility',
    meta: { hideOnPhone: true },
    cell: (c) => <span className="text-xs">{c.getValue() ?? 'default'}</span>,
  }),
  col.accessor('latestCompatible', {
    header: 'Latest verdict',
    cell: ({ row }) => (
      <span className="inline-flex flex-wrap items-center gap-1">
        <SchemaVerdictBadge compatible={row.original.latestCompatible} level={row.original.compatibilityLevel} />
        {row.original.hasIncompatibleVersions && row.original.latestCompatible !== false ? (
          <span className="text-xs text-muted-foreground" data-testid="has-incompatible">
            earlier breaking
          </span>
        ) : null}
      </span>
    ),
  }),
  col.accessor('status', {
    header: 'Status',
    cell: ({ row }) => <SchemaStatusBadge status={row.original.status} softDeleted={row.original.softDeleted} title={row.original.lastError ?? undefined} />,
  }),
])
const lastRegistered = (now: number) =>
  col.accessor('lastRegisteredAt', {
    header: 'Last registered',
    meta: { sortKey: 'lastRegisteredAt', className: 'whitespace-nowrap' },
    cell: (c) => <RelativeTime iso={c.getValue()} now={now} testId="cell-last-registered" />,
  })

function columnsFor(showWorkspace: boolean, showApplicationAndEnvironment: boolean, now: number): DataColumn<SchemaRow>[] {
  return [subject, ...(showWorkspace ? [workspace] : []), ...(showApplicationAndEnvironment ? [application, environment] : []), ...rest, lastRegistered(now)]
}

/**
 * Schemas of one page of the list. The workspace column shows across workspaces only, application
 * and environment outside a single virtual cluster (design §4.7).
 */
export function SchemaTable({
  rows,
  sort,
  showWorkspace,
  showApplicationAndEnvironment,
  empty,
  now,
}: {
  rows: SchemaRow[]
  sort: string
  showWorkspace: boolean
  showApplicationAndEnvironment: boolean
  empty: React.ReactNode
  /** The request's time, from the server: "Last registered" counts from it. */
  now: number
}) {
  // Kept stable across renders (the table rebuilds its columns only when these change).
  const columns = useMemo(() => columnsFor(showWorkspace, showApplicationAndEnvironment, now), [showWorkspace, showApplicationAndEnvironment, now])
  return (
    <DataTable
      caption="Schemas"
      columns={columns}
      data={rows}
      getRowId={(row) => String(row.id)}
      sort={sort}
      empty={empty}
      rowTestId="schema-row"
      testId="schema-table"
      cardsOnPhone
    />
  )
}
