import type { Payload } from 'payload'

import {
  DEFAULT_CLEAR_TIME_SAMPLES,
  type LagSample,
  type VerdictSample,
  nextLagTrend,
  parseStoredList,
  partitionDetailSchema,
  sampleHour,
  TREND_WINDOW_MS,
  unpackRows,
} from '@/features/consumer-groups/lib'
import { chunk } from '@/lib/chunk'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { PreviousWindow } from '@/sync/activities/lag-check/evaluate'

/**
 * How far back the clear-time estimate looks: the polls that fit DEFAULT_CLEAR_TIME_SAMPLES
 * intervals of the lag check, plus one interval of slack for a late poll. The current poll is the
 * newest sample and is not read back.
 */
export function clearTimeLookbackMs(intervalSeconds: number): number {
  return (DEFAULT_CLEAR_TIME_SAMPLES + 1) * intervalSeconds * 1000
}

/** How far back a group's state is read when this worker does not hold it: clear time, trend and falling behind. */
export function stateLookbackMs(intervalSeconds: number, fallingBehindWindowMs: number = 0): number {
  return Math.max(clearTimeLookbackMs(intervalSeconds), TREND_WINDOW_MS, fallingBehindWindowMs)
}

type StoredLagState = { windows: PreviousWindow[]; samples: VerdictSample[]; trendPoints: LagSample[] }

const IDS_PER_QUERY = 1_000

/**
 * The previous poll's state of the given groups (by row id) from the database: their stored
 * partitionDetail (their lag rows' Burrow windows, parsed through the domain's schema; `unreadable` counts the
 * partitions skipped), their raw lag samples since `since` (epoch ms, unpacked from the hour rows, oldest first; the clear-time
 * estimate reads the newest) and the trend points those samples leave.
 */
export async function loadLagState(
  payload: Payload,
  clusterId: number,
  groupIds: number[],
  since: number,
): Promise<{ byGroup: Map<number, StoredLagState>; unreadable: number }> {
  const state = new Map<number, StoredLagState>()
  let unreadable = 0
  if (groupIds.length === 0) return { byGroup: state, unreadable }
  const db = drizzleOf(payload)
  const lag = tableOf(payload, 'kafka_consumer_group_lag')
  const history = tableOf(payload, 'kafka_consumer_group_lag_history')
  // The hour rows that hold samples since `since`: from the one `since` falls in.
  const fromHour = new Date(sampleHour(since)).toISOString()
  for (const ids of chunk(groupIds, IDS_PER_QUERY)) {
    const [details, samples] = await Promise.all([
      db
        .select({ id: lag.consumerGroup, detail: lag.partitionDetail })
        .from(lag)
        .where(sql`${lag.consumerGroup} IN ${ids}`),
      db
        .select({ group: history.consumerGroup, timestamp: history.timestamp, samples: history.samples })
        .from(history)
        .where(sql`${history.consumerGroup} IN ${ids} AND ${history.resolution} = 'raw' AND ${history.timestamp} >= ${fromHour}`),
    ])
    for (const row of details) {
      const detail = parseStoredList(partitionDetailSchema, row.detail)
      unreadable += detail.skipped
      state.set(row.id, { windows: detail.items, samples: [], trendPoints: [] })
    }
    for (const row of samples) {
      const entry = state.get(row.group) ?? { windows: [], samples: [], trendPoints: [] }
      for (const { time, totalLag, lagSeconds } of unpackRows([row], since)) entry.samples.push({ time, totalLag, lagSeconds } satisfies VerdictSample)
      state.set(row.group, entry)
    }
  }
  for (const entry of state.values()) {
    entry.samples.sort((a, b) => a.time - b.time)
    for (const { time, totalLag } of entry.samples) entry.trendPoints = nextLagTrend(entry.trendPoints, { time, totalLag }).points
  }
  return { byGroup: state, unreadable }
}
