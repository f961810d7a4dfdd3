import type { z } from 'zod'

import { ApicurioNativeApi, type SubjectVersions, type VersionMetadata } from '@/integrations/schema-registry/apicurio'
import { apicurioNativeBase, buildUrl, parseBaseUrl } from '@/integrations/schema-registry/base-url'
import { SchemaRegistryInvalidPayloadError, SchemaRegistryNotFoundError, SchemaRegistryRequestError } from '@/integrations/schema-registry/errors'
import { CONFLUENT_ACCEPT, HttpClient, type HttpMethod, type SchemaRegistryAuth } from '@/integrations/schema-registry/http'
import {
  anyArraySchema,
  compatibilityCheckSchema,
  configSchema,
  configUpdateSchema,
  deleteVersionResponseSchema,
  modeSchema,
  registerResponseSchema,
  schemaByIdSchema,
  stringListSchema,
  subjectVersionSchema,
  versionListSchema,
  type CompatibilityLevel,
  type RuleSet,
  type SchemaMetadata,
  type SchemaReference,
  type SchemaType,
} from '@/integrations/schema-registry/schemas'

export type SchemaRegistryClientOptions = {
  baseUrl: string
  auth?: SchemaRegistryAuth
  /** Per attempt. Default 10 s. */
  timeoutMs?: number
  /** Retries after the first attempt, on 5xx/429/network errors only. Default 3. */
  retries?: number
  /** Requests in flight at once across all calls of this client. Default 8. */
  concurrency?: number
  fetch?: typeof fetch
  /** Backoff tuning; defaults 250 ms doubling up to 5 s, and Retry-After honoured up to 60 s. */
  retryBaseDelayMs?: number
  retryMaxDelayMs?: number
  retryAfterMaxMs?: number
}

export type SchemaVersion = {
  subject: string
  version: number
  id: number
  schemaType: SchemaType
  schema: string
  references: SchemaReference[]
  /** Only registries that expose it (Confluent 8 `createTs`/`ts`); ISO 8601. */
  registeredAt?: string
  /** Confluent 8. */
  guid?: string
  /** Confluent data contracts; sensitive property values are replaced by SENSITIVE_VALUE. */
  metadata?: SchemaMetadata
  ruleSet?: RuleSet
}

/** What a sensitive metadata property shows instead of its value. */
export const SENSITIVE_VALUE = '(sensitive)'

export type SchemaById = { id: number; schemaType: SchemaType; schema: string; references: SchemaReference[] }

export type SchemaInput = { schema: string; schemaType?: SchemaType; references?: SchemaReference[] }

export type RegistryFeatures = {
  /** `GET /subjects?deleted=true` answers with a list. */
  deletedListing: boolean
  /** `GET /mode` answers. */
  mode: boolean
  /** `GET /contexts` answers. */
  contexts: boolean
  /** `GET /schemas` answers with a list. */
  schemasListing: boolean
  /** Registration timestamps via Apicurio's native API (see getVersionMetadata). */
  versionMetadata: boolean
}

export type SchemaRegistryClient = {
  readonly baseUrl: string
  /** HTTP requests actually sent by this client, retries included. */
  readonly requestCount: number
  /** `subjectPrefix` `:.ctx:` lists a context's subjects (Confluent lists the default context only). */
  listSubjects(options?: { deleted?: boolean; subjectPrefix?: string }): Promise<string[]>
  /** Context names (`.` is the default one); [] when the registry has no contexts. */
  listContexts(): Promise<string[]>
  /**
   * The subject's mode (READWRITE, READONLY, IMPORT …), the global one when it has none of its own;
   * null without asking on Apicurio (no subject-level mode there: the global mode applies).
   */
  getSubjectMode(subject: string): Promise<string | null>
  listVersions(subject: string, options?: { deleted?: boolean }): Promise<number[]>
  getVersion(subject: string, version: number, options?: { deleted?: boolean }): Promise<SchemaVersion>
  getSchemaById(id: number): Promise<SchemaById>
  /** The subject's own level, or null when it has none (it then follows the global level). */
  getSubjectCompatibility(subject: string): Promise<CompatibilityLevel | null>
  getGlobalCompatibility(): Promise<CompatibilityLevel>
  /** Global mode (READWRITE, READONLY, IMPORT …), or null when the registry has no /mode. */
  getMode(): Promise<string | null>
  detectFeatures(): Promise<RegistryFeatures>
  /** `{}` unless the registry exposes registration times for versions (Apicurio native API). */
  getVersionMetadata(subject: string, version: number): Promise<VersionMetadata>
  /** The same for every version of a subject, in one request per 500 versions. */
  listVersionMetadata(subject: string): Promise<Map<number, VersionMetadata>>
  /**
   * Every subject's live and soft-deleted versions in a few requests, where the registry offers a
   * registry-wide listing (Apicurio's native search); null otherwise (list per subject instead).
   */
  listAllVersions(): Promise<Map<string, SubjectVersions> | null>
  registerSchema(subject: string, input: SchemaInput): Promise<number>
  deleteVersion(subject: string, version: number, options?: { permanent?: boolean }): Promise<number>
  deleteSubject(subject: string, options?: { permanent?: boolean }): Promise<number[]>
  setSubjectCompatibility(subject: string, level: CompatibilityLevel): Promise<CompatibilityLevel>
  testCompatibility(
    subject: string,
    version: number | 'latest',
    input: SchemaInput,
    options?: { verbose?: boolean },
  ): Promise<{ isCompatible: boolean; messages: string[] }>
}

/** Subjects asked for per listing request. */
const SUBJECT_PAGE = 5_000

export function createSchemaRegistryClient(options: SchemaRegistryClientOptions): SchemaRegistryClient {
  const { base, auth } = parseBaseUrl(options.baseUrl, options.auth)
  const http = new HttpClient({
    auth,
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 3,
    concurrency: options.concurrency ?? 8,
    fetch: options.fetch ?? globalThis.fetch,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 250,
    retryMaxDelayMs: options.retryMaxDelayMs ?? 5_000,
    retryAfterMaxMs: options.retryAfterMaxMs ?? 60_000,
  })
  const nativeBase = apicurioNativeBase(base)
  const apicurio = new ApicurioNativeApi(http, nativeBase)
  let features: Promise<RegistryFeatures> | undefined

  function call<T>(
    method: HttpMethod,
    segments: ReadonlyArray<string | number>,
    schema: z.ZodType<T>,
    extra: { query?: Record<string, string | undefined>; body?: unknown } = {},
  ): Promise<T> {
    return http.request({ method, url: buildUrl(base, segments, extra.query), body: extra.body, accept: CONFLUENT_ACCEPT, schema })
  }

  const deletedQuery = (deleted: boolean | undefined) => ({ deleted: deleted ? 'true' : undefined })

  async function probe(run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run()
      return true
    } catch (error) {
      // Absent or different endpoint: the feature is missing. Unauthorized or unreachable: we
      // know nothing, so the caller hears about it instead of caching a wrong answer.
      if (isUnsupported(error) || error instanceof SchemaRegistryInvalidPayloadError) return false
      throw error
    }
  }

  return {
    baseUrl: base.href,
    get requestCount() {
      return http.requestCount
    },

    /**
     * Every subject, page by page: Apicurio answers at most 1,000 per request unless asked for
     * more, Confluent honours offset/limit, and a registry that ignores them answers everything at
     * once (a page shorter than the limit, or one repeating the previous page, ends the listing).
     */
    async listSubjects({ deleted, subjectPrefix } = {}) {
      const all: string[] = []
      for (let offset = 0; ; offset += SUBJECT_PAGE) {
        const page = await call('GET', ['subjects'], stringListSchema, {
          query: { ...deletedQuery(deleted), subjectPrefix, offset: String(offset), limit: String(SUBJECT_PAGE) },
        })
        if (offset > 0 && page.length > 0 && page[0] === all[0]) break
        all.push(...page)
        if (page.length < SUBJECT_PAGE) break
      }
      return [...new Set(all)]
    },

    listVersions: (subject, { deleted } = {}) => call('GET', ['subjects', subject, 'versions'], versionListSchema, { query: deletedQuery(deleted) }),

    async getVersion(subject, version, { deleted } = {}) {
      const found = await call('GET', ['subjects', subject, 'versions', checkVersion(version)], subjectVersionSchema, {
        query: deletedQuery(deleted),
      })
      const registeredAt = found.createTs ?? found.ts
      return {
        subject: found.subject,
        version: found.version,
        id: found.id,
        schemaType: found.schemaType ?? 'AVRO',
        schema: found.schema,
        references: found.references ?? [],
        ...(registeredAt === undefined ? {} : { registeredAt: new Date(registeredAt).toISOString() }),
        ...(found.guid === undefined ? {} : { guid: found.guid }),
        ...(found.metadata ? { metadata: withoutSensitiveValues(found.metadata) } : {}),
        ...(found.ruleSet ? { ruleSet: found.ruleSet } : {}),
      }
    },

    async listContexts() {
      try {
        return await call('GET', ['contexts'], stringListSchema)
      } catch (error) {
        if (isUnsupported(error)) return []
        throw error
      }
    },

    async getSubjectMode(subject) {
      if (nativeBase) return null
      try {
        return (await call('GET', ['mode', subject], modeSchema, { query: { defaultToGlobal: 'true' } })).mode
      } catch (error) {
        if (isUnsupported(error)) return null
        throw error
      }
    },

    async getSchemaById(id) {
      const found = await call('GET', ['schemas', 'ids', id], schemaByIdSchema)
      return { id, schemaType: found.schemaType ?? 'AVRO', schema: found.schema, references: found.references ?? [] }
    },

    async getSubjectCompatibility(subject) {
      let level: CompatibilityLevel
      try {
        level = await call('GET', ['config', subject], configSchema)
      } catch (error) {
        // Confluent: 404 with 40408 (no subject-level config) or 40401 (unknown subject).
        if (error instanceof SchemaRegistryNotFoundError) return null
        throw error
      }
      // Apicurio answers NONE when the subject has no rule of its own (and stores a subject-level
      // NONE by deleting the rule), so there NONE means "not set": the global level applies.
      if (nativeBase && level === 'NONE') return null
      return level
    },

    getGlobalCompatibility: () => call('GET', ['config'], configSchema),

    async getMode() {
      try {
        return (await call('GET', ['mode'], modeSchema)).mode
      } catch (error) {
        if (isUnsupported(error)) return null
        throw error
      }
    },

    detectFeatures() {
      features ??= (async () => {
        const [deletedListing, mode, contexts, schemasListing, versionMetadata] = await Promise.all([
          probe(() => call('GET', ['subjects'], stringListSchema, { query: { deleted: 'true' } })),
          probe(() => call('GET', ['mode'], modeSchema)),
          probe(() => call('GET', ['contexts'], stringListSchema)),
          probe(() => call('GET', ['schemas'], anyArraySchema, { query: { limit: '1' } })),
          apicurio.isAvailable(),
        ])
        return { deletedListing, mode, contexts, schemasListing, versionMetadata }
      })()
      // A failed detection is not cached: the next call probes again.
      features.catch(() => {
        features = undefined
      })
      return features
    },

    async getVersionMetadata(subject, version) {
      return apicurio.getVersionMetadata(subject, checkVersion(version))
    },

    listVersionMetadata: (subject) => apicurio.listVersionMetadata(subject),
    listAllVersions: () => apicurio.listAllVersions(),

    async registerSchema(subject, input) {
      const found = await call('POST', ['subjects', subject, 'versions'], registerResponseSchema, { body: schemaBody(input) })
      return found.id
    },

    async deleteVersion(subject, version, { permanent } = {}) {
      return call('DELETE', ['subjects', subject, 'versions', checkVersion(version)], deleteVersionResponseSchema, {
        query: { permanent: permanent ? 'true' : undefined },
      })
    },

    deleteSubject: (subject, { permanent } = {}) =>
      call('DELETE', ['subjects', subject], versionListSchema, { query: { permanent: permanent ? 'true' : undefined } }),

    async setSubjectCompatibility(subject, level) {
      const found = await call('PUT', ['config', subject], configUpdateSchema, { body: { compatibility: level } })
      return found.compatibility
    },

    async testCompatibility(subject, version, input, { verbose } = {}) {
      const target = version === 'latest' ? 'latest' : checkVersion(version)
      const found = await call('POST', ['compatibility', 'subjects', subject, 'versions', target], compatibilityCheckSchema, {
        body: schemaBody(input),
        query: { verbose: verbose ? 'true' : undefined },
      })
      return { isCompatible: found.is_compatible, messages: found.messages ?? [] }
    },
  }
}

function withoutSensitiveValues(metadata: SchemaMetadata): SchemaMetadata {
  const sensitive = new Set(metadata.sensitive ?? [])
  if (!metadata.properties || sensitive.size === 0) return metadata
  const properties = Object.fromEntries(Object.entries(metadata.properties).map(([k, v]) => [k, sensitive.has(k) ? SENSITIVE_VALUE : v]))
  return { ...metadata, properties }
}

function isUnsupported(error: unknown): boolean {
  if (error instanceof SchemaRegistryNotFoundError) return true
  return error instanceof SchemaRegistryRequestError && (error.status === 405 || error.status === 501)
}

function checkVersion(version: number): number {
  // Confluent reads -1 as "latest"; a caller asking for a concrete version must not get that.
  if (!Number.isInteger(version) || version < 1) throw new RangeError(`schema version must be a positive integer, got ${version}`)
  return version
}

function schemaBody(input: SchemaInput): Record<string, unknown> {
  return {
    schema: input.schema,
    ...(input.schemaType ? { schemaType: input.schemaType } : {}),
    ...(input.references?.length ? { references: input.references } : {}),
  }
}
