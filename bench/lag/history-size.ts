/**
 * What the lag history costs on disk, measured on the database itself: the history table with
 * all its indexes (SQLite: the pages dbstat attributes to the table and its indexes; PostgreSQL:
 * pg_total_relation_size, i.e. heap, indexes and TOAST), divided by its rows. The yearly figure
 * applies that per-row size to the retention tiers' rows; a few cycles leave the raw hour rows
 * nearly empty, so it is a lower bound: bench:history (history-year.ts) measures the year.
 */
import type { Payload } from 'payload'

import { DEFAULT_RETENTION } from '@/features/consumer-groups/lib'
import { dialectOf, queryRows, sql } from '@/sync/db/raw'

const TABLE = 'kafka_consumer_group_lag_history'
/** Raw rows a group writes a day: one per hour. */
const RAW_ROWS_PER_DAY = 24

/** Rows one group keeps at steady state: raw (one per hour, packed) for rawDays, hourly for hourDays, daily until deletion. */
export function rowsPerGroupAtSteadyState(retention = DEFAULT_RETENTION) {
  const raw = retention.rawDays * RAW_ROWS_PER_DAY
  const hour = retention.hourDays * 24
  const day = retention.deleteAfterDays
  return { raw, hour, day, total: raw + hour + day }
}

export async function historyBytes(payload: Payload) {
  let bytes: number
  let indexBytes: number
  let indexes: number
  let rows: number
  let jsonBytes: number
  if (dialectOf(payload) === 'sqlite') {
    const [size] = await queryRows(
      payload,
      sql.raw(
        `SELECT SUM(pgsize) AS bytes, SUM(CASE WHEN name <> '${TABLE}' THEN pgsize ELSE 0 END) AS index_bytes, COUNT(DISTINCT name) - 1 AS indexes FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = '${TABLE}')`,
      ),
    )
    const [count] = await queryRows(payload, sql.raw(`SELECT COUNT(*) AS n, AVG(LENGTH(samples)) AS json FROM ${TABLE}`))
    jsonBytes = Number(count?.json)
    bytes = Number(size?.bytes)
    indexBytes = Number(size?.index_bytes)
    indexes = Number(size?.indexes)
    rows = Number(count?.n)
  } else {
    const [size] = await queryRows(
      payload,
      sql.raw(
        `SELECT pg_total_relation_size('${TABLE}') AS bytes, pg_indexes_size('${TABLE}') AS index_bytes, (SELECT COUNT(*) FROM pg_indexes WHERE tablename = '${TABLE}') AS indexes, (SELECT COUNT(*) FROM ${TABLE}) AS n, (SELECT AVG(pg_column_size(samples)) FROM ${TABLE}) AS json`,
      ),
    )
    bytes = Number(size?.bytes)
    indexBytes = Number(size?.index_bytes)
    indexes = Number(size?.indexes)
    rows = Number(size?.n)
    jsonBytes = Number(size?.json)
  }
  const perRow = bytes / rows
  const tiers = rowsPerGroupAtSteadyState()
  return {
    tableBytes: bytes,
    rows,
    indexes,
    bytesPerRow: perRow,
    indexBytesPerRow: indexBytes / rows,
    /** The packed samples alone (their stored size). */
    samplesBytesPerRow: jsonBytes,
    bytesPerGroupPerDay: perRow * RAW_ROWS_PER_DAY,
    rowsPerGroupPerYear: tiers.total,
    bytesPerGroupPerYear: perRow * tiers.total,
  }
}
