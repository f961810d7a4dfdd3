import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, ownershipFields, syncedAdmin } from '@/collections/fields/ownership'
import { COMPATIBILITY_LEVELS, SCHEMA_FORMATS, SCHEMA_STATUSES } from '@/features/schemas/lib/types'

/** One Schema Registry subject of one cluster, with its latest version denormalised for lists. */
export const KafkaSchemas: CollectionConfig = {
  slug: 'kafka-schemas',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'workspace', 'format', 'latestVersion', 'status', 'lastRegisteredAt'],
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [
    { fields: ['cluster', 'subject'], unique: true },
    // Serves the format filter and covers a text search's counts (subject/topic LIKE '%…%' reads
    // this index instead of the rows, which carry the schema text): on SQLite half the search time.
    { fields: ['format', 'subject', 'topicName'] },
  ],
  fields: [
    { name: 'subject', type: 'text', required: true, index: true },
    clusterField,
    ...ownershipFields,
    { name: 'topic', type: 'relationship', relationTo: 'kafka-topics', index: true },
    { name: 'topicName', type: 'text', index: true, admin: { description: 'Physical topic the subject names' } },
    { name: 'type', type: 'select', options: ['key', 'value'], admin: { description: 'Empty when not TopicNameStrategy' } },
    { name: 'format', type: 'select', required: true, defaultValue: 'avro', options: [...SCHEMA_FORMATS] },
    { name: 'content', type: 'code', admin: { language: 'json', description: 'Latest version' } },
    { name: 'registrySchemaId', type: 'number', admin: { description: 'Registry id of the latest version' } },
    { name: 'latestVersion', type: 'number' },
    { name: 'versionCount', type: 'number' },
    { name: 'versionList', type: 'json', admin: { description: 'Registry version numbers at last sync (incremental sync)' } },
    { name: 'compatibilityLevel', type: 'select', options: [...COMPATIBILITY_LEVELS] },
    { name: 'mode', type: 'text', admin: { description: 'Registry mode (READWRITE, READONLY, IMPORT …): the subject’s own, else the global one' } },
    { name: 'context', type: 'text', index: true, admin: { description: 'Schema Registry context (`.` is the default; `:.ctx:subject` names)' } },
    {
      name: 'latestCompatible',
      type: 'checkbox',
      admin: { description: "The latest live version's verdict against its predecessor(s); empty = not evaluated" },
    },
    {
      name: 'hasIncompatibleVersions',
      type: 'checkbox',
      index: true,
      admin: { description: 'Some live version is incompatible with its predecessor(s) under the subject level' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'registered',
      index: true,
      options: [...SCHEMA_STATUSES],
      admin: { position: 'sidebar' },
    },
    { name: 'softDeleted', type: 'checkbox', defaultValue: false, index: true },
    { name: 'lastError', type: 'textarea' },
    { name: 'firstRegisteredAt', type: 'date' },
    { name: 'lastRegisteredAt', type: 'date', index: true },
    { name: 'lastSeenAt', type: 'date' },
  ],
}
