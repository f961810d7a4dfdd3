import type { Migration, Payload } from 'payload'

export type TestDatabase = 'sqlite' | 'postgres'

export function testDatabase(): TestDatabase {
  return process.env.ORBIT_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

export type TestPayload = { payload: Payload; databaseUrl: string; cleanup: () => Promise<void> }

/**
 * Payload on this test file's own database (prepared by tests/setup/test-database.ts), migrated
 * with the committed migrations of its dialect. Call once per file; `cleanup` in afterAll.
 */
export async function createTestPayload(): Promise<TestPayload> {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: integration tests need tests/setup/test-database.ts')
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const migrations = testDatabase() === 'postgres' ? (await import('@/migrations/postgres')).migrations : (await import('@/migrations/sqlite')).migrations
  // The generated migration modules type their args precisely; the adapter takes the generic form.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  return {
    payload,
    databaseUrl,
    cleanup: () => closePayload(payload),
  }
}

/**
 * Closes Payload and the adapter's PostgreSQL pool, so the database can be dropped under it.
 * payload.destroy() may already have ended the pool; a second end() never settles, hence the guard.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; ended?: boolean } }).pool
  if (pool && !pool.ended) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))])
}
