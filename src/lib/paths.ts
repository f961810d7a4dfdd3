/** Set by src/proxy.ts on product pages: the path to come back to after signing in. */
export const RETURN_PATH_HEADER = 'x-orbit-return-path'

/** Typed route builders: the one place that spells product URLs. */
export const paths = {
  home: () => '/kafka',
  kafka: () => '/kafka',
  admin: () => '/admin',
  /** The admin's form for a new document of a collection (the first hour's deep links). */
  adminCreate: (collection: string) => `/admin/collections/${encodeURIComponent(collection)}/create`,
  adminDocument: (collection: string, id: number) => `/admin/collections/${encodeURIComponent(collection)}/${id}`,
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  /** Single sign-on: the redirect to the provider, its callback, and the renewal of a session. */
  ssoStart: (next?: string) => withQuery('/auth/sso/start', { next }),
  ssoCallback: () => '/auth/sso/callback',
  ssoRenew: (next?: string) => withQuery('/auth/sso/renew', { next }),
  ssoError: (code: string) => withQuery('/sign-in', { 'sso-error': code }),
  /** The signed-in user's API keys (and, for platform admins, everyone's). */
  accountApiKeys: (query?: QueryValues) => withQuery('/account/api-keys', query),
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
  workspaceConsumerGroup: (slug: string, id: number, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/consumer-groups/${id}`, query),
  virtualClusterConsumerGroups: (slug: string, appSlug: string, env: string, query?: QueryValues) =>
    withQuery(`${virtualClusterBase(slug, appSlug, env)}/consumer-groups`, query),

  // Topics: same shape as schemas.
  kafkaTopics: (query?: QueryValues) => withQuery('/kafka/topics', query),
  kafkaTopic: (id: number, query?: QueryValues) => withQuery(`/kafka/topics/${id}`, query),
  workspaceTopics: (slug: string, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/topics`, query),
  workspaceTopic: (slug: string, id: number, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/topics/${id}`, query),
  virtualClusterTopics: (slug: string, appSlug: string, env: string, query?: QueryValues) =>
    withQuery(`${virtualClusterBase(slug, appSlug, env)}/topics`, query),

  // Alerts: a workspace's rules, active alerts and history; a rule's form.
  workspaceAlerts: (slug: string, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/alerts`, query),
  workspaceNewAlertRule: (slug: string) => `${workspaceBase(slug)}/alerts/rules/new`,
  workspaceAlertRule: (slug: string, id: number) => `${workspaceBase(slug)}/alerts/rules/${id}`,
  workspaceAlertChannels: (slug: string, query?: QueryValues) => withQuery(`${workspaceBase(slug)}/alerts/channels`, query),
  workspaceNewAlertChannel: (slug: string, kind: string) => `${workspaceBase(slug)}/alerts/channels/new?kind=${encodeURIComponent(kind)}`,
  workspaceAlertChannel: (slug: string, id: number) => `${workspaceBase(slug)}/alerts/channels/${id}`,

  /** A virtual cluster's overview (application × environment of a workspace). */
  virtualCluster: (slug: string, appSlug: string, env: string) => virtualClusterBase(slug, appSlug, env),
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

/** The origin a return path is resolved against: never served, only compared. */
const PROBE_ORIGIN = 'http://return-path.invalid'
/** Controls (C0, DEL, C1), invisible format characters (zero-width, bidi overrides) and backslashes. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\\]/u
/** An escaped slash or backslash right after the first: `//` to anything that decodes the path. */
const ESCAPED_SECOND_SLASH = /^\/%(?:2f|5c)/i

/**
 * Only same-site paths may be redirect targets (no open redirects), and only in a form every
 * header accepts (no 500). The path is resolved as the browser would resolve it and kept only if
 * the origin stays ours; what comes back is that resolved form (percent-encoded ASCII), because
 * dot segments can turn `/.//evil.example` into `//evil.example`.
 */
export function safeReturnPath(next: string | null | undefined): string {
  // typeof: a repeated query key reaches a page as an array, whatever its props' type says.
  if (typeof next !== 'string' || !next.startsWith('/') || UNSAFE_CHARACTERS.test(next)) return paths.home()
  const url = URL.parse(next, PROBE_ORIGIN)
  if (!url || url.origin !== PROBE_ORIGIN) return paths.home()
  const path = `${url.pathname}${url.search}${url.hash}`
  return path.startsWith('//') || ESCAPED_SECOND_SLASH.test(path) ? paths.home() : path
}
