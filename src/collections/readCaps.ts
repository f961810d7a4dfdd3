import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * How much one REST or GraphQL read may ask for: a member could request
 * `?limit=1000000&depth=3&pagination=false` (6 MB in one answer). Platform admins get more room
 * (the admin panel asks for up to 100 rows at depth 2 or less). The app's own Local API reads are
 * not capped.
 */
export const READ_CAPS = {
  member: { limit: 200, depth: 2 },
  platformAdmin: { limit: 1000, depth: 4 },
} as const

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean }

/** A read's arguments within its caps: an absent, zero ("all") or larger limit becomes the cap; pagination stays on. */
export function capReadArgs<T extends ReadArgs>(args: T, caps: { limit: number; depth: number }): T {
  const limit = args.limit === undefined ? undefined : args.limit > 0 ? Math.min(args.limit, caps.limit) : caps.limit
  const depth = args.depth === undefined ? undefined : Math.min(Math.max(0, args.depth), caps.depth)
  return { ...args, limit: args.pagination === false ? caps.limit : limit, depth, pagination: true }
}

export const capReadSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return
  return capReadArgs(args as ReadArgs, userIsPlatformAdmin(req.user) ? READ_CAPS.platformAdmin : READ_CAPS.member) as typeof args
}

/** Applied to the sanitized config, so Payload's own collections (locks, preferences) are capped too. */
export function capReads(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), capReadSize]
  }
  return config
}
