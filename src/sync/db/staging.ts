import type { Payload } from 'payload'

import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { drizzleOf, nowIso, sql, tableOf } from '@/sync/db/raw'

/**
 * A run's staged chunks (the sync-staging collection): what its activities hand each other through
 * the database, so the workflow carries only the run id and chunk numbers.
 */
export type StagedPart = { runId: number; part: string }

/** Stages `chunks` as the part's chunks 0..n-1, replacing any the part had (a retried activity). */
export async function stageChunks(payload: Payload, { runId, part }: StagedPart, chunks: readonly unknown[]): Promise<void> {
  await dropStaged(payload, runId, part)
  const now = nowIso()
  await bulkUpsert(
    payload,
    { table: 'sync_staging', conflict: ['run', 'part', 'seq'], update: ['data', 'updatedAt'] },
    chunks.map((data, seq) => ({ run: runId, part, seq, data, updatedAt: now, createdAt: now })),
  )
}

/** The part's chunks in order, or only chunk `seq`. */
export async function readStaged(payload: Payload, { runId, part }: StagedPart, seq?: number): Promise<unknown[]> {
  const t = tableOf(payload, 'sync_staging')
  const where = seq === undefined ? sql`${t.run} = ${runId} AND ${t.part} = ${part}` : sql`${t.run} = ${runId} AND ${t.part} = ${part} AND ${t.seq} = ${seq}`
  const rows = await drizzleOf(payload).select({ data: t.data }).from(t).where(where).orderBy(t.seq)
  return rows.map((r) => r.data)
}

/** Drops the run's chunks (of one part, or all of them). */
export async function dropStaged(payload: Payload, runId: number, part?: string): Promise<void> {
  const t = tableOf(payload, 'sync_staging')
  await drizzleOf(payload)
    .delete(t)
    .where(part === undefined ? sql`${t.run} = ${runId}` : sql`${t.run} = ${runId} AND ${t.part} = ${part}`)
}

/**
 * Drops the chunks of every run no longer running: the one that just finished, and those of runs
 * that died (closed as abandoned by the next run of their job) or were pruned.
 */
export async function dropStagingOfFinishedRuns(payload: Payload): Promise<void> {
  const t = tableOf(payload, 'sync_staging')
  const runs = tableOf(payload, 'sync_runs')
  await drizzleOf(payload)
    .delete(t)
    .where(sql`${t.run} NOT IN (SELECT ${runs.id} FROM ${runs} WHERE ${runs.outcome} = 'running')`)
}
