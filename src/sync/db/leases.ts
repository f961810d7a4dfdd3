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
  const rows = await db
    .insert(table)
    .values({ name, holder, expiresAt, updatedAt: now.toISOString(), createdAt: now.toISOString() })
    .onConflictDoUpdate({
      target: table.name,
      set: { holder, expiresAt, updatedAt: now.toISOString() },
      setWhere: sql`${table.expiresAt} < ${now.toISOString()} OR ${table.holder} = ${holder}`,
    })
    .returning({ holder: table.holder })
  return rows[0]?.holder === holder
}

/** Gives the lease `name` to `holder` until now + ttl, whoever held it (a record of who holds something, not a claim). */
export async function takeLease(payload: Payload, name: string, holder: string, ttlMs: number): Promise<void> {
  const table = tableOf(payload, 'sync_leases')
  const now = new Date()
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString()
  await drizzleOf(payload)
    .insert(table)
    .values({ name, holder, expiresAt, updatedAt: now.toISOString(), createdAt: now.toISOString() })
    .onConflictDoUpdate({ target: table.name, set: { holder, expiresAt, updatedAt: now.toISOString() } })
}

/** The holder of the lease `name`, or null when nobody holds it (or it expired). */
export async function leaseHolder(payload: Payload, name: string): Promise<string | null> {
  const table = tableOf(payload, 'sync_leases')
  const [row] = await drizzleOf(payload)
    .select({ holder: table.holder })
    .from(table)
    .where(sql`${table.name} = ${name} AND ${table.expiresAt} >= ${new Date().toISOString()}`)
  return row?.holder ?? null
}

/** A held lease is renewed this many times per TTL, so one missed renewal never loses it. */
const RENEWALS_PER_TTL = 3
/**
 * Leases this process holds through whileHoldingLease: the upsert lets a holder renew its own
 * lease, so without this a second run in the same process (the first run and a cron tick) would
 * get it too.
 */
const heldHere = new Set<string>()

/**
 * Runs `work` while holding the lease `name`, renewed every third of `ttlMs` for as long as the work
 * runs, then gives it up. A holder that dies stops renewing, so its lease blocks others for one TTL
 * at most. Returns null, without running `work`, when another holder has the lease.
 */
export async function whileHoldingLease<T>(
  payload: Payload,
  name: string,
  holder: string,
  ttlMs: number,
  work: () => Promise<T>,
): Promise<{ value: T } | null> {
  if (heldHere.has(name)) return null
  heldHere.add(name)
  try {
    return await holdLease(payload, name, holder, ttlMs, work)
  } finally {
    heldHere.delete(name)
  }
}

async function holdLease<T>(payload: Payload, name: string, holder: string, ttlMs: number, work: () => Promise<T>): Promise<{ value: T } | null> {
  if (!(await acquireLease(payload, name, holder, ttlMs))) return null
  const renew = async () => {
    try {
      if (!(await acquireLease(payload, name, holder, ttlMs))) payload.logger.warn(`lease ${name}: lost to another holder while running`)
    } catch (error) {
      payload.logger.warn({ err: error, msg: `lease ${name}: renewal failed` })
    }
  }
  const timer = setInterval(() => void renew(), Math.max(1, Math.floor(ttlMs / RENEWALS_PER_TTL)))
  timer.unref()
  try {
    return { value: await work() }
  } finally {
    clearInterval(timer)
    await releaseLease(payload, name, holder)
  }
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
