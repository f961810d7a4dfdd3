import type { CollectionConfig, Field } from 'payload'

import { workspaceScoped } from '@/access/workspaceScoped'
import { createInManagedWorkspace, intoManagedWorkspace, managersOfDocument, workspaceManaged } from '@/access/workspaceManaged'
import { secretFields } from '@/collections/fields/secret'
import { CHANNEL_KINDS, type ChannelKind } from '@/features/alerting/lib/channels/kinds'

import { refusePrivateAddresses } from '@/collections/AlertChannels/hooks/refusePrivateAddresses'
import { requireKindSettings } from '@/collections/AlertChannels/hooks/requireKindSettings'

const SEND_TEST_BUTTON = '/collections/AlertChannels/components/SendTestButton#SendTestButton'

const of =
  (kind: ChannelKind) =>
  (_: unknown, sibling: { kind?: string }): boolean =>
    sibling.kind === kind

/** A setting beyond the name: read by the channel's managers (and platform admins) only. */
function setting(field: Field & { name: string }, kind: ChannelKind): Field {
  return { ...field, access: { read: managersOfDocument }, admin: { ...field.admin, condition: of(kind) } } as Field
}

/** Secrets of one kind: write-only, encrypted at rest (fields/secret.ts), shown in the form for that kind only. */
function secretsOf(kind: ChannelKind, name: string, label: string): Field[] {
  return secretFields(name, label).map((field) => ({ ...field, admin: { ...field.admin, condition: of(kind) } }) as Field)
}

/**
 * Where a workspace's alerts go. Owners and admins of the workspace manage its channels, platform
 * admins all (a channel with no workspace receives the platform-wide alerts); members read a
 * channel's name, kind and whether it is enabled, never its settings. Secrets (the webhook's signing
 * secret, the Slack URL, the SMTP and Alertmanager passwords) are encrypted at rest and never returned.
 */
export const AlertChannels: CollectionConfig = {
  slug: 'alert-channels',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'workspace', 'enabled'], group: 'Alerting' },
  access: { read: workspaceScoped, create: createInManagedWorkspace, update: workspaceManaged, delete: workspaceManaged },
  hooks: { beforeChange: [requireKindSettings, refusePrivateAddresses] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'workspace',
      type: 'relationship',
      relationTo: 'workspaces',
      index: true,
      access: { update: intoManagedWorkspace },
      admin: { description: 'Empty: platform-wide alerts (platform admins only)' },
    },
    { name: 'kind', type: 'select', required: true, options: [...CHANNEL_KINDS] },
    { name: 'enabled', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    { name: 'sendTest', type: 'ui', admin: { position: 'sidebar', components: { Field: SEND_TEST_BUTTON } } },
    setting({ name: 'webhookUrl', type: 'text', admin: { description: 'POST target; the JSON body is signed (Orbit-Signature header)' } }, 'webhook'),
    ...secretsOf('webhook', 'webhookSecret', 'Signing secret'),
    ...secretsOf('slack', 'slackWebhookUrl', 'Slack incoming-webhook URL'),
    setting({ name: 'smtpHost', type: 'text' }, 'email'),
    setting({ name: 'smtpPort', type: 'number', min: 1, max: 65_535 }, 'email'),
    setting({ name: 'smtpSecure', type: 'checkbox', admin: { description: 'TLS from the first byte (port 465); otherwise STARTTLS when offered' } }, 'email'),
    setting({ name: 'smtpUsername', type: 'text' }, 'email'),
    ...secretsOf('email', 'smtpPassword', 'SMTP password'),
    setting({ name: 'emailFrom', type: 'text' }, 'email'),
    setting({ name: 'emailTo', type: 'text', admin: { description: 'Comma-separated addresses' } }, 'email'),
    setting({ name: 'alertmanagerUrl', type: 'text', admin: { description: 'Base URL, e.g. http://alertmanager:9093' } }, 'alertmanager'),
    setting({ name: 'alertmanagerUsername', type: 'text', admin: { description: 'Basic auth user (optional)' } }, 'alertmanager'),
    ...secretsOf('alertmanager', 'alertmanagerPassword', 'Alertmanager basic auth password'),
  ],
}
