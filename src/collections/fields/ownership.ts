import type { Field } from 'payload'

/** The physical cluster a synced object was read from. */
export const clusterField: Field = {
  name: 'cluster',
  type: 'relationship',
  relationTo: 'kafka-clusters',
  required: true,
  index: true,
  admin: { position: 'sidebar' },
}

/**
 * Ownership of a synced object, resolved from its physical name (longest prefix match).
 * A null workspace means "unowned": visible to platform admins only.
 */
export const ownershipFields: Field[] = [
  {
    name: 'workspace',
    type: 'relationship',
    relationTo: 'workspaces',
    index: true,
    admin: { position: 'sidebar', description: 'Empty = unowned (platform admins only)' },
  },
  {
    name: 'virtualCluster',
    type: 'relationship',
    relationTo: 'kafka-virtual-clusters',
    index: true,
    admin: { position: 'sidebar' },
  },
  {
    name: 'application',
    type: 'relationship',
    relationTo: 'kafka-applications',
    index: true,
    admin: { position: 'sidebar' },
  },
]

export const syncedAdmin = { group: 'Kafka (synced)' } as const
