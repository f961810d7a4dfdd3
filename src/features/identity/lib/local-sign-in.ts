export type LocalSignInSetting = 'everyone' | 'platform-admins'

/**
 * Whether an account may sign in with a password. An account linked to the identity provider
 * never does; with `platform-admins` (ORBIT_LOCAL_SIGN_IN) only local platform admins do: the
 * break-glass accounts that still work when the provider is down. Pure.
 */
export function localPasswordAllowed(user: { isPlatformAdmin: boolean; identitySubject?: string | null }, setting: LocalSignInSetting): boolean {
  if (user.identitySubject) return false
  return setting === 'everyone' || user.isPlatformAdmin
}
