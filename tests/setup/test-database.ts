import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { createPostgresDatabase } from '@tests/helpers/postgres'

/**
 * Runs before each integration test file is imported (setupFiles), so the app's config module,
 * which reads the environment once, sees this file's own database: a temporary SQLite file or a
 * fresh PostgreSQL database (ORBIT_TEST_DB=postgres). Dropped after the file (hooks run as a stack,
 * so after the file's own afterAll has closed Payload).
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'orbit-test-'))
const database =
  process.env.ORBIT_TEST_DB === 'postgres' ? await createPostgresDatabase() : { url: `file:${path.join(dataDir, 'test.db')}`, drop: async () => {} }

process.env.DATABASE_URL = database.url
process.env.ORBIT_DATA_DIR = dataDir
process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')

afterAll(async () => {
  await database.drop()
  rmSync(dataDir, { recursive: true, force: true })
})
