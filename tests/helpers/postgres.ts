import { randomBytes } from 'node:crypto'

import pg from 'pg'

/** Admin URL of the PostgreSQL peer (scripts/peers/env.sh names it; global setup exports it). */
export function postgresAdminUrl(): string {
  const url = process.env.DATABASE_URL_POSTGRES
  if (!url) throw new Error('DATABASE_URL_POSTGRES is not set: start the peers (npm run peers:start postgres)')
  return url
}

/**
 * A brand-new database on the peer, for one test file or one e2e run. Dropping it with FORCE
 * terminates every session inside, autovacuum workers included; those run as another role, so the
 * test role must hold pg_signal_backend (scripts/peers/postgres.sh grants it). Checked up front so a
 * missing grant fails at creation with its cause, not at random after a file's bulk writes.
 */
export async function createPostgresDatabase(prefix = 'orbit_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = postgresAdminUrl()
  await withPg(admin, async (c) => {
    await assertMaySignalBackends(c)
    await c.query(`CREATE DATABASE ${name}`)
  })
  const url = new URL(admin)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => dropPostgresDatabase(admin, name) }
}

async function dropPostgresDatabase(admin: string, name: string): Promise<void> {
  await withPg(admin, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    } catch (error) {
      const sessions = await c.query<{ pid: number; usename: string | null; backend_type: string }>(
        'SELECT pid, usename, backend_type FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      const who = sessions.rows.map((s) => `${s.backend_type} pid ${s.pid} (role ${s.usename ?? 'none'})`).join(', ')
      throw new Error(`could not drop test database ${name} as ${c.user}: ${(error as Error).message}; sessions still in it: ${who || 'none'}`, {
        cause: error,
      })
    }
  })
}

async function assertMaySignalBackends(c: pg.Client): Promise<void> {
  const { rows } = await c.query<{ may: boolean }>(
    "SELECT rolsuper OR pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') AS may FROM pg_roles WHERE rolname = current_user",
  )
  if (!rows[0]?.may) {
    throw new Error(
      `role ${c.user} may not terminate other roles' sessions (pg_signal_backend), so DROP DATABASE ... WITH (FORCE) fails whenever an autovacuum worker is in a test database: rerun npm run peers:start postgres, which grants it`,
    )
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
