import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Migration, Payload } from 'payload'

export type TestDatabase = 'sqlite' | 'postgres'

export function testDatabase(): TestDatabase {
  return process.env.ORBIT_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

/** Admin URL of the PostgreSQL peer (scripts/peers/env.sh names it). */
export function postgresAdminUrl(): string {
  const url = process.env.DATABASE_URL_POSTGRES
  if (!url) throw new Error('DATABASE_URL_POSTGRES is not set: run the tests through vitest (global setup sets it)')
  return url
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
  let databaseUrl: string
  let dropDatabase = async () => {}
  if (kind === 'postgres') {
    const name = `orbit_test_${randomBytes(6).toString('hex')}`
    const admin = postgresAdminUrl()
    await withPg(admin, (c) => c.query(`CREATE DATABASE ${name}`))
    databaseUrl = new URL(name, admin.replace(/\/[^/]*$/, '/')).toString()
    dropDatabase = () => withPg(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {})
  } else {
    databaseUrl = `file:${path.join(dataDir, 'test.db')}`
  }
  process.env.DATABASE_URL = databaseUrl
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
    databaseUrl,
    cleanup: async () => {
      await payload.destroy()
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}
