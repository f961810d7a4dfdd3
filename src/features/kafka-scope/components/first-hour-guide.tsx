import { CheckCircle2, Circle } from 'lucide-react'
import Link from 'next/link'
import * as React from 'react'

import { StatusBadge } from '@/components/badge'
import { RelativeTime } from '@/components/relative-time'
import { STATE_TEXT } from '@/components/sync-health-banner'
import { formatDuration } from '@/lib/format'
import { paths } from '@/lib/paths'

import type { SetupStep } from '@/features/kafka-scope/lib/setup-steps'
import type { SetupStatus } from '@/features/kafka-scope/setup-status'

const linkClass = 'font-medium underline underline-offset-4'

/**
 * The platform admin's first hour on an install that is not set up yet: add a cluster (a deep link
 * into the admin, where "Test connection" checks it), watch its first sync, then map topics to
 * teams with a workspace and a virtual cluster. Hidden once every step is done.
 */
export function FirstHourGuide({ status }: { status: SetupStatus }) {
  if (status.next === null) return null
  const every = (seconds: number) => formatDuration(seconds)
  return (
    <section
      aria-labelledby="first-hour-heading"
      data-testid="first-hour-guide"
      className="grid gap-4 rounded-xl border bg-card p-4 text-card-foreground sm:p-6"
    >
      <div>
        <h2 id="first-hour-heading" className="text-lg font-semibold">
          Set up Orbit
        </h2>
        <p className="text-sm text-muted-foreground">Three steps from an empty install to your teams’ topics, groups and schemas.</p>
      </div>
      <ol className="grid gap-4">
        <Step step="addCluster" status={status} title="Add a Kafka cluster">
          Enter its bootstrap servers, SASL credentials and Schema Registry URL in the admin:{' '}
          <Link href={paths.adminCreate('kafka-clusters')} className={linkClass} data-testid="add-cluster-link">
            add a cluster
          </Link>
          . On the cluster’s page, <em>Test connection</em> checks the bootstrap servers, SASL and the registry one by one.
        </Step>
        <Step step="firstSync" status={status} title="Let the first sync run">
          Each cluster is synced on a schedule: topics every {every(status.intervals.topicSync)}, consumer groups every{' '}
          {every(status.intervals.consumerGroupSync)}, schemas every {every(status.intervals.schemaSync)}. Data appears on these pages after the first run;{' '}
          <em>Sync now</em> on the cluster’s page runs it at once.
          {status.clusters.length > 0 ? (
            <ul className="mt-2 grid gap-1" data-testid="first-sync-status">
              {status.clusters.map((cluster) => (
                <li key={cluster.clusterId} className="flex flex-wrap items-center gap-2">
                  <Link href={paths.adminDocument('kafka-clusters', cluster.clusterId)} className={linkClass}>
                    {cluster.clusterName}
                  </Link>
                  {cluster.jobs.map((job) => (
                    <span key={job.job} className="inline-flex items-center gap-1 text-xs text-muted-foreground" data-testid={`first-sync-${job.job}`}>
                      {job.label}
                      <StatusBadge tone={STATE_TEXT[job.state].tone} label={STATE_TEXT[job.state].label} />
                      {job.lastRunAt ? <RelativeTime iso={job.lastRunAt} now={status.now} /> : null}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : null}
        </Step>
        <Step step="mapTeams" status={status} title="Map topics to teams">
          A{' '}
          <Link href={paths.adminCreate('workspaces')} className={linkClass}>
            workspace
          </Link>{' '}
          per team, an{' '}
          <Link href={paths.adminCreate('kafka-applications')} className={linkClass}>
            application
          </Link>{' '}
          and a{' '}
          <Link href={paths.adminCreate('kafka-virtual-clusters')} className={linkClass}>
            virtual cluster
          </Link>{' '}
          whose topic and group prefixes claim that team’s objects; then add members to the workspace. Until then, everything is listed as unowned (visible to
          platform admins only).
        </Step>
      </ol>
    </section>
  )
}

function Step({ step, status, title, children }: { step: SetupStep; status: SetupStatus; title: string; children: React.ReactNode }) {
  const done = status.done[step]
  const current = status.next === step
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)] gap-3" data-testid={`setup-step-${step}`} data-done={done} aria-current={current ? 'step' : undefined}>
      {done ? <CheckCircle2 aria-hidden className="mt-0.5 size-5 text-emerald-600" /> : <Circle aria-hidden className="mt-0.5 size-5 text-muted-foreground" />}
      <div className={current ? '' : 'text-muted-foreground'}>
        <p className="font-medium text-foreground">
          {title}
          <span className="sr-only">{done ? ' (done)' : current ? ' (next step)' : ''}</span>
        </p>
        <div className="text-sm">{children}</div>
      </div>
    </li>
  )
}
