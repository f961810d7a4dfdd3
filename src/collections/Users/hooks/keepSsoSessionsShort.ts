import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's own token refresh would extend a single-sign-on session without asking the identity
 * provider; such sessions are renewed by /auth/sso/refresh, which re-reads the groups.
 */
export const keepSsoSessionsShort: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'refresh' && (req.user as { identitySubject?: unknown } | null)?.identitySubject) throw new Forbidden(req.t)
}
