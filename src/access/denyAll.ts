import type { FieldAccess } from 'payload'

/** For secrets: no one reads them through any API; only server code with overrideAccess does. */
export const denyAll: FieldAccess = () => false
