/** The sections every scope has, named as in their URLs (paths.ts). */
export const SCOPE_SECTIONS = ['schemas', 'consumer-groups', 'topics'] as const
export type ScopeSection = (typeof SCOPE_SECTIONS)[number]

/**
 * The section a Kafka page belongs to, from its path: `/kafka/topics/3`, `/workspaces/a/kafka/topics`
 * and `/workspaces/a/kafka/applications/x/prod/topics` are all 'topics'; an overview is null.
 */
export function sectionOfPath(pathname: string): ScopeSection | null {
  const segments = pathname.split('/').filter(Boolean)
  const kafka = segments.indexOf('kafka')
  if (kafka < 0) return null
  const rest = segments.slice(kafka + 1)
  const candidate = rest[0] === 'applications' ? rest[3] : rest[0]
  return (SCOPE_SECTIONS as readonly string[]).includes(candidate ?? '') ? (candidate as ScopeSection) : null
}

/**
 * Where the workspace switcher goes: the same tab (list) in the chosen workspace, or its overview.
 * A detail page goes to the list: the object belongs to one workspace, not the other.
 */
export function switchTarget(pathname: string, overviewHref: string): string {
  const section = sectionOfPath(pathname)
  return section ? `${overviewHref}/${section}` : overviewHref
}
