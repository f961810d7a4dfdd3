/**
 * Which workspace roles a person's identity-provider groups grant, and what that changes in their
 * memberships. Pure: no Payload, no I/O (src/features/identity/sync-memberships.ts applies it).
 */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]
export const MEMBERSHIP_SOURCES = ['manual', 'idp'] as const
export type MembershipSource = (typeof MEMBERSHIP_SOURCES)[number]

/** A workspace's mapping: the claim values granting each role. */
export type WorkspaceGroupMapping = {
  workspaceId: number | string
  owners: readonly string[]
  admins: readonly string[]
  members: readonly string[]
}

export type ExistingMembership = {
  id: number | string
  workspaceId: number | string
  role: WorkspaceRole
  source: MembershipSource
}

export type WorkspaceGrant = { workspaceId: number | string; role: WorkspaceRole }

export type MembershipPlan = {
  create: WorkspaceGrant[]
  update: { id: number | string; role: WorkspaceRole }[]
  remove: (number | string)[]
}

/** The highest role each workspace grants for these groups; a workspace naming none of them is absent. */
export function rolesFromGroups(mappings: readonly WorkspaceGroupMapping[], groups: readonly string[]): Map<string, WorkspaceGrant> {
  const held = new Set(groups)
  const roles = new Map<string, WorkspaceGrant>()
  for (const mapping of mappings) {
    const granted: WorkspaceRole | undefined = mapping.owners.some((g) => held.has(g))
      ? 'owner'
      : mapping.admins.some((g) => held.has(g))
        ? 'admin'
        : mapping.members.some((g) => held.has(g))
          ? 'member'
          : undefined
    if (granted) roles.set(String(mapping.workspaceId), { workspaceId: mapping.workspaceId, role: granted })
  }
  return roles
}

/**
 * Brings the memberships that came from the provider in line with the roles it grants now:
 * missing ones are created, changed roles updated, the rest removed. Hand-made memberships are
 * never touched, and a workspace that has one gets no second one from the provider.
 */
export function planMembershipSync(existing: readonly ExistingMembership[], granted: ReadonlyMap<string, WorkspaceGrant>): MembershipPlan {
  const plan: MembershipPlan = { create: [], update: [], remove: [] }
  const covered = new Set<string>()
  for (const membership of existing) {
    const key = String(membership.workspaceId)
    covered.add(key)
    if (membership.source !== 'idp') continue
    const role = granted.get(key)?.role
    if (!role) plan.remove.push(membership.id)
    else if (role !== membership.role) plan.update.push({ id: membership.id, role })
  }
  for (const [key, grant] of granted) {
    if (!covered.has(key)) plan.create.push(grant)
  }
  return plan
}

/** The claim's values as strings: providers send an array, some a single string (or a space-separated list). */
export function groupsFromClaim(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0)
  return []
}

/** Comma-separated setting values, trimmed. */
export function parseGroupList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}
