import type { Payload, Where } from 'payload'
import { z } from 'zod'

import {
  checkCompatibility,
  diffSchemas,
  parseSchema,
  SchemaParseError,
  type CompatibilityLevel,
  type SchemaChange,
  type SchemaFormat,
  type SchemaReferenceContent,
} from '@/features/schemas/lib'
import { relationId } from '@/features/kafka-scope/scope-links'
import { describeChange } from '@/features/schemas/view/change-summary'
import { emptyIfForbidden } from '@/lib/forbidden'
import type { KafkaSchema, KafkaSchemaVersion, User } from '@/payload-types'

/**
 * The candidate check behind POST /api/schemas/check: a schema not registered anywhere, compared
 * with a synced subject's latest version (semantic diff) and judged at the subject's level against
 * its live versions. Nothing is written. Every read runs as the user, so a subject outside their
 * workspaces answers exactly like one that does not exist.
 */

const SCHEMA_TYPES = { AVRO: 'avro', PROTOBUF: 'protobuf', JSON: 'json' } as const satisfies Record<string, SchemaFormat>

const reference = z.object({ name: z.string().min(1), subject: z.string().min(1), version: z.number().int().positive() })

export const candidateInput = z
  .object({
    subjectId: z.number().int().positive().optional(),
    subject: z.string().min(1).optional(),
    /** The cluster's id or name; with `subject`. */
    cluster: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
    /** As the Confluent API spells it; the subject's own format when left out. */
    schemaType: z.enum(['AVRO', 'PROTOBUF', 'JSON']).optional(),
    schema: z.string().min(1, 'schema must be a non-empty string'),
    references: z.array(reference).optional(),
  })
  .refine((v) => v.subjectId !== undefined || (v.subject !== undefined && v.cluster !== undefined), {
    message: 'name the subject: subjectId, or subject and cluster',
  })

export type CandidateInput = z.infer<typeof candidateInput>

export type CandidateChange = Pick<SchemaChange, 'kind' | 'path' | 'before' | 'after' | 'message'> & { text: string }

export type CandidateResult = {
  subject: { id: number; subject: string; cluster: number | null }
  format: SchemaFormat
  level: CompatibilityLevel
  /** The version the diff is against; null when the subject has no live version. */
  latestVersion: number | null
  compatible: boolean
  reasons: string[]
  changes: CandidateChange[]
}

export type CandidateAnswer = { status: 200; body: CandidateResult } | { status: 400 | 404 | 422; body: { error: string } }

const NOT_FOUND = { status: 404, body: { error: 'subject not found' } } as const
const bad = (error: string) => ({ status: 400, body: { error } }) as const

export async function checkCandidate(payload: Payload, user: User, raw: unknown): Promise<CandidateAnswer> {
  const parsedInput = candidateInput.safeParse(raw)
  if (!parsedInput.success) {
    const issue = parsedInput.error.issues[0]
    const at = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return bad(`invalid request: ${at}${issue?.message ?? 'invalid'}`)
  }
  const input = parsedInput.data
  const access: Access = { user, overrideAccess: false, depth: 0 }

  const schema = await findSubject(payload, access, input)
  if (!schema) return NOT_FOUND
  const format = input.schemaType ? SCHEMA_TYPES[input.schemaType] : schema.format
  if (format !== schema.format) return bad(`schemaType ${input.schemaType} does not match the subject's format (${schema.format})`)
  const clusterId = relationId(schema.cluster)

  const versions = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-schema-versions',
      where: { and: [{ schema: { equals: schema.id } }, { status: { equals: 'synced' } }, { softDeleted: { not_equals: true } }] },
      sort: 'version',
      pagination: false,
      ...access,
    }),
    { docs: [] as KafkaSchemaVersion[] },
  )
  const live = versions.docs.filter((v): v is KafkaSchemaVersion & { content: string } => typeof v.content === 'string')
  const resolve = referenceResolver(payload, access, clusterId)

  let candidateReferences: SchemaReferenceContent[]
  try {
    candidateReferences = await Promise.all((input.references ?? []).map(resolve))
  } catch (error) {
    return bad(error instanceof Error ? error.message : String(error))
  }
  try {
    parseSchema(format, input.schema, candidateReferences)
  } catch (error) {
    if (error instanceof SchemaParseError) return bad(`the candidate is not a valid schema: ${error.message}`)
    throw error
  }

  const level = schema.compatibilityLevel ?? 'NONE'
  const latest = live.at(-1)
  try {
    const storedReferences = await Promise.all(live.flatMap((v) => storedReferencesOf(v)).map(resolve))
    const references = byName([...storedReferences, ...candidateReferences])
    const changes = latest ? diffSchemas(format, latest.content, input.schema, references) : []
    const verdict = checkCompatibility(
      format,
      level,
      input.schema,
      live.map((v) => v.content),
      references,
    )
    return {
      status: 200,
      body: {
        subject: { id: schema.id, subject: schema.subject, cluster: clusterId },
        format,
        level,
        latestVersion: latest?.version ?? null,
        compatible: verdict.compatible,
        reasons: verdict.reasons,
        changes: changes.map((c) => ({ kind: c.kind, path: c.path, before: c.before, after: c.after, message: c.message, text: describeChange(c) })),
      },
    }
  } catch (error) {
    return { status: 422, body: { error: `the subject's synced versions could not be evaluated: ${error instanceof Error ? error.message : String(error)}` } }
  }
}

type Access = { user: User; overrideAccess: false; depth: 0 }

async function findSubject(payload: Payload, access: Access, input: CandidateInput): Promise<KafkaSchema | null> {
  let clusterId: number | undefined
  if (input.subjectId === undefined && typeof input.cluster === 'string') {
    const clusters = await emptyIfForbidden(
      payload.find({ collection: 'kafka-clusters', where: { name: { equals: input.cluster } }, limit: 1, select: { name: true }, ...access }),
      { docs: [] },
    )
    clusterId = clusters.docs[0]?.id
    if (clusterId === undefined) return null
  } else if (typeof input.cluster === 'number') clusterId = input.cluster
  const where: Where =
    input.subjectId !== undefined
      ? { id: { equals: input.subjectId } }
      : { and: [{ subject: { equals: input.subject! } }, { cluster: { equals: clusterId! } }] }
  const found = await emptyIfForbidden(payload.find({ collection: 'kafka-schemas', where, limit: 1, ...access }), { docs: [] as KafkaSchema[] })
  return found.docs[0] ?? null
}

/** A reference's text from the synced copy of the referenced subject (same cluster, as the user). */
function referenceResolver(payload: Payload, access: Access, clusterId: number | null) {
  return async (ref: z.infer<typeof reference>): Promise<SchemaReferenceContent> => {
    const subjects = await emptyIfForbidden(
      payload.find({
        collection: 'kafka-schemas',
        where: { and: [{ subject: { equals: ref.subject } }, ...(clusterId === null ? [] : [{ cluster: { equals: clusterId } }])] },
        limit: 1,
        select: { subject: true },
        ...access,
      }),
      { docs: [] },
    )
    const subjectId = subjects.docs[0]?.id
    const versions =
      subjectId === undefined
        ? { docs: [] as KafkaSchemaVersion[] }
        : await emptyIfForbidden(
            payload.find({
              collection: 'kafka-schema-versions',
              where: { and: [{ schema: { equals: subjectId } }, { version: { equals: ref.version } }] },
              limit: 1,
              ...access,
            }),
            { docs: [] as KafkaSchemaVersion[] },
          )
    const content = versions.docs[0]?.content
    if (typeof content !== 'string') throw new Error(`reference ${ref.name} (${ref.subject} version ${ref.version}) is not synced`)
    return { ...ref, content }
  }
}

function storedReferencesOf(version: KafkaSchemaVersion): z.infer<typeof reference>[] {
  const parsed = z.array(reference).safeParse(version.references ?? [])
  return parsed.success ? parsed.data : []
}

/** One text per reference name; the candidate's (listed last) win. */
function byName(references: SchemaReferenceContent[]): SchemaReferenceContent[] {
  return [...new Map(references.map((r) => [r.name, r])).values()]
}
