/** Set by src/proxy.ts on product pages: the path to come back to after signing in. */
export const RETURN_PATH_HEADER = 'x-orbit-return-path'

/** Typed route builders: the one place that spells product URLs. */
export const paths = {
  home: () => '/kafka',
  kafka: () => '/kafka',
  admin: () => '/admin',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  workspace: (slug: string) => `/workspaces/${encodeURIComponent(slug)}/kafka`,

  // Schemas: unified, workspace and virtual-cluster lists; details live on the first two.
  kafkaSchemas: (query?: QueryValues) => withQuery('/kafka/schemas', query),
  kafkaSchema: (id: number, query?: QueryValues) => withQuery(`/kafka/schemas/${id}`, query),
  workspaceSchemas: (slug: string, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/schemas`, query),
  workspaceSchema: (slug: string, id: number, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/schemas/${id}`, query),
  virtualClusterSchemas: (slug: string, appSlug: string, env: string, query?: QueryValues) =>
    withQuery(`${virtualClusterBase(slug, appSlug, env)}/schemas`, query),

  // Consumer groups: same shape as schemas.
  kafkaConsumerGroups: (query?: QueryValues) => withQuery('/kafka/consumer-groups', query),
  kafkaConsumerGroup: (id: number, query?: QueryValues) => withQuery(`/kafka/consumer-groups/${id}`, query),
  workspaceConsumerGroups: (slug: string, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/consumer-groups`, query),
  workspaceConsumerGroup: (slug: string, id: number, query?: QueryValues) =>
    withQuery(`${workspaceBase(slug)}/consumer-groups/${id}`, query),
  virtualClusterConsumerGroups: (slug: string, appSlug: string, env: string, query?: QueryValues) =>
    withQuery(`${virtualClusterBase(slug, appSlug, env)}/consumer-groups`, query),
}

/** Query values of a link; empty and undefined values are left out. */
export type QueryValues = Record<string, string | number | undefined | null>

/** `path?a=1&b=2` from the non-empty values, in the given order. */
export function withQuery(path: string, query?: QueryValues): string {
  if (!query) return path
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

function workspaceBase(slug: string) {
  return `/workspaces/${encodeURIComponent(slug)}/kafka`
}

function virtualClusterBase(slug: string, appSlug: string, env: string) {
  return `${workspaceBase(slug)}/applications/${encodeURIComponent(appSlug)}/${encodeURIComponent(env)}`
}

/** Only same-site relative paths may be redirect targets (no open redirects). */
export function safeReturnPath(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : paths.home()
}
