import { configuredOrigins, env, envValues } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'

import { discoverProvider } from '@/features/identity/oidc-provider'
import { ssoSettings } from '@/features/identity/settings'
import type { SsoContext } from '@/features/identity/sso-sign-in'

/** This process's single sign-on: Payload, the settings and the discovered provider; null when not configured. */
export async function ssoContext(): Promise<SsoContext | null> {
  const settings = ssoSettings()
  if (!settings) return null
  const [payload, provider] = await Promise.all([getPayloadClient(), discoverProvider(settings)])
  return { payload, settings, provider, secretKey: env().ORBIT_SECRET_KEY }
}

/**
 * The origin the provider sends the browser back to: the public URL when set, else the origin
 * the request came in on when it is an allowed one (the provider checks it against its list too).
 */
export function appOrigin(requestOrigin: string | null | undefined): string {
  const serverUrl = envValues().NEXT_PUBLIC_SERVER_URL
  if (serverUrl) return new URL(serverUrl).origin
  const allowed = configuredOrigins()
  return requestOrigin && allowed.includes(requestOrigin) ? requestOrigin : allowed[0]!
}
