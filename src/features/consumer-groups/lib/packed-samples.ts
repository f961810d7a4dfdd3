/**
 * The raw lag-history tier packed: one row per group per UTC hour (resolution 'raw', timestamp =
 * the hour's start) whose `samples` text holds every poll of that hour, oldest first, as
 * `offset,totalLag,maxPartitionLag,lagSeconds,memberCount,state;` (offset: ms since the hour's
 * start; an empty field is null; the state URI-encoded so it never holds a separator). Text so a
 * poll is appended in the upsert itself with `||` on both databases (no read-modify-write, so two
 * workers or a retry never lose a sample); a retried poll appends the same offset again, and
 * unpacking keeps one sample per time (the last written). Readers (lag state reload, lag chart,
 * retention rollups) only see the samples, never the text.
 */
import { bucketStart, toEpochMs } from '@/features/consumer-groups/lib/downsample'
import type { LagHistoryPoint, Timestamp } from '@/features/consumer-groups/lib/types'

/** One poll of a group as the raw tier keeps it. */
export type RawLagSample = {
  /** Epoch ms. */
  time: number
  totalLag: number | null
  maxPartitionLag: number | null
  lagSeconds: number | null
  memberCount: number | null
  state: string | null
}

const FIELDS = ';'
const VALUES = ','

/** The start (epoch ms) of the hour row that holds a sample taken at `time`. */
export function sampleHour(time: Timestamp): number {
  return bucketStart(toEpochMs(time), 'hour')
}

const num = (value: number | null) => (value === null || !Number.isFinite(value) ? '' : String(value))

/** One sample as the text appended to its hour row (`sampleHour(sample.time)`). */
export function packSample(sample: RawLagSample): string {
  const offset = sample.time - sampleHour(sample.time)
  const state = sample.state === null ? '' : encodeURIComponent(sample.state)
  return [offset, num(sample.totalLag), num(sample.maxPartitionLag), num(sample.lagSeconds), num(sample.memberCount), state].join(VALUES) + FIELDS
}

/** Samples of one hour packed (each must fall in the hour of the first). */
export function packSamples(samples: readonly RawLagSample[]): string {
  return samples.map(packSample).join('')
}

const parseNum = (text: string | undefined): number | null | undefined => {
  if (text === undefined) return undefined
  if (text === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

/**
 * The samples of an hour row, oldest first, one per time (a repeated time keeps the last
 * appended). A malformed entry is skipped, never guessed.
 */
export function unpackSamples(hourStart: Timestamp, packed: string | null | undefined): RawLagSample[] {
  if (!packed) return []
  const start = toEpochMs(hourStart)
  const byTime = new Map<number, RawLagSample>()
  for (const entry of packed.split(FIELDS)) {
    if (entry === '') continue
    const parts = entry.split(VALUES)
    if (parts.length !== 6) continue
    const offset = parseNum(parts[0])
    const values = parts.slice(1, 5).map(parseNum)
    if (typeof offset !== 'number' || values.some((v) => v === undefined)) continue
    let state: string | null = null
    try {
      state = parts[5] === '' ? null : decodeURIComponent(parts[5]!)
    } catch {
      continue
    }
    const [totalLag, maxPartitionLag, lagSeconds, memberCount] = values as (number | null)[]
    const time = start + offset
    byTime.delete(time)
    byTime.set(time, { time, totalLag: totalLag!, maxPartitionLag: maxPartitionLag!, lagSeconds: lagSeconds!, memberCount: memberCount!, state })
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time)
}

/** The samples of several hour rows at or after `since` (epoch ms) and before `before`, oldest first. */
export function unpackRows(
  rows: readonly { timestamp: Timestamp; samples?: string | null }[],
  since: number = -Infinity,
  before: number = Infinity,
): RawLagSample[] {
  return rows
    .flatMap((row) => unpackSamples(row.timestamp, row.samples))
    .filter((s) => s.time >= since && s.time < before)
    .sort((a, b) => a.time - b.time)
}

/** A sample as a lag-history point (one poll: its own extremes, one sample). */
export function samplePoint(sample: RawLagSample): LagHistoryPoint & { timestamp: string } {
  return {
    timestamp: new Date(sample.time).toISOString(),
    totalLag: sample.totalLag,
    maxPartitionLag: sample.maxPartitionLag,
    lagSeconds: sample.lagSeconds,
    sampleCount: 1,
  }
}
