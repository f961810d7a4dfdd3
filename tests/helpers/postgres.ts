import { randomBytes } from 'node:crypto'

import pg from 'pg'

/** Admin URL of the PostgreSQL peer (scripts/peers/env.sh names it; global setup exports it). */
export function postgresAdminUrl(): string {
  const url = process.env.DATABASE_URL_POSTGRES
  if (!url) throw new Error('DATABASE_URL_POSTGRES is not set: start the peers (npm run peers:start postgres)')
  return url
}

/** A brand-new database on the peer, for one test file or one e2e run. */
export async function createPostgresDatabase(prefix = 'orbit_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = postgresAdminUrl()
  await withPg(admin, (c) => c.query(`CREATE DATABASE ${name}`))
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => withPg(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
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
