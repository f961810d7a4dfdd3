import { createSchemaRegistryClient, type SchemaRegistryClientOptions } from '@/integrations/schema-registry'

export type RecordedCall = { url: string; method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }

type Reply = Response | Error | ((call: RecordedCall) => Response | Promise<Response>)

/** JSON response the way a Confluent registry sends it. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json', ...headers },
  })
}

export function confluentError(status: number, errorCode: number, message: string): Response {
  return json({ error_code: errorCode, message }, status)
}

/** What undici's fetch throws when nothing listens on the port. */
export function connectionRefused(): Error {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })
  return new TypeError('fetch failed', { cause })
}

/**
 * A fetch double: replies are taken in order (the last one repeats), or computed by a route
 * function. Every call is recorded with its headers.
 */
export function fakeFetch(...replies: Reply[]) {
  const calls: RecordedCall[] = []
  let route: ((call: RecordedCall) => Response | Promise<Response>) | undefined
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call: RecordedCall = {
      url: input instanceof Request ? input.url : String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
      signal: init?.signal ?? undefined,
    }
    calls.push(call)
    if (route) return route(call)
    const reply = replies.length > 1 ? replies.shift()! : replies[0]
    if (reply === undefined) throw new Error('fakeFetch: no reply configured')
    if (reply instanceof Error) throw reply
    if (typeof reply === 'function') return reply(call)
    // A Response body can be read once; hand out a copy so a repeated reply works.
    return reply.clone()
  }
  return {
    fetch,
    calls,
    route(handler: (call: RecordedCall) => Response | Promise<Response>) {
      route = handler
    },
  }
}

export const CONFLUENT_URL = 'http://registry.test:8081'
export const APICURIO_URL = 'http://registry.test:8080/apis/ccompat/v7'

export function clientWith(fetch: typeof globalThis.fetch, options: Partial<SchemaRegistryClientOptions> = {}) {
  return createSchemaRegistryClient({
    baseUrl: CONFLUENT_URL,
    fetch,
    retryBaseDelayMs: 1,
    retryMaxDelayMs: 4,
    ...options,
  })
}
