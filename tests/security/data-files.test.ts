import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * Issue 12, item 8: the SQLite database and the secrets file were created world-readable. With the
 * usual umask (022), the data folder must come out 0700 and both files 0600, and a secrets file an
 * older version left world-readable is tightened.
 */
const mode = (file: string) => statSync(file).mode & 0o777
const KEYS = ['ORBIT_DATA_DIR', 'DATABASE_URL', 'PAYLOAD_SECRET', 'ORBIT_SECRET_KEY'] as const

let root: string
let saved: Partial<Record<(typeof KEYS)[number], string>>
let umask: number

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'orbit-files-'))
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
  for (const key of KEYS) delete process.env[key]
  umask = process.umask(0o022)
  vi.resetModules()
})
afterEach(() => {
  process.umask(umask)
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  rmSync(root, { recursive: true, force: true })
})

async function boot(dataDir: string) {
  process.env.ORBIT_DATA_DIR = dataDir
  const { env } = await import('@/lib/env')
  env()
  const { databaseAdapter } = await import('@/lib/database')
  databaseAdapter()
}

// The first import of the database module loads both adapters and every migration.
describe('data files', { timeout: 60_000 }, () => {
  it('creates the data folder 0700, the secrets file and the SQLite database 0600', async () => {
    const dataDir = path.join(root, 'data')
    await boot(dataDir)
    expect(mode(dataDir).toString(8)).toBe('700')
    expect(mode(path.join(dataDir, '.orbit-secrets.json')).toString(8)).toBe('600')
    expect(mode(path.join(dataDir, 'orbit.db')).toString(8)).toBe('600')
  })

  it('tightens files an older version left world-readable', async () => {
    const dataDir = path.join(root, 'old')
    await boot(dataDir)
    const secrets = path.join(dataDir, '.orbit-secrets.json')
    const database = path.join(dataDir, 'orbit.db')
    chmodSync(dataDir, 0o755)
    for (const file of [secrets, database]) chmodSync(file, 0o644)
    vi.resetModules()
    await boot(dataDir)
    expect([mode(dataDir), mode(secrets), mode(database)].map((m) => m.toString(8))).toEqual(['700', '600', '600'])
  })
})
