import pLimit, { type LimitFunction } from 'p-limit'
import pRetry from 'p-retry'
import type { z } from 'zod'

import {
  SchemaRegistryError,
  SchemaRegistryInvalidPayloadError,
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnauthorizedError,
  SchemaRegistryUnreachableError,
} from '@/integrations/schema-registry/errors'
import { errorBodySchema } from '@/integrations/schema-registry/schemas'

/**
 * One HTTP exchange with a registry: bounded concurrency (p-limit), a timeout per attempt
 * (AbortSignal.timeout), retries (p-retry) with exponential backoff and jitter on 5xx (except 501),
 * 429 (honouring Retry-After) and network errors or timeouts — never on other 4xx — and the
 * response body validated with zod.
 */

export type SchemaRegistryAuth = { type: 'basic'; username: string; password: string } | { type: 'bearer'; token: string }

export type HttpClientOptions = {
  auth?: SchemaRegistryAuth
  timeoutMs: number
  retries: number
  concurrency: number
  fetch: typeof fetch
  /** First backoff delay; doubles per retry up to `retryMaxDelayMs`. */
  retryBaseDelayMs: number
  retryMaxDelayMs: number
  /** A Retry-After longer than this ends the retries instead of stalling the caller. */
  retryAfterMaxMs: number
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export type HttpRequest<T> = {
  method: HttpMethod
  url: URL
  body?: unknown
  accept: string
  schema: z.ZodType<T>
}

export const CONFLUENT_CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json'
export const CONFLUENT_ACCEPT = 'application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5'

type Answer = { status: number; statusText: string; text: string; retryAfterMs?: number }

/** An attempt that may be retried: a retryable status, a network error or a timeout. */
class FailedAttempt extends Error {
  constructor(
    readonly problem: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly failure?: unknown,
  ) {
    super(problem)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class HttpClient {
  private sent = 0
  private readonly limit: LimitFunction
  private readonly authorization?: string

  constructor(private readonly options: HttpClientOptions) {
    if (!Number.isInteger(options.retries) || options.retries < 0) {
      throw new RangeError(`retries must be a non-negative integer, got ${options.retries}`)
    }
    if (!(options.timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${options.timeoutMs}`)
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`)
    }
    this.limit = pLimit(options.concurrency)
    this.authorization = authorizationHeader(options.auth)
  }

  /** HTTP requests actually sent, retries included. */
  get requestCount(): number {
    return this.sent
  }

  async request<T>(request: HttpRequest<T>): Promise<T> {
    const answer = await this.exchange(request)
    if (answer.status >= 200 && answer.status < 300) return parseBody(request, answer)
    throw errorForStatus(request, answer, this.authorization !== undefined)
  }

  /**
   * Sends with retries; returns the first non-retryable answer, or throws Unreachable. The n-th
   * retry waits between half and all of base × 2^(n-1), capped (p-retry's randomized backoff from
   * half the base: "equal jitter"), and at least as long as a Retry-After asks; one asking longer
   * than `retryAfterMaxMs` ends the retries at once.
   */
  private async exchange(request: HttpRequest<unknown>): Promise<Answer> {
    const { retries, retryBaseDelayMs, retryMaxDelayMs, retryAfterMaxMs, timeoutMs } = this.options
    const waitsTooLong = (error: unknown) => error instanceof FailedAttempt && error.retryAfterMs !== undefined && error.retryAfterMs > retryAfterMaxMs
    let attempts = 0
    try {
      return await pRetry(
        async (attempt) => {
          attempts = attempt
          let answer: Answer
          try {
            answer = await this.limit(() => this.attempt(request))
          } catch (error) {
            throw new FailedAttempt(describeNetworkError(error, timeoutMs), undefined, undefined, error)
          }
          if (!isRetryable(answer.status)) return answer
          const problem = `answered ${answer.status} ${answer.statusText}`.trim() + describeErrorBody(answer.text)
          throw new FailedAttempt(problem, answer.status, answer.retryAfterMs)
        },
        {
          retries,
          factor: 2,
          minTimeout: retryBaseDelayMs / 2,
          maxTimeout: retryMaxDelayMs,
          randomize: true,
          shouldRetry: ({ error }) => !waitsTooLong(error),
          // p-retry's own delay follows; together they wait the longer of the two.
          onFailedAttempt: async ({ error, retriesLeft, retryDelay }) => {
            if (!(error instanceof FailedAttempt) || error.retryAfterMs === undefined || retriesLeft === 0 || waitsTooLong(error)) return
            await sleep(Math.max(0, error.retryAfterMs - retryDelay))
          },
        },
      )
    } catch (error) {
      if (!(error instanceof FailedAttempt)) throw error
      const problem = waitsTooLong(error) ? `${error.problem} and asked to retry after ${Math.ceil(error.retryAfterMs! / 1000)} s` : error.problem
      return this.unreachable(request, attempts, problem, error.status, error.failure)
    }
  }

  private unreachable(request: HttpRequest<unknown>, attempts: number, problem: string, status?: number, cause?: unknown): never {
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
    throw new SchemaRegistryUnreachableError(`Schema Registry unreachable: ${describe(request)} ${problem} (gave up after ${tries})`, {
      url: request.url.href,
      status,
      cause,
      attempts,
    })
  }

  private async attempt(request: HttpRequest<unknown>): Promise<Answer> {
    const headers: Record<string, string> = {
      Accept: request.accept,
      // Confluent Cloud only returns newer fields (ts, createTs, guid …) when asked to.
      'Confluent-Accept-Unknown-Properties': 'true',
    }
    if (this.authorization) headers.Authorization = this.authorization
    // On loopback, decompressing costs more than the bytes saved (bench:schema-sync).
    if (isLoopback(request.url)) headers['Accept-Encoding'] = 'identity'
    if (request.body !== undefined) headers['Content-Type'] = CONFLUENT_CONTENT_TYPE
    this.sent += 1
    const signal = AbortSignal.timeout(this.options.timeoutMs)
    const response = await this.options.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
      redirect: 'follow',
    })
    // The body is read under the same timeout: a registry that stalls mid-body is a timeout too.
    const text = await response.text()
    return {
      status: response.status,
      statusText: response.statusText,
      text,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    }
  }
}

/** A host on this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function isRetryable(status: number): boolean {
  // 501 Not Implemented is a permanent answer (an endpoint the registry lacks), not an outage.
  return status === 429 || (status >= 500 && status !== 501)
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

function authorizationHeader(auth: SchemaRegistryAuth | undefined): string | undefined {
  if (!auth) return undefined
  if (auth.type === 'basic') {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`
  }
  return `Bearer ${auth.token}`
}

function describe(request: HttpRequest<unknown>): string {
  return `${request.method} ${request.url.href}`
}

function parseBody<T>(request: HttpRequest<T>, answer: Answer): T {
  let json: unknown
  try {
    json = answer.text.trim() === '' ? undefined : JSON.parse(answer.text)
  } catch (error) {
    throw new SchemaRegistryInvalidPayloadError(
      `Schema Registry answered ${describe(request)} with ${answer.status} but a body that is not JSON (${answer.text.length} characters)`,
      { url: request.url.href, status: answer.status, cause: error, issuePath: '(root)' },
    )
  }
  const parsed = request.schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const issuePath = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'
  throw new SchemaRegistryInvalidPayloadError(
    `Schema Registry answered ${describe(request)} with an unexpected body: at ${issuePath}: ${issue?.message ?? 'invalid'}`,
    { url: request.url.href, status: answer.status, cause: parsed.error, issuePath },
  )
}

function errorForStatus(request: HttpRequest<unknown>, answer: Answer, hasCredentials: boolean): SchemaRegistryError {
  const body = errorBodySchema.safeParse(safeJson(answer.text))
  const errorCode = body.success ? body.data.error_code : undefined
  const status = `${answer.status} ${answer.statusText}`.trim()
  const said = describeErrorBody(answer.text)
  const details = { url: request.url.href, status: answer.status, errorCode }
  if (answer.status === 401 || answer.status === 403) {
    const hint = hasCredentials
      ? 'check the configured Schema Registry credentials and their permissions'
      : 'the registry requires credentials and none are configured'
    return new SchemaRegistryUnauthorizedError(`Schema Registry refused ${describe(request)}: ${status}${said}; ${hint}`, details)
  }
  if (answer.status === 404) {
    const hint = errorCode === undefined ? '; the endpoint does not exist here (check the base URL)' : ''
    return new SchemaRegistryNotFoundError(`Schema Registry has nothing at ${describe(request)}: ${status}${said}${hint}`, details)
  }
  return new SchemaRegistryRequestError(`Schema Registry rejected ${describe(request)}: ${status}${said}`, details)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function describeErrorBody(text: string): string {
  const body = errorBodySchema.safeParse(safeJson(text))
  if (body.success && body.data.message) {
    return ` (${body.data.error_code === undefined ? '' : `error ${body.data.error_code}: `}${capped(body.data.message)})`
  }
  // Any other body stays out of the message: it may echo the request, credentials included.
  return text.trim() === '' ? '' : ` (a body of ${text.length} characters that is not a registry error)`
}

/** The registry's own error message, on one line and short. */
function capped(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${timeoutMs} ms`
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined
  if (cause && typeof cause === 'object' && (cause.code || cause.message)) {
    return `failed: ${cause.message || cause.code}`
  }
  return `failed: ${error instanceof Error ? error.message : String(error)}`
}
