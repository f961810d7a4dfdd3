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
  const migrations =
    testDatabase() === 'postgres'
      ? (await import('@/migrations/postgres')).migrations
      : (await import('@/migrations/sqlite')).migrations
  // The generated migration modules type their args precisely; the adapter takes the generic form.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  return {
    payload,
    databaseUrl,
    cleanup: async () => {
      await payload.destroy()
      // Close the adapter's PostgreSQL pool before the database is dropped under it.
      const pool = (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool
      if (pool) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))])
    },
  }
}
