/** Set by src/proxy.ts on product pages: the path to come back to after signing in. */
export const RETURN_PATH_HEADER = 'x-orbit-return-path'

/** Typed route builders: the one place that spells product URLs. */
export const paths = {
  home: () => '/kafka',
  kafka: () => '/kafka',
  admin: () => '/admin',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  workspace: (slug: string) => `/workspaces/${encodeURIComponent(slug)}/kafka`,
}

/** Only same-site relative paths may be redirect targets (no open redirects). */
export function safeReturnPath(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : paths.home()
}
