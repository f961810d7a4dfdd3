import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { envValues } from '@/lib/env'
import { privateAddressProblem } from '@/lib/network/private-address'

/** The settings that name where a channel sends (the Slack URL as typed: it is stored encrypted). */
const ADDRESS_FIELDS = ['webhookUrl', 'slackWebhookUrl', 'smtpHost', 'alertmanagerUrl'] as const

/**
 * A channel may not point at a private, loopback or link-local address (after DNS resolution)
 * unless ORBIT_ALERT_ALLOW_PRIVATE_URLS=true; the sender checks again at each attempt.
 */
export const refusePrivateAddresses: CollectionBeforeChangeHook = async ({ data, originalDoc, collection }) => {
  if (envValues().ORBIT_ALERT_ALLOW_PRIVATE_URLS === 'true') return data
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...(data as Record<string, unknown>) }
  for (const field of ADDRESS_FIELDS) {
    const value = merged[field]
    if (typeof value !== 'string' || value === '' || value === 'clear') continue
    const problem = await privateAddressProblem(value)
    if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: field, message: `Refused: ${problem}` }] })
  }
  return data
}
