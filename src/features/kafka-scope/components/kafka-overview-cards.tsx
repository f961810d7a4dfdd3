import Link from 'next/link'

import { SummaryCards } from '@/components/summary-cards'
import { getConsumerGroupSummary } from '@/features/consumer-groups/queries'
import { getSchemaSummary } from '@/features/schemas/queries'
import { withQuery } from '@/lib/paths'
import type { User } from '@/payload-types'

import { scopeFilters, scopeLinks } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'

const n = (value: number) => value.toLocaleString('en-US')

/** Schema and consumer-group totals of a scope, each card linking to its list. */
export async function KafkaOverviewCards({ user, scope }: { user: User; scope: KafkaScope }) {
  const filters = scopeFilters(scope)
  const links = scopeLinks(scope)
  const [schemas, groups] = await Promise.all([getSchemaSummary(user, filters), getConsumerGroupSummary(user, filters)])
  const link = (href: string, text: string) => (
    <Link href={href} className="underline-offset-4 hover:underline">
      {text}
    </Link>
  )
  return (
    <SummaryCards
      className="lg:grid-cols-5"
      label="Overview"
      items={[
        {
          label: 'Schemas',
          value: link(links.schemas, n(schemas.total)),
          hint: `Avro ${n(schemas.byFormat.avro)} · Protobuf ${n(schemas.byFormat.protobuf)} · JSON ${n(schemas.byFormat.json)}`,
          testId: 'overview-schemas',
        },
        {
          label: 'Schemas changed this week',
          value: n(schemas.changedThisWeek),
          hint: schemas.failed ? `${n(schemas.failed)} failed to sync` : `${n(schemas.stale)} stale`,
          tone: schemas.failed ? 'danger' : 'default',
          testId: 'overview-schemas-changed',
        },
        {
          label: 'Breaking changes (7 days)',
          value: link(`${links.schemas}?verdict=incompatible`, n(schemas.breakingThisWeek)),
          hint: `${n(schemas.incompatible)} ${schemas.incompatible === 1 ? 'subject has' : 'subjects have'} incompatible versions`,
          tone: schemas.breakingThisWeek ? 'danger' : 'default',
          testId: 'overview-schemas-breaking',
        },
        {
          label: 'Consumer groups',
          value: link(links.consumerGroups, n(groups.total)),
          hint: `${n(groups.inactive)} inactive`,
          testId: 'overview-groups',
        },
        {
          label: 'Groups with lag',
          value: n(groups.lagging),
          href: withQuery(links.consumerGroups, { hasLag: 'true', sort: '-totalLag' }),
          hint: (
            <>
              {link(withQuery(links.consumerGroups, { health: 'err' }), `${n(groups.health.err)} erroring`)} ·{' '}
              {link(withQuery(links.consumerGroups, { health: 'warn' }), `${n(groups.health.warn)} warning`)}
            </>
          ),
          tone: groups.health.err ? 'danger' : groups.health.warn ? 'warning' : 'default',
          testId: 'overview-groups-lagging',
        },
      ]}
    />
  )
}
