import type { SchemaReferenceContent } from '@/features/schemas/lib/types'

/** A reference as the registry lists it on a version: the name the schema uses, and what it names. */
export type SchemaReference = { name: string; subject: string; version: number }

/** A stored version another one may reference: its text and its own references. */
export type ReferencedVersion = { subject: string; version: number; content: string; references: SchemaReference[] }

/** Versions by `referenceKey(subject, version)`. */
export type ReferencedVersions = Map<string, ReferencedVersion>

const MAX_DEPTH = 16

export function referenceKey(subject: string, version: number): string {
  return `${subject}\u0000${version}`
}

/** The references a `references` JSON value (or its text) holds; anything malformed is skipped. */
export function readReferences(value: unknown): SchemaReference[] {
  if (typeof value === 'string') {
    try {
      return readReferences(JSON.parse(value))
    } catch {
      return []
    }
  }
  if (!Array.isArray(value)) return []
  return value.filter(
    (ref): ref is SchemaReference =>
      ref !== null && typeof ref === 'object' && typeof ref.name === 'string' && typeof ref.subject === 'string' && Number.isInteger(ref.version),
  )
}

/**
 * The texts a version's references resolve to, transitively (a referenced schema's own
 * references too), dependencies before the schemas that use them, each subject version once.
 * `missing` lists the (subject, version) pairs `known` lacks; their dependents still appear.
 */
export function resolveReferences(direct: SchemaReference[], known: ReferencedVersions): { contents: SchemaReferenceContent[]; missing: SchemaReference[] } {
  const contents: SchemaReferenceContent[] = []
  const missing: SchemaReference[] = []
  const visited = new Set<string>()
  const visit = (ref: SchemaReference, depth: number) => {
    const key = referenceKey(ref.subject, ref.version)
    if (visited.has(key) || depth > MAX_DEPTH) return
    visited.add(key)
    const found = known.get(key)
    if (!found) return void missing.push(ref)
    for (const inner of found.references) visit(inner, depth + 1)
    contents.push({ name: ref.name, subject: ref.subject, version: ref.version, content: found.content })
  }
  for (const ref of direct) visit(ref, 0)
  return { contents, missing }
}

/**
 * Loads every version `roots` reference, transitively: one `readBatch` per depth level (the
 * references of what the previous level loaded), never one read per reference. Pairs a batch
 * does not return are simply absent from the result.
 */
export async function loadReferencedVersions(
  roots: SchemaReference[],
  readBatch: (refs: SchemaReference[]) => Promise<ReferencedVersion[]>,
  known: ReferencedVersions = new Map(),
): Promise<ReferencedVersions> {
  const found: ReferencedVersions = new Map(known)
  const asked = new Set(found.keys())
  let wanted = roots
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const batch = uniqueReferences(wanted).filter((ref) => !asked.has(referenceKey(ref.subject, ref.version)))
    if (batch.length === 0) break
    for (const ref of batch) asked.add(referenceKey(ref.subject, ref.version))
    const read = await readBatch(batch)
    for (const version of read) found.set(referenceKey(version.subject, version.version), version)
    wanted = read.flatMap((version) => version.references)
  }
  return found
}

/** The stored form of the subjects a version references, for "Referenced by" lookups: `\na\nb\n`. */
export function referencedSubjectsText(references: SchemaReference[]): string | null {
  const subjects = [...new Set(references.map((ref) => ref.subject))].sort()
  return subjects.length === 0 ? null : `\n${subjects.join('\n')}\n`
}

/** What a "Referenced by" lookup for `subject` matches in that stored form. */
export function referencedSubjectNeedle(subject: string): string {
  return `\n${subject}\n`
}

function uniqueReferences(refs: SchemaReference[]): SchemaReference[] {
  const seen = new Map<string, SchemaReference>()
  for (const ref of refs) seen.set(referenceKey(ref.subject, ref.version), ref)
  return [...seen.values()]
}
