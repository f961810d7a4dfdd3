import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createPostgresDatabase } from '@tests/helpers/postgres'

export type BenchDb = 'sqlite' | 'postgres'

/**
 * A fresh database of the given kind, migrated as the app migrates, and Payload on it (embedded
 * runner off). The app's config reads the environment once, so this sets it before importing the
 * config: call it once per process. `name` prefixes the temporary data directory and the PostgreSQL
 * database (e.g. "bench-lag" → orbit-bench-lag-… and orbit_bench_lag_…).
 */
export async function freshBenchPayload(db: BenchDb, name: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `orbit-${name}-`))
  const database =
    db === 'postgres'
      ? await createPostgresDatabase(`orbit_${name.replace(/-/g, '_')}`)
      : { url: `file:${path.join(dataDir, 'bench.db')}`, drop: async () => {} }
  process.env.DATABASE_URL = database.url
  process.env.ORBIT_DATA_DIR = dataDir
  process.env.ORBIT_EMBEDDED_RUNNER = 'off'

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { migrations: sqlite } = await import('@/migrations/sqlite')
  const { migrations: postgres } = await import('@/migrations/postgres')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: (db === 'postgres' ? postgres : sqlite) as never })
  return { payload, database, dataDir }
}
