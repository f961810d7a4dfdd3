import { envValues } from '@/lib/env'

import { type SsoSettings, ssoSettingsFrom } from '@/features/identity/lib/sso-settings'

export type { SsoSettings }

/** This process's settings (tests pass their own SsoSettings to the functions instead). */
export function ssoSettings(): SsoSettings | null {
  return ssoSettingsFrom(envValues())
}
