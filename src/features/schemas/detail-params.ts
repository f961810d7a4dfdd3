import { z } from 'zod'

import { optionalParam } from '@/lib/list-params'

const versionNumber = optionalParam(z.coerce.number().int().positive())

/**
 * View state of a schema detail page, all in the URL so a view or a diff is a shareable link:
 * the version shown (`version`), the two compared (`left`, `right`) and the diff layout (`view`).
 * Invalid values fall back to defaults.
 */
export const schemaDetailParams = z.object({
  version: versionNumber,
  left: versionNumber,
  right: versionNumber,
  view: z.enum(['split', 'unified']).catch('split'),
})

export type SchemaDetailParams = z.infer<typeof schemaDetailParams>

type VersionLike = { version: number; softDeleted?: boolean | null; status?: string | null }

const live = (v: VersionLike) => !v.softDeleted && v.status !== 'failed'

/**
 * Which version to show and which two to compare: the URL's when they exist, else the latest live
 * version, compared with the live one before it (no diff with fewer than two versions).
 */
export function resolveDetailView(versions: VersionLike[], params: SchemaDetailParams) {
  const numbers = new Set(versions.map((v) => v.version))
  const newestFirst = [...versions].sort((a, b) => b.version - a.version)
  const liveVersions = newestFirst.filter(live)
  const latest = (liveVersions[0] ?? newestFirst[0])?.version ?? null
  const shown = params.version && numbers.has(params.version) ? params.version : latest
  const explicit = params.left !== undefined && params.right !== undefined && numbers.has(params.left) && numbers.has(params.right)
  const compare = explicit
    ? { left: params.left!, right: params.right!, explicit: true }
    : liveVersions.length >= 2
      ? { left: liveVersions[1]!.version, right: liveVersions[0]!.version, explicit: false }
      : null
  return { shown, latest, compare }
}
