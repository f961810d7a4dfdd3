import type { EnvValues } from '@/lib/env-schema'

import { parseGroupList } from '@/features/identity/lib/group-roles'

/** Single sign-on as configured (README "Identity"); null when issuer, client id or secret is unset. */
export type SsoSettings = {
  issuer: string
  clientId: string
  clientSecret: string
  /** Shown on the button: "Sign in with <name>". */
  name: string
  scopes: string
  groupsClaim: string
  /** Empty: the role of single-sign-on users is not managed by the provider. */
  platformAdminGroups: string[]
  sessionSeconds: number
}

export function ssoSettingsFrom(values: EnvValues): SsoSettings | null {
  const { ORBIT_OIDC_ISSUER: issuer, ORBIT_OIDC_CLIENT_ID: clientId, ORBIT_OIDC_CLIENT_SECRET: clientSecret } = values
  if (!issuer || !clientId || !clientSecret) return null
  return {
    issuer,
    clientId,
    clientSecret,
    name: values.ORBIT_OIDC_NAME,
    scopes: values.ORBIT_OIDC_SCOPES,
    groupsClaim: values.ORBIT_OIDC_GROUPS_CLAIM,
    platformAdminGroups: parseGroupList(values.ORBIT_OIDC_PLATFORM_ADMIN_GROUPS),
    sessionSeconds: values.ORBIT_OIDC_SESSION_SECONDS,
  }
}
