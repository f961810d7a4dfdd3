import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { ensurePeers, peers } from '@tests/helpers/peers'

beforeAll(async () => {
  await ensurePeers(['postgres'])
})

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

describe('PostgreSQL peer', () => {
  it('accepts the orbit role on both databases', async () => {
    expect(await query(peers.postgresUrl, 'SELECT 1 AS one, current_database() AS db, current_user AS who')).toEqual([{ one: 1, db: 'orbit', who: 'orbit' }])
    expect(await query(peers.postgresTestUrl, 'SELECT current_database() AS db')).toEqual([{ db: 'orbit_test' }])
  })

  it('is exported to tests by global setup', () => {
    expect(process.env.DATABASE_URL_POSTGRES).toBe(peers.postgresUrl)
  })
})
