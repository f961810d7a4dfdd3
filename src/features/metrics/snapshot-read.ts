import type { Payload, Where } from 'payload'

import { relationId } from '@/features/kafka-scope/scope-links'
import { familyHeader } from '@/features/metrics/exposition'
import { GROUP_FAMILIES, GROUP_FAMILY_TYPE, PARTITION_FAMILY_NAMES } from '@/features/metrics/lag-families'
import { SNAPSHOT_COMPLETE } from '@/features/metrics/snapshot'

const SNAPSHOTS = 'kafka-metrics-snapshots'
/**
 * About how many characters of stored lines one read fetches: rows differ by their family and
 * their workspace's share of a slice (a few hundred bytes to a few MB), so each read asks for as
 * many rows as the previous read's average fits (at least one, at most MAX_ROWS_PER_READ).
 */
const CHARS_PER_READ = 8 * 2 ** 20
const MAX_ROWS_PER_READ = 1_000

/**
 * The group families of the stored snapshot (features/metrics/snapshot.ts) as exposition text, a
 * few MB of rows at a time: each cluster's latest complete cycle, the rows `visible` selects (the consumer
 * groups' read rule, applied to the rows' workspace), HELP and TYPE once per family, each
 * partition's offsets once however many workspaces' rows repeat them. The collection is internal,
 * so it is read with overrideAccess and the caller's rule as a filter.
 */
export async function* snapshotExposition(payload: Payload, visible: Where): AsyncGenerator<string> {
  const cycles = await latestCompleteCycles(payload)
  if (cycles.length === 0) return
  const ofLatestCycles: Where = { or: cycles.map(({ cluster, cycle }): Where => ({ and: [{ cluster: { equals: cluster } }, { cycle: { equals: cycle } }] })) }
  for (const family of Object.values(GROUP_FAMILIES)) {
    const seen = PARTITION_FAMILY_NAMES.has(family.name) ? new Set<string>() : null
    let started = false
    let limit = 16
    for (let afterId = 0; ;) {
      const { docs } = await payload.find({
        collection: SNAPSHOTS,
        where: { and: [{ family: { equals: family.name } }, ofLatestCycles, visible, { id: { greater_than: afterId } }] },
        select: { lines: true },
        sort: 'id',
        limit,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const row of docs) {
        const lines = seen ? unseenLines(row.lines ?? '', seen) : (row.lines ?? '')
        if (lines === '') continue
        if (!started) yield familyHeader({ ...family, type: GROUP_FAMILY_TYPE })
        started = true
        yield `${lines}\n`
      }
      if (docs.length < limit) break
      afterId = docs.at(-1)!.id
      const chars = docs.reduce((sum, row) => sum + (row.lines?.length ?? 0), 0)
      limit = Math.max(1, Math.min(MAX_ROWS_PER_READ, Math.floor((CHARS_PER_READ * docs.length) / Math.max(1, chars))))
    }
  }
}

/** Per cluster, the cycle of its latest completion marker. */
async function latestCompleteCycles(payload: Payload): Promise<{ cluster: number; cycle: number }[]> {
  const markers = await payload.find({
    collection: SNAPSHOTS,
    where: { family: { equals: SNAPSHOT_COMPLETE } },
    select: { cluster: true, cycle: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const latest = new Map<number, number>()
  for (const marker of markers.docs) {
    const cluster = relationId(marker.cluster)
    if (cluster !== null && marker.cycle > (latest.get(cluster) ?? -Infinity)) latest.set(cluster, marker.cycle)
  }
  return [...latest].map(([cluster, cycle]) => ({ cluster, cycle }))
}

function unseenLines(lines: string, seen: Set<string>): string {
  const unseen = lines.split('\n').filter((line) => {
    if (seen.has(line)) return false
    seen.add(line)
    return true
  })
  return unseen.join('\n')
}
