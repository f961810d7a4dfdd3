import { type SQL, sql } from 'drizzle-orm'

import { packSamples, sampleHour, toEpochMs, unpackSamples, type RawLagSample } from '@/features/consumer-groups/lib'
import { chunk } from '@/lib/chunk'
import type { Row } from '@/sync/db/raw'

/** What the packing migration needs of its dialect's drizzle handle (both migrations adapt theirs to it). */
export type MigrationDb = { rows(query: SQL): Promise<Row[]>; run(query: SQL): Promise<unknown> }

const GROUPS_PER_STEP = 100
const ROWS_PER_INSERT = 200
const TABLE = sql.raw('"kafka_consumer_group_lag_history"')

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))
const idOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

/** Ids of the groups with raw rows, in order. */
async function rawGroups(db: MigrationDb): Promise<number[]> {
  const rows = await db.rows(sql`SELECT DISTINCT "consumer_group_id" AS g FROM ${TABLE} WHERE "resolution" = 'raw' ORDER BY 1`)
  return rows.map((r) => Number(r.g))
}

type Owned = { group: number; cluster: number; workspace: number | null; virtualCluster: number | null }

function ownedOf(row: Row): Owned {
  return { group: Number(row.g), cluster: Number(row.c), workspace: idOrNull(row.w), virtualCluster: idOrNull(row.v) }
}

async function insertRows(db: MigrationDb, columns: string, values: SQL[]) {
  for (const part of chunk(values, ROWS_PER_INSERT)) await db.run(sql`INSERT INTO ${TABLE} ${sql.raw(columns)} VALUES ${sql.join(part, sql`, `)}`)
}

/**
 * Up: the raw tier from one row per poll to one row per group and UTC hour holding the hour's
 * polls packed (lib/packed-samples.ts), a hundred groups at a time; each hour row takes the owner
 * of its newest poll. partitionLag is not carried over (nothing reads it).
 */
export async function packRawHistory(db: MigrationDb): Promise<number> {
  const now = new Date().toISOString()
  let written = 0
  for (const ids of chunk(await rawGroups(db), GROUPS_PER_STEP)) {
    const rows = await db.rows(
      sql`SELECT "consumer_group_id" AS g, "cluster_id" AS c, "workspace_id" AS w, "virtual_cluster_id" AS v, "timestamp" AS t, "total_lag" AS tl, "max_partition_lag" AS ml, "lag_seconds" AS ls, "member_count" AS mc, "state" AS st
        FROM ${TABLE} WHERE "resolution" = 'raw' AND "consumer_group_id" IN (${sql.join(ids, sql`, `)}) ORDER BY "consumer_group_id", "timestamp"`,
    )
    const hours = new Map<string, { owned: Owned; hour: number; samples: RawLagSample[] }>()
    for (const row of rows) {
      const time = toEpochMs(row.t as string | Date)
      const key = `${String(row.g)}@${sampleHour(time)}`
      const entry = hours.get(key) ?? { owned: ownedOf(row), hour: sampleHour(time), samples: [] }
      entry.owned = ownedOf(row)
      entry.samples.push({
        time,
        totalLag: numberOrNull(row.tl),
        maxPartitionLag: numberOrNull(row.ml),
        lagSeconds: numberOrNull(row.ls),
        memberCount: numberOrNull(row.mc),
        state: typeof row.st === 'string' ? row.st : null,
      })
      hours.set(key, entry)
    }
    await db.run(sql`DELETE FROM ${TABLE} WHERE "resolution" = 'raw' AND "consumer_group_id" IN (${sql.join(ids, sql`, `)})`)
    const values = [...hours.values()].map(
      ({ owned, hour, samples }) =>
        sql`(${owned.group}, ${owned.cluster}, ${owned.workspace}, ${owned.virtualCluster}, ${new Date(hour).toISOString()}, 'raw', ${packSamples(samples)}, ${now}, ${now})`,
    )
    await insertRows(
      db,
      '("consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "samples", "updated_at", "created_at")',
      values,
    )
    written += values.length
  }
  return written
}

/** Down: every packed hour row back into one raw row per poll (partitionLag empty). */
export async function unpackRawHistory(db: MigrationDb): Promise<number> {
  const now = new Date().toISOString()
  let written = 0
  for (const ids of chunk(await rawGroups(db), GROUPS_PER_STEP)) {
    const rows = await db.rows(
      sql`SELECT "consumer_group_id" AS g, "cluster_id" AS c, "workspace_id" AS w, "virtual_cluster_id" AS v, "timestamp" AS t, "samples" AS s
        FROM ${TABLE} WHERE "resolution" = 'raw' AND "consumer_group_id" IN (${sql.join(ids, sql`, `)})`,
    )
    const values = rows.flatMap((row) => {
      const o = ownedOf(row)
      return unpackSamples(row.t as string | Date, (row.s as string | null) ?? null).map(
        (s) =>
          sql`(${o.group}, ${o.cluster}, ${o.workspace}, ${o.virtualCluster}, ${new Date(s.time).toISOString()}, 'raw', 1, ${s.totalLag}, ${s.maxPartitionLag}, ${s.lagSeconds}, ${s.memberCount}, ${s.state}, ${now}, ${now})`,
      )
    })
    await db.run(sql`DELETE FROM ${TABLE} WHERE "resolution" = 'raw' AND "consumer_group_id" IN (${sql.join(ids, sql`, `)})`)
    await insertRows(
      db,
      '("consumer_group_id", "cluster_id", "workspace_id", "virtual_cluster_id", "timestamp", "resolution", "sample_count", "total_lag", "max_partition_lag", "lag_seconds", "member_count", "state", "updated_at", "created_at")',
      values,
    )
    written += values.length
  }
  return written
}
