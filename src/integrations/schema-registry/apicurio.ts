import { buildUrl } from '@/integrations/schema-registry/base-url'
import {
  SchemaRegistryInvalidPayloadError,
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnauthorizedError,
} from '@/integrations/schema-registry/errors'
import type { HttpClient } from '@/integrations/schema-registry/http'
import { apicurioSystemInfoSchema, apicurioVersionListSchema, apicurioVersionSchema, apicurioVersionSearchSchema } from '@/integrations/schema-registry/schemas'

/**
 * Registration timestamps, which the Confluent API of Apicurio does not expose, read from
 * Apicurio's native API (`createdOn` of an artifact version). Subjects of the Confluent API live
 * in Apicurio's default group. Optional by design: any doubt yields "unknown", never a failure.
 */

export type VersionMetadata = { createdOn?: string }

/**
 * One subject's versions as a registry-wide listing reports them, with each version's content id
 * (what Apicurio's Confluent API answers as the schema id, unless its legacy id mode is on).
 */
export type SubjectVersions = { versions: number[]; deletedVersions: number[]; createdOn: Map<number, string>; contentIds: Map<number, number> }

/** Apicurio answers at most this many versions per search request. */
const SEARCH_PAGE_SIZE = 1_000

const ACCEPT_JSON = 'application/json'
const PAGE_SIZE = 500

export class ApicurioNativeApi {
  private available?: Promise<boolean>

  constructor(
    private readonly http: HttpClient,
    private readonly base: URL | undefined,
  ) {}

  /** True when `GET <native>/system/info` answers; probed once per client. */
  isAvailable(): Promise<boolean> {
    if (!this.base) return Promise.resolve(false)
    const base = this.base
    this.available ??= this.http
      .request({ method: 'GET', url: buildUrl(base, ['system', 'info']), accept: ACCEPT_JSON, schema: apicurioSystemInfoSchema })
      .then(
        () => true,
        (error: unknown) => {
          if (isAbsent(error)) return false
          this.available = undefined // unreachable: probe again next time
          throw error
        },
      )
    return this.available
  }

  async getVersionMetadata(subject: string, version: number): Promise<VersionMetadata> {
    if (!this.base || !(await this.isAvailable())) return {}
    try {
      const found = await this.http.request({
        method: 'GET',
        url: buildUrl(this.base, ['groups', 'default', 'artifacts', subject, 'versions', version]),
        accept: ACCEPT_JSON,
        schema: apicurioVersionSchema,
      })
      return toMetadata(found.createdOn)
    } catch (error) {
      if (error instanceof SchemaRegistryNotFoundError) return {}
      throw error
    }
  }

  /** Every version of a subject (soft-deleted ones included) in as few requests as possible. */
  async listVersionMetadata(subject: string): Promise<Map<number, VersionMetadata>> {
    const result = new Map<number, VersionMetadata>()
    if (!this.base || !(await this.isAvailable())) return result
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await this.versionPage(this.base, subject, offset)
      if (!page) return result
      for (const entry of page.versions) {
        const version = Number(entry.version)
        if (Number.isInteger(version) && version > 0) result.set(version, toMetadata(entry.createdOn))
      }
      if (page.versions.length < PAGE_SIZE || offset + PAGE_SIZE >= page.count) return result
    }
  }

  /**
   * Every version of every subject in the default group, soft-deleted ones included, in one
   * request per 1,000 versions (the Confluent API needs two requests per subject for the same).
   * Null when the native API is absent.
   */
  async listAllVersions(): Promise<Map<string, SubjectVersions> | null> {
    if (!this.base || !(await this.isAvailable())) return null
    const subjects = new Map<string, SubjectVersions>()
    for (let offset = 0; ; offset += SEARCH_PAGE_SIZE) {
      const page = await this.http.request({
        method: 'GET',
        url: buildUrl(this.base, ['search', 'versions'], {
          groupId: 'default',
          orderby: 'globalId',
          order: 'asc',
          offset: String(offset),
          limit: String(SEARCH_PAGE_SIZE),
        }),
        accept: ACCEPT_JSON,
        schema: apicurioVersionSearchSchema,
      })
      for (const entry of page.versions) {
        const version = Number(entry.version)
        if (!Number.isInteger(version) || version <= 0) continue
        const subject = subjects.get(entry.artifactId) ?? { versions: [], deletedVersions: [], createdOn: new Map(), contentIds: new Map() }
        ;(entry.state === 'DISABLED' ? subject.deletedVersions : subject.versions).push(version)
        const createdOn = toMetadata(entry.createdOn).createdOn
        if (createdOn) subject.createdOn.set(version, createdOn)
        if (entry.contentId !== undefined) subject.contentIds.set(version, entry.contentId)
        subjects.set(entry.artifactId, subject)
      }
      if (page.versions.length < SEARCH_PAGE_SIZE || offset + SEARCH_PAGE_SIZE >= page.count) break
    }
    for (const s of subjects.values()) {
      s.versions.sort((a, b) => a - b)
      s.deletedVersions.sort((a, b) => a - b)
    }
    return subjects
  }

  private async versionPage(base: URL, subject: string, offset: number) {
    try {
      return await this.http.request({
        method: 'GET',
        url: buildUrl(base, ['groups', 'default', 'artifacts', subject, 'versions'], {
          offset: String(offset),
          limit: String(PAGE_SIZE),
        }),
        accept: ACCEPT_JSON,
        schema: apicurioVersionListSchema,
      })
    } catch (error) {
      if (error instanceof SchemaRegistryNotFoundError) return undefined
      throw error
    }
  }
}

function isAbsent(error: unknown): boolean {
  return (
    error instanceof SchemaRegistryNotFoundError ||
    error instanceof SchemaRegistryRequestError ||
    // The native API can have its own role checks; timestamps are not worth failing a sync for.
    error instanceof SchemaRegistryUnauthorizedError ||
    // 200 with something else (a UI page, another product): not Apicurio's native API.
    error instanceof SchemaRegistryInvalidPayloadError
  )
}

function toMetadata(createdOn: string | undefined): VersionMetadata {
  if (!createdOn) return {}
  const time = Date.parse(createdOn)
  return Number.isNaN(time) ? {} : { createdOn: new Date(time).toISOString() }
}
