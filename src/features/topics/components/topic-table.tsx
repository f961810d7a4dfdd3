'use client'

import Link from 'next/link'
import type * as React from 'react'

import { Badge } from '@/components/badge'
import { DataTable, dataColumns, phoneCards, type DataColumn } from '@/components/data-table'
import { cn } from '@/lib/utils'
import { formatCount } from '@/features/consumer-groups/display'
import { scopeColumns, scopeLinks } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'
import type { TopicListRow } from '@/features/topics/rows'

import { SchemaRef } from '@/features/topics/components/schema-ref'

const col = dataColumns<TopicListRow>()
const text = (value: string | null) => value ?? <span className="text-muted-foreground">—</span>

function columnsFor(scope: KafkaScope): DataColumn<TopicListRow>[] {
  const links = scopeLinks(scope)
  const show = scopeColumns(scope)
  const columns: (DataColumn<TopicListRow> | false)[] = [
    col.accessor('name', {
      header: 'Topic',
      meta: { sortKey: 'name' },
      cell: (info) => (
        <span className="grid min-w-40 max-md:min-w-0 max-md:grid-cols-[minmax(0,1fr)]">
          <Link
            href={links.topic(info.row.original.id)}
            title={info.getValue()}
            className={cn('font-medium break-words hover:underline', phoneCards.titleText)}
            data-testid="topic-link"
          >
            {info.getValue()}
          </Link>
          {info.row.original.fullName !== info.getValue() ? (
            <span title={info.row.original.fullName} className={cn('text-xs break-words text-muted-foreground', phoneCards.titleText)}>
              {info.row.original.fullName}
            </span>
          ) : null}
        </span>
      ),
    }),
    show.workspace && col.accessor('workspace', { header: 'Workspace', cell: (info) => text(info.getValue()) }),
    show.applicationAndEnvironment && col.accessor('application', { header: 'App', cell: (info) => text(info.getValue()) }),
    show.applicationAndEnvironment && col.accessor('environment', { header: 'Env', cell: (info) => text(info.getValue()) }),
    col.accessor('partitions', {
      header: 'Partitions',
      meta: { sortKey: 'partitions', align: 'right' },
      cell: (info) => <span data-testid="cell-partitions">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('keySchema', { header: 'Key schema', cell: (info) => <SchemaRef schema={info.getValue()} href={links.schema} testId="cell-key-schema" /> }),
    col.accessor('valueSchema', {
      header: 'Value schema',
      cell: (info) => <SchemaRef schema={info.getValue()} href={links.schema} testId="cell-value-schema" />,
    }),
    col.accessor('consumerGroupCount', {
      header: 'Groups',
      meta: { sortKey: 'consumerGroupCount', align: 'right' },
      cell: (info) => <span data-testid="cell-groups">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('worstGroupLag', {
      header: 'Worst group lag',
      meta: { sortKey: 'worstGroupLag', align: 'right' },
      cell: (info) => <span data-testid="cell-worst-lag">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('status', {
      header: 'Status',
      cell: (info) => (info.getValue() === 'deleted' ? <Badge tone="muted">deleted</Badge> : <span>{info.getValue()}</span>),
    }),
  ]
  return columns.filter((c): c is DataColumn<TopicListRow> => c !== false)
}

/** The topic list: one row per topic, sortable headers and filters in the URL (server-side). */
export function TopicTable({ rows, scope, sort, empty }: { rows: TopicListRow[]; scope: KafkaScope; sort?: string; empty?: React.ReactNode }) {
  return (
    <DataTable
      columns={columnsFor(scope)}
      data={rows}
      getRowId={(row) => String(row.id)}
      caption="Topics"
      sort={sort}
      empty={empty}
      rowTestId="topic-row"
      testId="topic-table"
      cardsOnPhone
    />
  )
}
