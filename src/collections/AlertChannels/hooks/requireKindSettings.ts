import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { type ChannelValues, missingSetting } from '@/features/alerting/lib/channels/settings'

/** A channel is saved only with the settings its kind needs to send (a stored secret counts; its value is never read here). */
export const requireKindSettings: CollectionBeforeChangeHook = ({ data, originalDoc, collection }) => {
  const problem = missingSetting(data as ChannelValues, originalDoc as ChannelValues | undefined)
  if (problem) {
    const kind = String((data as ChannelValues).kind ?? (originalDoc as ChannelValues | undefined)?.kind)
    throw new ValidationError({ collection: collection.slug, errors: [{ path: problem.path, message: `This ${kind} channel needs ${problem.message}` }] })
  }
  return data
}
