/**
 * The pages measured, per user, from what the seed made. Lists get their default view and one
 * with filters, sort and a later page; details rotate over a few objects of the user's reach.
 * Paths follow the routes the issue names (src/lib/paths.ts builds them in the product).
 */
export type SeedInfo = {
  db: string
  users: { admin: { email: string }; member: { email: string }; password: string }
  workspaces: { id: number; slug: string }[]
  memberWorkspace: { slug: string; id: number; app: string; env: string }
  otherWorkspace: { id: number; slug: string } | null
  sampleGroups: { id: number; workspace: number | null }[]
  sampleSchemas: { id: number; workspace: number | null }[]
  counts: { groups: number; history: Record<string, number>; schemas: number; versions: number }
  ms: Record<string, number>
}

export type UserKey = 'admin' | 'member'
/** 'baseline': the signed-in user's own account as JSON (auth and a one-row read): the floor the pages are compared with. */
export type PageKind = 'list' | 'detail' | 'baseline'
export type Page = { name: string; kind: PageKind; user: UserKey; paths: string[] }

export const TARGET_P95_MS: Record<PageKind, number | null> = { list: 150, detail: 200, baseline: null }

const idsIn = (items: { id: number; workspace: number | null }[], workspace: number | null | 'any', count = 5) =>
  items
    .filter((x) => workspace === 'any' || x.workspace === workspace)
    .slice(0, count)
    .map((x) => x.id)

export function pagesFor(seed: SeedInfo): Page[] {
  const pages: Page[] = []
  const users: { user: UserKey; workspace: { id: number; slug: string }; app: string; env: string }[] = [
    { user: 'admin', workspace: seed.otherWorkspace ?? seed.workspaces[0]!, app: seed.memberWorkspace.app, env: seed.memberWorkspace.env },
    { user: 'member', workspace: seed.memberWorkspace, app: seed.memberWorkspace.app, env: seed.memberWorkspace.env },
  ]
  for (const { user, workspace, app, env } of users) {
    const ws = `/workspaces/${workspace.slug}/kafka`
    const groups = idsIn(seed.sampleGroups, user === 'admin' ? 'any' : workspace.id)
    const schemas = idsIn(seed.sampleSchemas, user === 'admin' ? 'any' : workspace.id)
    const wsGroups = idsIn(seed.sampleGroups, workspace.id)
    const wsSchemas = idsIn(seed.sampleSchemas, workspace.id)
    const list = (name: string, path: string) => pages.push({ name, kind: 'list', user, paths: [path] })
    const detail = (name: string, paths: string[]) => pages.push({ name, kind: 'detail', user, paths })
    pages.push({ name: 'baseline: /api/users/me', kind: 'baseline', user, paths: ['/api/users/me'] })
    list('/kafka/schemas', '/kafka/schemas')
    list('/kafka/schemas (search, format, sort, page 2)', '/kafka/schemas?search=topic-1&format=avro&sort=-lastRegisteredAt&page=2')
    detail(
      '/kafka/schemas/[id]',
      schemas.map((id) => `/kafka/schemas/${id}`),
    )
    list('/kafka/consumer-groups', '/kafka/consumer-groups')
    list('/kafka/consumer-groups (health, has lag, sort, page 2)', '/kafka/consumer-groups?health=warn&hasLag=true&sort=-totalLag&page=2')
    detail(
      '/kafka/consumer-groups/[id]',
      groups.map((id) => `/kafka/consumer-groups/${id}`),
    )
    detail(
      '/kafka/consumer-groups/[id] (range 24h)',
      groups.map((id) => `/kafka/consumer-groups/${id}?range=24h`),
    )
    list('/workspaces/[slug]/kafka/schemas', `${ws}/schemas`)
    list('/workspaces/[slug]/kafka/schemas (format, sort, page 3)', `${ws}/schemas?format=protobuf&sort=-versionCount&page=3`)
    detail(
      '/workspaces/[slug]/kafka/schemas/[id]',
      wsSchemas.map((id) => `${ws}/schemas/${id}`),
    )
    list('/workspaces/[slug]/kafka/consumer-groups', `${ws}/consumer-groups`)
    list('/workspaces/[slug]/kafka/consumer-groups (state, sort, page 3)', `${ws}/consumer-groups?state=Stable&sort=-lagSeconds&page=3`)
    detail(
      '/workspaces/[slug]/kafka/consumer-groups/[id]',
      wsGroups.map((id) => `${ws}/consumer-groups/${id}`),
    )
    list('/workspaces/[slug]/kafka/applications/[app]/[env]/schemas', `${ws}/applications/${app}/${env}/schemas`)
    list('/workspaces/[slug]/kafka/applications/[app]/[env]/consumer-groups', `${ws}/applications/${app}/${env}/consumer-groups`)
  }
  return pages
}
