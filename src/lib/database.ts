import { existsSync } from 'node:fs'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { env } from '@/lib/env'
import { ensurePrivateFile } from '@/lib/private-files'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

const migrationsRoot = path.resolve(process.cwd(), 'src/migrations')

/**
 * SQLite file under ./data by default; PostgreSQL when DATABASE_URL is a postgres:// URL.
 * Schema changes only ever come from committed migrations (applied on start in production,
 * by `payload migrate` otherwise); push is for `npm run dev` alone.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const config = env()
  const push = config.NODE_ENV === 'development' && config.ORBIT_DB_PUSH === 'true'
  if (config.databaseKind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: config.DATABASE_URL, max: 10 },
      push,
      migrationDir: path.join(migrationsRoot, 'postgres'),
      prodMigrations: postgresMigrations,
    })
  }
  // The default file lives in the data folder (0700, env.ts); any SQLite file is made 0600 before libSQL opens it.
  const file = sqliteFilePath(config.sqliteUrl)
  if (file && existsSync(path.dirname(file))) ensurePrivateFile(file)
  return sqliteAdapter({
    client: { url: config.sqliteUrl },
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 10_000,
    push,
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: sqliteMigrations,
  })
}

/** The file behind a `file:` URL (none for other URLs, e.g. a remote libSQL server). */
function sqliteFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null
  return path.resolve(decodeURIComponent(url.slice('file:'.length).split('?')[0]!))
}
