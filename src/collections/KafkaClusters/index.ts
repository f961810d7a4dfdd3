import type { CollectionConfig } from 'payload'

import { clustersOfMyWorkspaces } from '@/access/clustersOfMyWorkspaces'
import { isPlatformAdmin, isPlatformAdminField } from '@/access/isPlatformAdmin'
import { secretFields } from '@/collections/fields/secret'
import { syncHealthField } from '@/collections/fields/syncHealth'
import { BOOTSTRAP_SERVERS_HINT, isBootstrapServerList, SASL_MECHANISMS, SECURITY_PROTOCOLS } from '@/integrations/cluster-connection'

import { syncNowEndpoints } from '@/collections/KafkaClusters/endpoints/syncNow'
import { testConnectionEndpoints } from '@/collections/KafkaClusters/endpoints/testConnection'

const SYNC_NOW_BUTTON = '/collections/KafkaClusters/components/SyncNowButton#SyncNowButton'
const SYNC_HEALTH_PANEL = '/collections/KafkaClusters/components/SyncHealthPanel#SyncHealthPanel'
const SYNC_HEALTH_CELL = '/collections/KafkaClusters/components/SyncHealthCell#SyncHealthCell'
const TEST_CONNECTION_BUTTON = '/collections/KafkaClusters/components/TestConnectionButton#TestConnectionButton'
const ENABLED_CELL = '/collections/KafkaClusters/components/EnabledCell#EnabledCell'

const usesSasl = (_: unknown, sibling: { securityProtocol?: string }) => sibling.securityProtocol?.startsWith('SASL_') ?? false
/** Connection details (where the cluster and its registry are, who the app signs in as): platform admins only; members keep the name and health. */
const adminsOnly = { read: isPlatformAdminField }

const usesTls = (_: unknown, sibling: { securityProtocol?: string }) => sibling.securityProtocol === 'SSL' || sibling.securityProtocol === 'SASL_SSL'

export const KafkaClusters: CollectionConfig = {
  slug: 'kafka-clusters',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'health', 'bootstrapServers', 'schemaRegistryUrl', 'enabled'],
    group: 'Kafka',
    components: { beforeListTable: [SYNC_NOW_BUTTON] },
  },
  endpoints: [...syncNowEndpoints, ...testConnectionEndpoints],
  access: {
    read: clustersOfMyWorkspaces,
    create: isPlatformAdmin,
    update: isPlatformAdmin,
    delete: isPlatformAdmin,
  },
  hooks: {
    // Before field access strips the URL from a member's read: whether there is a registry at all.
    beforeRead: [({ doc }) => ({ ...doc, hasSchemaRegistry: Boolean((doc as { schemaRegistryUrl?: string | null }).schemaRegistryUrl) })],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    {
      name: 'hasSchemaRegistry',
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true, description: 'Derived on read from the registry URL' },
    },
    {
      name: 'bootstrapServers',
      type: 'text',
      required: true,
      access: adminsOnly,
      admin: { description: 'Comma-separated host:port list' },
      validate: (value: string | null | undefined) => isBootstrapServerList(value ?? '') || BOOTSTRAP_SERVERS_HINT,
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar', components: { Cell: ENABLED_CELL } } },
    // The list's health column (the worst job state); nothing in the edit form, which has the panel below.
    { name: 'health', label: 'Health', type: 'ui', admin: { components: { Cell: SYNC_HEALTH_CELL } } },
    {
      type: 'collapsible',
      label: 'Security',
      fields: [
        {
          name: 'securityProtocol',
          type: 'select',
          required: true,
          defaultValue: 'PLAINTEXT',
          options: [...SECURITY_PROTOCOLS],
          access: adminsOnly,
        },
        {
          name: 'saslMechanism',
          type: 'select',
          options: [...SASL_MECHANISMS],
          access: adminsOnly,
          admin: { condition: usesSasl },
        },
        { name: 'saslUsername', type: 'text', access: adminsOnly, admin: { condition: usesSasl } },
        ...secretFields('saslPassword', 'SASL password'),
        {
          name: 'caCertificate',
          type: 'textarea',
          access: adminsOnly,
          admin: { condition: usesTls, description: 'PEM; empty = system trust store' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Schema Registry',
      fields: [
        { name: 'schemaRegistryUrl', type: 'text', access: adminsOnly, admin: { description: 'Confluent-compatible API base URL' } },
        { name: 'schemaRegistryUsername', type: 'text', access: adminsOnly, admin: { description: 'Basic auth user' } },
        ...secretFields('schemaRegistryPassword', 'Schema Registry password'),
        ...secretFields('schemaRegistryToken', 'Schema Registry bearer token'),
      ],
    },
    { name: 'testConnection', type: 'ui', admin: { position: 'sidebar', disableListColumn: true, components: { Field: TEST_CONNECTION_BUTTON } } },
    { name: 'syncNow', type: 'ui', admin: { position: 'sidebar', disableListColumn: true, components: { Field: SYNC_NOW_BUTTON } } },
    { name: 'syncHealthPanel', type: 'ui', admin: { disableListColumn: true, components: { Field: SYNC_HEALTH_PANEL } } },
    syncHealthField,
  ],
}
