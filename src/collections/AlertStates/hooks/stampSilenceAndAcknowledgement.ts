import type { CollectionBeforeChangeHook } from 'payload'

/** A silence or an acknowledgement names who gave it: the requester, whatever the request claims. */
export const stampSilenceAndAcknowledgement: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const changed = (field: string) => field in data && data[field] !== (originalDoc as Record<string, unknown> | undefined)?.[field]
  return {
    ...data,
    ...(changed('silencedUntil') ? { silencedBy: data.silencedUntil ? req.user.id : null } : {}),
    ...(changed('acknowledgedAt') ? { acknowledgedBy: data.acknowledgedAt ? req.user.id : null } : {}),
  }
}
