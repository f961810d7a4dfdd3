import type { Migration, Payload } from 'payload'

import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { testDatabase } from '@tests/helpers/payload'

/** The dialect's committed migrations, as the adapter takes them. */
export async function committedMigrations(): Promise<Migration[]> {
  const modules = testDatabase() === 'postgres' ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
  return modules.migrations as unknown as Migration[]
}

/**
 * A Payload on this file's database as it was before the migration named `name` (the ones before
 * it applied), with one cluster: migration tests write rows of the old layout, then migrate.
 */
export async function payloadBefore(name: string): Promise<{ payload: Payload; migrations: Migration[]; at: number; clusterId: number }> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const migrations = await committedMigrations()
  const at = migrations.findIndex((m) => m.name.endsWith(name))
  if (at <= 0) throw new Error(`no committed migration ${name} after the first`)
  await payload.db.migrate({ migrations: migrations.slice(0, at) })
  // Written with only the columns the old schema has: the Local API would write every column of the
  // current collection, including ones later migrations add.
  const created = new Date().toISOString()
  const [cluster] = await bulkUpsert(payload, { table: 'kafka_clusters', conflict: ['id'], update: ['updatedAt'], returning: ['id'] }, [
    { name: 'migration', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT', enabled: true, updatedAt: created, createdAt: created },
  ])
  return { payload, migrations, at, clusterId: cluster!.id }
}
