import type { Payload, Where } from 'payload'

import { ABANDONED_ERROR, abandonedRunIds } from '@/sync/abandoned-runs'
import { drizzleOf, tableOf } from '@/sync/db/raw'

/** Closes the running runs matching `where` as abandoned; returns how many. */
export async function closeRunsAsAbandoned(payload: Payload, where: Where): Promise<number> {
  const finishedAt = new Date()
  const running = await payload.find({
    collection: 'sync-runs',
    where: { and: [where, { outcome: { equals: 'running' } }] },
    select: { startedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const run of running.docs) {
    await payload.update({
      collection: 'sync-runs',
      id: run.id,
      data: {
        outcome: 'abandoned',
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - Date.parse(run.startedAt),
        error: ABANDONED_ERROR,
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  return running.docs.length
}

/**
 * Closes every run that no live process holds (start-up of the embedded runner, or its graceful
 * stop with `stoppingHolder` = itself): see abandonedRunIds.
 */
export async function closeAbandonedRuns(payload: Payload, stoppingHolder?: string): Promise<number> {
  const leasesTable = tableOf(payload, 'sync_leases')
  const [running, leases] = await Promise.all([
    payload.find({
      collection: 'sync-runs',
      where: { outcome: { equals: 'running' } },
      select: { job: true, cluster: true, runner: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    drizzleOf(payload).select({ name: leasesTable.name, holder: leasesTable.holder, expiresAt: leasesTable.expiresAt }).from(leasesTable),
  ])
  const runs = running.docs.map((r) => ({
    id: r.id,
    job: r.job,
    cluster: typeof r.cluster === 'number' ? r.cluster : (r.cluster?.id ?? null),
    runner: r.runner,
  }))
  const ids = abandonedRunIds(runs, leases, new Date(), stoppingHolder)
  return ids.length ? await closeRunsAsAbandoned(payload, { id: { in: ids } }) : 0
}
