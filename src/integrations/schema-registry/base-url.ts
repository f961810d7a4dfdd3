import type { SchemaRegistryAuth } from '@/integrations/schema-registry/http'

/**
 * Normalises a registry base URL: credentials embedded in it (`https://user:pass@host`) move to
 * basic auth so they never appear in a URL we send or print; the trailing slash goes.
 */
export function parseBaseUrl(baseUrl: string, auth: SchemaRegistryAuth | undefined): { base: URL; auth?: SchemaRegistryAuth } {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`Schema Registry base URL is not a valid absolute URL: ${JSON.stringify(redact(baseUrl))}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Schema Registry base URL must use http or https, got ${url.protocol}`)
  }
  let effectiveAuth = auth
  if (url.username || url.password) {
    effectiveAuth ??= {
      type: 'basic',
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    }
    url.username = ''
    url.password = ''
  }
  url.search = ''
  url.hash = ''
  url.pathname = url.pathname.replace(/\/+$/, '')
  return { base: url, auth: effectiveAuth }
}

/** `base` + path segments, each percent-encoded (subjects may contain `/`, `:` and spaces). */
export function buildUrl(base: URL, segments: ReadonlyArray<string | number>, query?: Record<string, string | undefined>): URL {
  const path = segments.map((segment) => encodeURIComponent(String(segment))).join('/')
  // A bare origin keeps the pathname "/", so trim it again here.
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/${path}`)
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value)
  }
  return url
}

/**
 * Apicurio Registry serves the Confluent API at `<root>/apis/ccompat/v7` (or v6) and its own API
 * at `<root>/apis/registry/v3`. Returns the native base when `base` looks like the former.
 */
export function apicurioNativeBase(base: URL): URL | undefined {
  const match = /^(.*)\/apis\/ccompat\/v\d+$/.exec(base.pathname)
  if (!match) return undefined
  return new URL(`${base.origin}${match[1]}/apis/registry/v3`)
}

function redact(value: string): string {
  return value.replace(/\/\/[^/@]*@/, '//***@')
}
