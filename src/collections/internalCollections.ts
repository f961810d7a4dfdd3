import type { Access, SanitizedConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { lockOnEditableDocument } from '@/access/lockOnEditableDocument'
import { ownRowsOrPlatformAdmin } from '@/access/ownRowsOrPlatformAdmin'

type Rules = Record<'create' | 'read' | 'update' | 'delete', Access>

/**
 * Rules for the collections Payload adds while sanitizing the config, which a config cannot
 * declare (their slugs are reserved). Payload's own rules let every signed-in user write any
 * document lock, so a member could block the admin's edits of anything (423). payload-jobs and
 * payload-kv are left as Payload makes them: closed to every request.
 * Locking itself stays on for every collection: it keeps two platform admins from overwriting each
 * other's edits, and turning it off for some collections would change the locks table (a
 * migration) while its endpoints stayed.
 */
const INTERNAL_RULES: Record<string, Rules> = {
  'payload-locked-documents': {
    create: lockOnEditableDocument,
    read: ownRowsOrPlatformAdmin,
    update: lockOnEditableDocument,
    delete: ownRowsOrPlatformAdmin,
  },
  // Payload forces a preference's `user` to the requester (a field hook), so anyone may create one.
  'payload-preferences': { create: authenticated, read: ownRowsOrPlatformAdmin, update: ownRowsOrPlatformAdmin, delete: ownRowsOrPlatformAdmin },
  'payload-migrations': { create: isPlatformAdmin, read: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
}

/** Applied to the sanitized config: `buildConfig(...).then(lockDownInternalCollections)`. */
export function lockDownInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rules = INTERNAL_RULES[collection.slug]
    if (rules) collection.access = { ...collection.access, ...rules }
  }
  return config
}
