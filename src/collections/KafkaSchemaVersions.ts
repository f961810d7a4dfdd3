import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, syncedAdmin } from '@/collections/fields/ownership'
import { COMPATIBILITY_LEVELS, SCHEMA_FORMATS } from '@/features/schemas/lib/types'

/** Every registered version of a subject, soft-deleted ones included. */
export const KafkaSchemaVersions: CollectionConfig = {
  slug: 'kafka-schema-versions',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'version',
    defaultColumns: ['schema', 'version', 'registrySchemaId', 'isCompatible', 'registeredAt'],
    description: 'Historical versions of Kafka schemas',
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [{ fields: ['schema', 'version'], unique: true }],
  fields: [
    { name: 'schema', type: 'relationship', relationTo: 'kafka-schemas', required: true, index: true },
    clusterField,
    {
      name: 'workspace',
      type: 'relationship',
      relationTo: 'workspaces',
      index: true,
      admin: { description: 'Copied from the schema for access control; empty = unowned' },
    },
    { name: 'version', type: 'number', required: true, index: true },
    {
      // Not 'schemaId': that column name belongs to the 'schema' relationship.
      name: 'registrySchemaId',
      type: 'number',
      index: true,
      admin: { description: 'Global Schema Registry id' },
    },
    { name: 'format', type: 'select', options: [...SCHEMA_FORMATS] },
    { name: 'content', type: 'code', admin: { language: 'json' } },
    { name: 'fingerprint', type: 'text', index: true, admin: { description: 'Hash of the canonical form' } },
    {
      name: 'references',
      type: 'json',
      admin: { description: '[{ name, subject, version }] as the registry reports them' },
    },
    {
      // "Referenced by" reads: the referenced subjects, each between newlines (`\na\nb\n`).
      name: 'referencedSubjects',
      type: 'text',
      admin: { description: 'The subjects the references name, for "Referenced by" lookups' },
    },
    { name: 'compatibilityMode', type: 'select', options: [...COMPATIBILITY_LEVELS] },
    {
      name: 'isCompatible',
      type: 'checkbox',
      admin: { description: 'Compatible with its predecessor(s) under the subject level; empty = not evaluated' },
    },
    { name: 'compatibilityReasons', type: 'json' },
    { name: 'guid', type: 'text', index: true, admin: { description: 'Schema GUID (Confluent 8)' } },
    {
      name: 'schemaMetadata',
      type: 'json',
      admin: { description: 'Data-contract metadata: { properties, tags, sensitive } (sensitive values are not kept)' },
    },
    { name: 'ruleSet', type: 'json', admin: { description: 'Data-contract rules: { migrationRules, domainRules, encodingRules }' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'synced', options: ['synced', 'failed'] },
    { name: 'error', type: 'textarea' },
    { name: 'softDeleted', type: 'checkbox', defaultValue: false },
    { name: 'registeredAt', type: 'date' },
    { name: 'syncedAt', type: 'date' },
  ],
}
