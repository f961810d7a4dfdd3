import { z } from 'zod'

import {
  BOOTSTRAP_SERVERS_HINT,
  type ClusterConnection,
  connectionOf,
  type ConnectionSecrets,
  isBootstrapServerList,
  SASL_MECHANISMS,
  SECURITY_PROTOCOLS,
} from '@/integrations/cluster-connection'

/** An empty form input is no value (Payload sends '' or null for an untouched text field). */
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : (value ?? undefined)),
  z.string().trim().optional(),
)

/**
 * The cluster form's values as "test connection" receives them, before anything is saved:
 * `clusterId` names the saved cluster being edited, whose stored secrets fill the secret inputs
 * left empty (as saving would keep them).
 */
export const connectionFormSchema = z.object({
  clusterId: z.number().int().positive().optional(),
  name: optionalText,
  bootstrapServers: z.string().trim().refine(isBootstrapServerList, BOOTSTRAP_SERVERS_HINT),
  securityProtocol: z.enum(SECURITY_PROTOCOLS),
  saslMechanism: z.preprocess((value) => (value === '' ? undefined : (value ?? undefined)), z.enum(SASL_MECHANISMS).optional()),
  saslUsername: optionalText,
  saslPassword: optionalText,
  caCertificate: optionalText,
  schemaRegistryUrl: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' }).optional()),
  schemaRegistryUsername: optionalText,
  schemaRegistryPassword: optionalText,
  schemaRegistryToken: optionalText,
})
export type ConnectionForm = z.infer<typeof connectionFormSchema>

/** A secret input as saving treats it: empty keeps the stored value, "clear" removes it, anything else replaces it. */
function typedOrStored(typed: string | undefined, stored: string | undefined): string | undefined {
  if (typed === undefined) return stored
  return typed === 'clear' ? undefined : typed
}

/** The connection the form's values describe, with the saved cluster's secrets where the form left them empty. */
export function connectionFromForm(form: ConnectionForm, stored: ConnectionSecrets = {}): ClusterConnection {
  return connectionOf(
    { ...form, id: form.clusterId ?? 0, name: form.name ?? 'unsaved cluster' },
    {
      saslPassword: typedOrStored(form.saslPassword, stored.saslPassword),
      schemaRegistryPassword: typedOrStored(form.schemaRegistryPassword, stored.schemaRegistryPassword),
      schemaRegistryToken: typedOrStored(form.schemaRegistryToken, stored.schemaRegistryToken),
    },
  )
}
