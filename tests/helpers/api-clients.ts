import type { Payload } from 'payload'

/** A user's JWT, or any Authorization header value (e.g. `users API-Key <key>`). */
export type ApiCredentials = string | { authorization: string }

/**
 * Payload's REST and GraphQL APIs called in-process, exactly as the Next.js routes call them,
 * with a user's JWT, another Authorization header, or anonymously. Responses are real Fetch Responses.
 */
export function apiClients(payload: Payload, credentials?: ApiCredentials) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (typeof credentials === 'string') headers.Authorization = `JWT ${credentials}`
  else if (credentials) headers.Authorization = credentials.authorization

  async function rest(path: string, init: RequestInit = {}) {
    const { handleEndpoints } = await import('payload')
    const request = new Request(`http://localhost/api${path}`, { ...init, headers: { ...headers, ...init.headers } })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> }
  }

  async function graphqlResponse(query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}) {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { ...headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    })
    const response = await GRAPHQL_POST(payload.config)(request)
    return {
      headers: response.headers,
      body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { statusCode?: number } }[] },
    }
  }

  async function graphql(query: string, variables?: Record<string, unknown>) {
    return (await graphqlResponse(query, variables)).body
  }

  return { rest, graphql, graphqlResponse }
}

export async function tokenFor(payload: Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`login for ${email} returned no token`)
  return token
}
