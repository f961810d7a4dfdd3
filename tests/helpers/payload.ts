import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Migration, Payload } from 'payload'

import { createPostgresDatabase } from './postgres'

export type TestDatabase = 'sqlite' | 'postgres'

export function testDatabase(): TestDatabase {
  return process.env.ORBIT_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

export type TestPayload = { payload: Payload; databaseUrl: string; cleanup: () => Promise<void> }

/**
 * A Payload instance on a database of its own, migrated with the committed migrations:
 * a temporary SQLite file, or a fresh PostgreSQL database on the peer. Call once per test file
 * (each file runs in its own worker, so the config module and its env are fresh).
 */
export async function createTestPayload(): Promise<TestPayload> {
  const kind = testDatabase()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orbit-test-'))
  const database =
    kind === 'postgres'
      ? await createPostgresDatabase()
      : { url: `file:${path.join(dataDir, 'test.db')}`, drop: async () => {} }
  process.env.DATABASE_URL = database.url
  process.env.ORBIT_DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const migrations =
    kind === 'postgres'
      ? (await import('@/migrations/postgres')).migrations
      : (await import('@/migrations/sqlite')).migrations
  // The generated migration modules type their args precisely; the adapter takes the generic form.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  return {
    payload,
    databaseUrl: database.url,
    cleanup: async () => {
      await payload.destroy()
      // Close the adapter's PostgreSQL pool before the database is dropped under it.
      const pool = (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool
      if (pool) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))])
      await database.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
