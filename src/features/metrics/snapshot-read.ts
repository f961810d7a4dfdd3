import type { Payload } from 'payload'

import { familyHeader } from '@/features/metrics/exposition'
import { GROUP_FAMILIES, GROUP_FAMILY_TYPE, PARTITION_FAMILY_NAMES } from '@/features/metrics/lag-families'
import { SNAPSHOT_COMPLETE } from '@/features/metrics/snapshot'
// An exception to the feature zone (like alerting/channels/deliveries.ts): a scrape streams the
// stored bytes, which the Local API cannot return (it decodes every text column into a string);
// raw.ts is the adapter's typed drizzle instance, the same the lag check writes the snapshot with.
// eslint-disable-next-line no-restricted-imports
import { dialectOf, queryRows, sql, tableOf } from '@/sync/db/raw'

/** The workspaces whose rows a scrape may read: every row (unowned included), or these workspaces' only. */
export type VisibleWorkspaces = 'all' | readonly number[]

/**
 * About how many bytes of stored lines one read fetches: rows differ by their family and their
 * workspace's share of a slice (a few hundred bytes to a few MB), so each read asks for as many
 * rows as the previous read's average fits (at least one, at most MAX_ROWS_PER_READ).
 */
const BYTES_PER_READ = 8 * 2 ** 20
const MAX_ROWS_PER_READ = 1_000

/**
 * The group families of the stored snapshot (features/metrics/snapshot.ts) as exposition text, a
 * few MB of rows at a time: each cluster's latest complete cycle, the rows of the `visible`
 * workspaces (the consumer groups' read rule), HELP and TYPE once per family, each partition's
 * offsets once however many workspaces' rows repeat them. Rows are read raw (the collection is
 * internal: no user reads it through Payload) and, on SQLite, as their stored UTF-8 bytes, which
 * go to the response as they are: a scrape of 10,000 groups moves ~60 MB, and decoding them into
 * strings to encode them again was half its CPU time. The partition families, deduplicated line by
 * line, are the only rows decoded.
 */
export async function* snapshotExposition(payload: Payload, visible: VisibleWorkspaces): AsyncGenerator<string | Uint8Array> {
  if (visible !== 'all' && visible.length === 0) return
  const cycles = await latestCompleteCycles(payload)
  if (cycles.length === 0) return
  const decoder = new TextDecoder()
  for (const family of Object.values(GROUP_FAMILIES)) {
    const seen = PARTITION_FAMILY_NAMES.has(family.name) ? new Set<string>() : null
    let started = false
    let limit = 16
    for (let afterId = 0; ;) {
      const rows = await readRows(payload, { family: family.name, cycles, visible, afterId, limit })
      for (const { lines } of rows) {
        const text = seen ? unseenLines(typeof lines === 'string' ? lines : decoder.decode(lines), seen) : lines
        if (text.length === 0) continue
        if (!started) yield familyHeader({ ...family, type: GROUP_FAMILY_TYPE })
        started = true
        yield text
        yield '\n'
      }
      if (rows.length < limit) break
      afterId = rows.at(-1)!.id
      const bytes = rows.reduce((sum, row) => sum + row.lines.length, 0)
      limit = Math.max(1, Math.min(MAX_ROWS_PER_READ, Math.floor((BYTES_PER_READ * rows.length) / Math.max(1, bytes))))
    }
  }
}

type Cycle = { cluster: number; cycle: number }
type StoredLines = { id: number; lines: string | Uint8Array }

/** One read of a family's rows of the served cycles, after `afterId`, in id order. */
async function readRows(
  payload: Payload,
  { family, cycles, visible, afterId, limit }: { family: string; cycles: readonly Cycle[]; visible: VisibleWorkspaces; afterId: number; limit: number },
): Promise<StoredLines[]> {
  const t = tableOf(payload, 'kafka_metrics_snapshots')
  const ofCycles = sql.join(
    cycles.map(({ cluster, cycle }) => sql`(${t.cluster} = ${cluster} AND ${t.cycle} = ${cycle})`),
    sql` OR `,
  )
  const ids = visible === 'all' ? [] : visible.map((id) => sql`${id}`)
  const ofWorkspaces = visible === 'all' ? sql`1 = 1` : sql`${t.workspace} IN (${sql.join(ids, sql`, `)})`
  // SQLite hands a BLOB over as its bytes; PostgreSQL's driver decodes text whatever the query.
  const lines = dialectOf(payload) === 'sqlite' ? sql`CAST(${t.lines} AS BLOB)` : sql`${t.lines}`
  const rows = await queryRows(
    payload,
    sql`SELECT ${t.id} AS id, ${lines} AS lines FROM ${t}
        WHERE ${t.family} = ${family} AND (${ofCycles}) AND ${ofWorkspaces} AND ${t.id} > ${afterId} AND ${t.lines} IS NOT NULL
        ORDER BY ${t.id} LIMIT ${limit}`,
  )
  return rows.map((row) => ({ id: Number(row.id), lines: bytesOrText(row.lines) }))
}

/** Per cluster, the cycle of its latest completion marker. */
async function latestCompleteCycles(payload: Payload): Promise<Cycle[]> {
  const t = tableOf(payload, 'kafka_metrics_snapshots')
  const rows = await queryRows(
    payload,
    sql`SELECT ${t.cluster} AS cluster, max(${t.cycle}) AS cycle FROM ${t} WHERE ${t.family} = ${SNAPSHOT_COMPLETE} GROUP BY ${t.cluster}`,
  )
  return rows.filter((row) => row.cluster !== null).map((row) => ({ cluster: Number(row.cluster), cycle: Number(row.cycle) }))
}

/** A stored value as the driver answers it: text, or a BLOB's bytes (an ArrayBuffer or a Buffer, taken without copying). */
function bytesOrText(value: unknown): string | Uint8Array {
  if (typeof value === 'string' || value instanceof Uint8Array) return value
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  return typeof value === 'number' ? String(value) : ''
}

function unseenLines(lines: string, seen: Set<string>): string {
  const unseen = lines.split('\n').filter((line) => {
    if (seen.has(line)) return false
    seen.add(line)
    return true
  })
  return unseen.join('\n')
}
