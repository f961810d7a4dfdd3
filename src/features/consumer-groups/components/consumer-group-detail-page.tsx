import { cache, Suspense } from 'react'
import type * as React from 'react'

import { Badge } from '@/components/badge'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Fact } from '@/components/fact'
import { RelativeTime, requestTime } from '@/components/relative-time'
import { Skeleton } from '@/components/skeletons'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { formatCount, formatDuration, formatTimeToClear, groupTimeLagMethodDisplay } from '@/features/consumer-groups/display'
import { getConsumerGroupEvents } from '@/features/consumer-groups/event-queries'
import type { HistoryRange } from '@/features/consumer-groups/lib'
import { requireGroupInScope } from '@/features/consumer-groups/load-group'
import { getConsumerGroupLagChart } from '@/features/consumer-groups/queries'
import { lastCommitOf, toMemberRows, toPartitionRows, toSubtopologyRows } from '@/features/consumer-groups/rows'
import { historyRange } from '@/features/consumer-groups/search-params'
import { currentKafkaUser, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { OwnerFacts } from '@/features/kafka-scope/components/owner-facts'
import { ownerLinks } from '@/features/kafka-scope/owner-links'
import { GroupTopicLinks } from '@/features/topics/components/group-topic-links'
import { firstValues, type RawSearchParams } from '@/lib/search-params'
import { formatCountOf, formatDateTime } from '@/lib/format'
import type { KafkaConsumerGroup, User } from '@/payload-types'

import { AutoRefresh } from '@/features/consumer-groups/components/auto-refresh'
import { ConsumerGroupEventsList } from '@/features/consumer-groups/components/consumer-group-events-list'
import { ConsumerGroupLagChart } from '@/features/consumer-groups/components/consumer-group-lag-chart'
import { ConsumerGroupMembersTable } from '@/features/consumer-groups/components/consumer-group-members-table'
import { StreamsSubtopologiesTable } from '@/features/consumer-groups/components/streams-subtopologies-table'
import { HealthBadge, StateBadge } from '@/features/consumer-groups/components/group-badges'
import { LagRangeSelector } from '@/features/consumer-groups/components/lag-range-selector'
import { PartitionLagTable } from '@/features/consumer-groups/components/partition-lag-table'

const nameOf = (value: unknown): string | null => (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : null)

/** Rendered on the server per request (and again by the 30 s refresh), so "now" is the request time. */

const RANGE_WORDS: Record<HistoryRange, string> = { '1h': 'hour', '6h': '6 hours', '24h': '24 hours', '7d': '7 days', '30d': '30 days' }

/** The chart's markers and the events list read the same events once per render. */
const loadEvents = cache(getConsumerGroupEvents)

type SectionProps = { user: User; group: KafkaConsumerGroup; range: HistoryRange; end: number }

/** The chart's history is the slowest read of the page: it streams in after the header and tables. */
async function LagChartSection({ user, group, range, end }: SectionProps) {
  const [points, { events }] = await Promise.all([getConsumerGroupLagChart(user, group, range), loadEvents(user, group, range, end)])
  return <ConsumerGroupLagChart points={points} range={range} end={end} events={events} />
}

async function EventsSection({ user, group, range, end }: SectionProps) {
  const { events, more } = await loadEvents(user, group, range, end)
  return <ConsumerGroupEventsList events={events} more={more} now={end} rangeLabel={RANGE_WORDS[range]} />
}

/**
 * One consumer group: state, health, lag, time lag, time to clear, the lag chart for the range in
 * the URL, partitions and members. Another workspace's group, or one outside the scope, is a 404:
 * the check runs before anything streams (no loading.tsx above this page), so the status is a real 404.
 * The group is read once: header, tables and the chart's history all start from it.
 */
export async function ConsumerGroupDetailPage({ scope, id, searchParams }: { scope: KafkaScope; id: string; searchParams: RawSearchParams }) {
  const group = await requireGroupInScope(scope, id)
  const user = await currentKafkaUser()

  const range = historyRange.parse(firstValues(searchParams).range)
  // One "now" for the chart's axis and the events' range, rendered on the server so both renders agree.
  const end = requestTime()
  const links = scopeLinks(scope)
  const partitions = toPartitionRows(group.partitionDetail)
  const members = toMemberRows(group.members)
  // memberCount is null when the broker was not asked for members (no describe API for the type).
  const membersReported = group.memberCount !== null && group.memberCount !== undefined
  const processes = new Set(members.map((m) => m.processId).filter(Boolean)).size
  const noCommit = partitions.filter((p) => p.noCommit).length
  const belowLogStart = partitions.filter((p) => p.belowLogStart).length
  const timeLag = groupTimeLagMethodDisplay(partitions)
  const lastCommit = members.length === 0 ? lastCommitOf(group.partitionDetail) : undefined

  return (
    <article className="grid gap-6" data-testid="consumer-group-detail-page">
      <div className="flex items-center justify-between gap-2">
        <Breadcrumbs
          items={[{ label: links.title, href: links.overview }, { label: 'Consumer groups', href: links.consumerGroups }, { label: group.groupId }]}
        />
        <AutoRefresh />
      </div>

      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold break-all" data-testid="group-id">
            {group.groupId}
          </h1>
          <StateBadge state={group.state} />
          <HealthBadge status={group.lagStatus} rule={group.lagRule} reason={group.lagReason} />
          <Badge tone="outline" data-testid="member-count">
            {membersReported ? `${formatCount(group.memberCount)} ${group.memberCount === 1 ? 'member' : 'members'}` : 'members not reported'}
          </Badge>
          {group.status !== 'active' ? <Badge tone="muted">{group.status}</Badge> : null}
        </div>
        <OwnerFacts
          owners={ownerLinks(group)}
          extra={[
            nameOf(group.cluster) && `Cluster: ${nameOf(group.cluster)}`,
            group.coordinatorBroker && `Coordinator: broker ${group.coordinatorBroker}`,
          ].filter((text): text is string => Boolean(text))}
        />
        <GroupTopicLinks topics={group.subscribedTopics} href={links.topic} />
        {group.lagReason ? (
          <p className="text-sm" data-testid="health-reason" data-rule={group.lagRule ?? undefined}>
            Health: {group.lagReason}
          </p>
        ) : null}
        <dl className="mt-2 grid grid-cols-2 gap-4 rounded-xl border bg-card p-4 sm:grid-cols-3 lg:grid-flow-col lg:grid-cols-none lg:auto-cols-fr">
          <Fact label="Total lag" value={formatCount(group.totalLag)} testId="fact-total-lag" />
          <Fact label="Max partition lag" value={formatCount(group.maxPartitionLag)} testId="fact-max-lag" />
          <Fact
            label="Time lag"
            value={
              <>
                <span data-testid="fact-lag-seconds">{formatDuration(group.lagSeconds)}</span>
                {timeLag ? (
                  <span className="block text-xs font-normal text-muted-foreground" title={timeLag.title} data-testid="fact-lag-seconds-method">
                    {timeLag.label}
                  </span>
                ) : null}
              </>
            }
          />
          <Fact label="Time to clear" value={formatTimeToClear(group.timeToClearSeconds)} testId="fact-time-to-clear" />
          <Fact label="Last checked" value={<RelativeTime iso={group.lagCheckedAt} now={end} />} testId="fact-checked" />
          {lastCommit !== undefined ? (
            <Fact
              label="Last commit"
              value={
                lastCommit ? (
                  <RelativeTime iso={lastCommit} now={end} title={`Offsets last moved at ${formatDateTime(lastCommit)} (seen by the lag check)`} />
                ) : (
                  <span title="The committed offsets have not moved since monitoring began">not seen</span>
                )
              }
              testId="fact-last-commit"
            />
          ) : null}
          <Fact label="Type" value={[group.groupType, group.assignmentStrategy].filter(Boolean).join(' · ') || '—'} testId="fact-type" />
        </dl>
      </header>

      <Card>
        <CardHeader className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle>Lag over time</CardTitle>
          <LagRangeSelector current={range} hrefFor={(r) => links.consumerGroup(group.id, { range: r })} />
        </CardHeader>
        <CardContent>
          {/* Keyed by range so a range change shows the placeholder instead of the old range's chart. */}
          <Suspense key={range} fallback={<Skeleton className="h-64 w-full" />}>
            <LagChartSection user={user} group={group} range={range} end={end} />
          </Suspense>
        </CardContent>
      </Card>

      <section className="grid gap-3" aria-labelledby="events-heading">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="events-heading" className="text-lg font-semibold">
            Timeline
          </h2>
          <span className="text-sm text-muted-foreground">Members, state and committed offsets as the sync and lag check saw them change, newest first</span>
        </div>
        <Suspense key={range} fallback={<Skeleton className="h-24 w-full" />}>
          <EventsSection user={user} group={group} range={range} end={end} />
        </Suspense>
      </section>

      <section className="grid gap-3" aria-labelledby="partitions-heading">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="partitions-heading" className="text-lg font-semibold">
            Partitions
          </h2>
          <span className="text-sm text-muted-foreground">
            {formatCountOf(partitions.length, 'partition')}
            {noCommit ? ` · ${noCommit} without a commit` : ''}
            {belowLogStart ? ` · ${belowLogStart} below the log start` : ''}
          </span>
        </div>
        <PartitionLagTable rows={partitions} groupType={group.groupType} />
      </section>

      <section className="grid gap-3" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ConsumerGroupMembersTable rows={members} groupType={group.groupType} reported={membersReported} />
      </section>

      {group.groupType === 'streams' && membersReported ? (
        <section className="grid gap-3" aria-labelledby="subtopologies-heading">
          <div className="flex flex-wrap items-baseline gap-3">
            <h2 id="subtopologies-heading" className="text-lg font-semibold">
              Subtopologies
            </h2>
            <span className="text-sm text-muted-foreground" data-testid="process-count">
              {formatCount(processes)} {processes === 1 ? 'process' : 'processes'}
            </span>
          </div>
          <StreamsSubtopologiesTable rows={toSubtopologyRows(group.members)} />
        </section>
      ) : null}
    </article>
  )
}
