import type { Payload } from 'payload'
import { z } from 'zod'

import { readStaged, stageChunks } from '@/sync/db/staging'

import type { SubjectListing } from '@/sync/activities/schema-sync/types'

/** Subjects fetched and written per activity call: bounds the batch's transaction and its memory. */
export const SUBJECT_BATCH_SIZE = 250

/** The run's registry listing, and the subjects to fetch in batches of SUBJECT_BATCH_SIZE. */
const LISTING = 'schemaSync:listing'
const TO_SYNC = 'schemaSync:toSync'

const chunkSchema = z.array(z.object({ subject: z.string(), versions: z.array(z.number()), deletedVersions: z.array(z.number()) }))

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

export async function stageListing(payload: Payload, runId: number, subjects: readonly SubjectListing[]): Promise<void> {
  await stageChunks(payload, { runId, part: LISTING }, chunked(subjects, SUBJECT_BATCH_SIZE))
}

export async function stagedListing(payload: Payload, runId: number): Promise<SubjectListing[]> {
  return (await readStaged(payload, { runId, part: LISTING })).flatMap((chunk) => chunkSchema.parse(chunk))
}

/** Stages the subjects to fetch as batches; returns how many. */
export async function stageBatches(payload: Payload, runId: number, subjects: readonly SubjectListing[]): Promise<number> {
  const batches = chunked(subjects, SUBJECT_BATCH_SIZE)
  await stageChunks(payload, { runId, part: TO_SYNC }, batches)
  return batches.length
}

export async function stagedBatch(payload: Payload, runId: number, batch: number): Promise<SubjectListing[]> {
  const [chunk] = await readStaged(payload, { runId, part: TO_SYNC }, batch)
  if (chunk === undefined) throw new Error(`schema sync run ${runId}: no staged batch ${batch} (the run's staging was dropped)`)
  return chunkSchema.parse(chunk)
}
