'use client'

import Link from 'next/link'

import { DataTable, dataColumns } from '@/components/data-table'
import { EmptyState } from '@/components/states'
import { formatCount } from '@/features/consumer-groups/display'
import { scopeLinks } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'
import type { TopicConsumerRow } from '@/features/topics/rows'

import { HealthBadge, StateBadge } from '@/features/consumer-groups/components/group-badges'

const col = dataColumns<TopicConsumerRow>()

/** The groups consuming a topic, largest lag on it first, each linked to its page. */
export function TopicConsumersTable({ rows, scope }: { rows: TopicConsumerRow[]; scope: KafkaScope }) {
  const links = scopeLinks(scope)
  const columns = [
    col.accessor('groupId', {
      header: 'Group ID',
      cell: (info) => (
        <Link href={links.consumerGroup(info.row.original.id)} className="block min-w-40 font-medium break-words hover:underline" data-testid="consumer-link">
          {info.getValue()}
        </Link>
      ),
    }),
    col.accessor('lagOnTopic', {
      header: 'Lag on this topic',
      meta: { align: 'right' },
      cell: (info) => <span data-testid="cell-topic-lag">{formatCount(info.getValue())}</span>,
    }),
    col.accessor('state', { header: 'State', cell: (info) => <StateBadge state={info.getValue()} /> }),
    col.accessor('lagStatus', {
      header: 'Health',
      cell: (info) => <HealthBadge status={info.getValue()} rule={info.row.original.lagRule} reason={info.row.original.lagReason} />,
    }),
  ]
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => String(row.id)}
      caption="Consumer groups"
      rowTestId="topic-consumer-row"
      testId="topic-consumers-table"
      empty={<EmptyState testId="topic-consumers-empty" title="No consumer group you can see reads this topic" />}
    />
  )
}
