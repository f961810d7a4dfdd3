import type { Payload } from 'payload'

import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

/**
 * Claims (or renews) the lease `name` for `holder` until now + ttl, atomically: one conditional
 * upsert that only overwrites a lease that expired or that the holder already owns. Returns true
 * when the holder owns the lease afterwards.
 */
export async function acquireLease(payload: Payload, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const table = tableOf(payload, 'sync_leases')
  const now = new Date()
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString()
  const db = drizzleOf(payload)
  const rows = (await db
    .insert(table)
    .values({ name, holder, expiresAt, updatedAt: now.toISOString(), createdAt: now.toISOString() })
    .onConflictDoUpdate({
      target: table.name,
      set: { holder, expiresAt, updatedAt: now.toISOString() },
      setWhere: sql`${table.expiresAt} < ${now.toISOString()} OR ${table.holder} = ${holder}`,
    })
    .returning({ holder: table.holder })) as { holder: string }[]
  return rows[0]?.holder === holder
}

/** Gives up every lease `holder` still holds (a process shutting down: its runs end with it). */
export async function releaseLeasesOf(payload: Payload, holder: string): Promise<void> {
  const table = tableOf(payload, 'sync_leases')
  await drizzleOf(payload)
    .delete(table)
    .where(sql`${table.holder} = ${holder}`)
}

/** Gives the lease up early (only if still held by `holder`). */
export async function releaseLease(payload: Payload, name: string, holder: string): Promise<void> {
  const table = tableOf(payload, 'sync_leases')
  await drizzleOf(payload)
    .delete(table)
    .where(sql`${table.name} = ${name} AND ${table.holder} = ${holder}`)
}
