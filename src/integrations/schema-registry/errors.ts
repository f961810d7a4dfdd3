import { scrubCredentials } from '@/lib/scrub-credentials'

/**
 * Typed failures of the Schema Registry client. Every error names the URL it was about (never with
 * credentials: the client strips them from URLs and keeps them in headers only) and what happened,
 * so a platform engineer can act on the message alone. Messages are stored (sync errors) and shown
 * to admins, so they carry no response body but the registry's own error message, and anything
 * that looks like a credential is scrubbed from them (a registry may echo the request).
 */

export type SchemaRegistryErrorDetails = {
  url: string
  status?: number
  /** Confluent `error_code` from the response body, when the registry sent one. */
  errorCode?: number
  cause?: unknown
}

export class SchemaRegistryError extends Error {
  readonly url: string
  readonly status?: number
  readonly errorCode?: number

  constructor(message: string, details: SchemaRegistryErrorDetails) {
    super(scrubCredentials(message), details.cause === undefined ? undefined : { cause: details.cause })
    this.name = new.target.name
    this.url = details.url
    this.status = details.status
    this.errorCode = details.errorCode
  }
}

/** 401 or 403: the registry refused the configured credentials (or wants some). */
export class SchemaRegistryUnauthorizedError extends SchemaRegistryError {}

/**
 * 404. `errorCode` tells what was missing (Confluent codes): 40401 subject, 40402 version,
 * 40403 schema id, 40408 subject-level compatibility not configured. No code usually means the
 * endpoint itself does not exist (wrong base URL, or a registry without that API).
 */
export class SchemaRegistryNotFoundError extends SchemaRegistryError {}

/** Network error, timeout, or 5xx/429 still failing after every retry. */
export class SchemaRegistryUnreachableError extends SchemaRegistryError {
  readonly attempts: number

  constructor(message: string, details: SchemaRegistryErrorDetails & { attempts: number }) {
    super(message, details)
    this.attempts = details.attempts
  }
}

/** A 2xx answer whose body is not what the Confluent API promises. */
export class SchemaRegistryInvalidPayloadError extends SchemaRegistryError {
  /** Path of the first offending value, e.g. `references.0.version`, or `(root)`. */
  readonly issuePath: string

  constructor(message: string, details: SchemaRegistryErrorDetails & { issuePath: string }) {
    super(message, details)
    this.issuePath = details.issuePath
  }
}

/** Any other 4xx (409 incompatible schema, 422 invalid schema or level, 400 bad request …). */
export class SchemaRegistryRequestError extends SchemaRegistryError {}

/** Confluent error codes the sync engine cares about. */
export const SchemaRegistryErrorCode = {
  subjectNotFound: 40401,
  versionNotFound: 40402,
  schemaNotFound: 40403,
  subjectSoftDeleted: 40404,
  subjectNotSoftDeleted: 40405,
  versionSoftDeleted: 40406,
  versionNotSoftDeleted: 40407,
  subjectCompatibilityNotConfigured: 40408,
  subjectModeNotConfigured: 40409,
  invalidSchema: 42201,
  invalidVersion: 42202,
  invalidCompatibilityLevel: 42203,
} as const
