// The schema-semantics API the sync engine and the UI use: pure functions, no I/O.
export * from '@/features/schemas/lib/types'
export { CHANGE_CATEGORIES, CHANGE_RULES, type ChangeCategory, type ChangeRule } from '@/features/schemas/lib/change-rules'
export { parseSchema, SchemaParseError, type ParsedSchema } from '@/features/schemas/lib/parse-schema'
export { schemaFingerprint, canonicalForm } from '@/features/schemas/lib/fingerprint'
export { diffSchemas } from '@/features/schemas/lib/diff-schemas'
export { checkCompatibility, evaluateSubjectCompatibility } from '@/features/schemas/lib/compatibility'
export {
  loadReferencedVersions,
  readReferences,
  referencedSubjectNeedle,
  referencedSubjectsText,
  referenceKey,
  resolveReferences,
  type ReferencedVersion,
  type ReferencedVersions,
  type SchemaReference,
} from '@/features/schemas/lib/references'
