import type { Where } from 'payload'

import {
  loadReferencedVersions,
  readReferences,
  referencedSubjectNeedle,
  type ReferencedVersion,
  type ReferencedVersions,
  type SchemaReference,
} from '@/features/schemas/lib'
import { asUser } from '@/lib/as-user'
import { emptyIfForbidden } from '@/lib/forbidden'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaSchemaVersion, User } from '@/payload-types'

import { buildDependents, type DependentEdge, type DependentsTree } from '@/features/schemas/view/dependents'

/**
 * Reads around a schema's references, all through the collections' access rules with the user:
 * the versions it references (for diffs and verdicts), the subjects it references and the ones
 * that reference it (links), and what depends on it transitively. `workspace` narrows the
 * linked subjects to a workspace scope.
 */

type Linked = { subject: string; schemaId: number }
const MAX_DEPENDENT_DEPTH = 6

const relationIdOf = (value: number | { id: number } | null | undefined) => (value && typeof value === 'object' ? value.id : (value ?? null))

/** The subjects of a cluster by name that the user may read (within `workspace`, when given). */
async function visibleSubjects(user: User, cluster: number, subjects: string[], workspace?: number): Promise<Map<string, number>> {
  if (subjects.length === 0) return new Map()
  const payload = await getPayloadClient()
  const and: Where[] = [{ cluster: { equals: cluster } }, { subject: { in: subjects } }]
  if (workspace) and.push({ workspace: { equals: workspace } })
  const found = await emptyIfForbidden(
    payload.find({ collection: 'kafka-schemas', where: { and }, pagination: false, depth: 0, select: { subject: true }, ...asUser(user) }),
    { docs: [] as { id: number; subject: string }[] },
  )
  return new Map(found.docs.map((doc) => [doc.subject, doc.id]))
}

/** One batch of referenced versions the user may read: two queries, whatever the batch size. */
async function readReferencedBatch(user: User, cluster: number, refs: SchemaReference[]): Promise<ReferencedVersion[]> {
  const ids = await visibleSubjects(
    user,
    cluster,
    refs.map((ref) => ref.subject),
  )
  if (ids.size === 0) return []
  const payload = await getPayloadClient()
  const subjectOf = new Map([...ids].map(([subject, id]) => [id, subject]))
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-schema-versions',
      where: {
        and: [{ schema: { in: [...ids.values()] } }, { version: { in: [...new Set(refs.map((ref) => ref.version))] } }, { status: { equals: 'synced' } }],
      },
      pagination: false,
      depth: 0,
      select: { schema: true, version: true, content: true, references: true },
      ...asUser(user),
    }),
    { docs: [] as Pick<KafkaSchemaVersion, 'schema' | 'version' | 'content' | 'references'>[] },
  )
  const wanted = new Set(refs.map((ref) => `${ref.subject}@${ref.version}`))
  return found.docs
    .map((doc) => ({
      subject: subjectOf.get(relationIdOf(doc.schema) ?? -1) ?? '',
      version: doc.version,
      content: doc.content ?? '',
      references: readReferences(doc.references),
    }))
    .filter((v) => v.content !== '' && wanted.has(`${v.subject}@${v.version}`))
}

/** Every version these versions reference, transitively, as far as the user may read them. */
export async function referencedVersionsFor(user: User, versions: Pick<KafkaSchemaVersion, 'cluster' | 'references'>[]): Promise<ReferencedVersions> {
  const roots = versions.flatMap((v) => readReferences(v.references))
  const cluster = relationIdOf(versions[0]?.cluster)
  if (roots.length === 0 || cluster === null) return new Map()
  return loadReferencedVersions(roots, (refs) => readReferencedBatch(user, cluster, refs))
}

export type SchemaReferenceLink = SchemaReference & { schemaId: number | null }

/** A version's references, each with the id of its subject when the user may open it. */
export async function referenceLinks(user: User, cluster: number, references: SchemaReference[], workspace?: number): Promise<SchemaReferenceLink[]> {
  const ids = await visibleSubjects(
    user,
    cluster,
    references.map((ref) => ref.subject),
    workspace,
  )
  return references.map((ref) => ({ ...ref, schemaId: ids.get(ref.subject) ?? null }))
}

/**
 * What depends on `subject`, transitively: each level is one read of the versions naming the
 * previous level's subjects in their references, and one read of their subjects. Only live,
 * synced versions count; subjects the user may not read (or outside `workspace`) are left out.
 */
export async function getSchemaDependents(user: User, cluster: number, subject: string, workspace?: number): Promise<DependentsTree> {
  const payload = await getPayloadClient()
  const edges: DependentEdge[] = []
  const seen = new Set([subject])
  let frontier = [subject]
  for (let depth = 0; depth < MAX_DEPENDENT_DEPTH && frontier.length > 0; depth++) {
    const and: Where[] = [
      { cluster: { equals: cluster } },
      { status: { equals: 'synced' } },
      { softDeleted: { not_equals: true } },
      { or: frontier.map((name) => ({ referencedSubjects: { contains: referencedSubjectNeedle(name) } })) },
    ]
    if (workspace) and.push({ workspace: { equals: workspace } })
    const found = await emptyIfForbidden(
      payload.find({
        collection: 'kafka-schema-versions',
        where: { and },
        pagination: false,
        depth: 0,
        select: { schema: true, version: true, references: true },
        ...asUser(user),
      }),
      { docs: [] as Pick<KafkaSchemaVersion, 'schema' | 'version' | 'references'>[] },
    )
    const schemaIds = [...new Set(found.docs.map((doc) => relationIdOf(doc.schema)).filter((id) => id !== null))]
    const subjects = await subjectsById(user, schemaIds)
    const next: string[] = []
    for (const doc of found.docs) {
      const dependent: Linked | undefined = subjects.get(relationIdOf(doc.schema) ?? -1)
      if (!dependent) continue
      // The exact check: `contains` matches the name between newlines, and `_`/`%` loosely.
      for (const ref of readReferences(doc.references).filter((r) => frontier.includes(r.subject))) {
        edges.push({ from: ref.subject, to: dependent.subject, schemaId: dependent.schemaId, version: doc.version, referencedVersion: ref.version })
      }
      if (!seen.has(dependent.subject)) {
        seen.add(dependent.subject)
        next.push(dependent.subject)
      }
    }
    frontier = next
  }
  return buildDependents(subject, edges)
}

async function subjectsById(user: User, ids: number[]): Promise<Map<number, Linked>> {
  if (ids.length === 0) return new Map()
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({ collection: 'kafka-schemas', where: { id: { in: ids } }, pagination: false, depth: 0, select: { subject: true }, ...asUser(user) }),
    { docs: [] as { id: number; subject: string }[] },
  )
  return new Map(found.docs.map((doc) => [doc.id, { subject: doc.subject, schemaId: doc.id }]))
}
