'use client'

import Link from 'next/link'

import { StatusBadge } from '@/components/badge'
import { DataTable, dataColumns } from '@/components/data-table'
import { EmptyState } from '@/components/states'

export type VirtualClusterRow = {
  id: number
  application: string
  environment: string
  name: string
  topicPrefix: string
  clusterName: string | null
  status: string
  schemasHref: string | null
  consumerGroupsHref: string | null
  overviewHref: string | null
  topicsHref: string | null
}

const col = dataColumns<VirtualClusterRow>()
const columns = col.columns([
  col.accessor('application', { header: 'Application' }),
  col.accessor('environment', { header: 'Environment' }),
  col.accessor('name', {
    header: 'Virtual cluster',
    cell: (c) =>
      c.row.original.overviewHref ? (
        <Link href={c.row.original.overviewHref} className="font-medium underline-offset-4 hover:underline" data-testid="vc-link">
          {c.getValue()}
        </Link>
      ) : (
        c.getValue()
      ),
  }),
  col.accessor('topicPrefix', { header: 'Topic prefix', cell: (c) => <code className="text-xs">{c.getValue()}</code> }),
  col.accessor('clusterName', { header: 'Cluster', cell: (c) => c.getValue() ?? '—' }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusBadge tone={c.getValue() === 'active' ? 'success' : c.getValue() === 'suspended' ? 'warning' : 'muted'} label={c.getValue()} />,
  }),
  col.display({
    id: 'links',
    header: 'Pages',
    cell: ({ row }) =>
      row.original.schemasHref ? (
        <span className="flex gap-3">
          <Link href={row.original.schemasHref} className="underline-offset-4 hover:underline">
            Schemas
          </Link>
          {row.original.consumerGroupsHref ? (
            <Link href={row.original.consumerGroupsHref} className="underline-offset-4 hover:underline">
              Consumer groups
            </Link>
          ) : null}
          {row.original.topicsHref ? (
            <Link href={row.original.topicsHref} className="underline-offset-4 hover:underline">
              Topics
            </Link>
          ) : null}
        </span>
      ) : (
        <span className="text-xs text-muted-foreground">no application</span>
      ),
  }),
])

/** A workspace's virtual clusters with links to their schema and consumer-group pages. */
export function VirtualClusterTable({ rows }: { rows: VirtualClusterRow[] }) {
  return (
    <DataTable
      caption="Applications and virtual clusters"
      columns={columns}
      data={rows}
      getRowId={(row) => String(row.id)}
      rowTestId="virtual-cluster-row"
      empty={
        <EmptyState
          title="No virtual clusters yet"
          description="A platform admin maps this workspace's applications to Kafka clusters with topic and group prefixes."
        />
      }
    />
  )
}
