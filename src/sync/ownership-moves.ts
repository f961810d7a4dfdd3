import { createOwnershipResolver, type Owner, type SubjectOwner, type VirtualClusterPrefixes } from '@/sync/ownership'

/**
 * What a change of virtual clusters moves (ARCHITECTURE.md §4, tenancy pitfalls): ownership is
 * derived from names, so after any change every topic, group and subject of the physical cluster is
 * resolved again and the ones whose owner differs from the stored one move. Pure; the rows that
 * copy their parent's owner (history, versions) follow in reown-cluster.ts.
 *
 * Topics follow the longest prefix only (a topic no prefix matches becomes unowned): the stored
 * owner is what is being recomputed, so it cannot vote. Subjects then map through the moved topics.
 */
export type StoredOwned<O extends Owner> = { id: number; name: string; owner: O }
export type OwnershipMove<O extends Owner> = { id: number; owner: O }
export type OwnershipMoves = {
  topics: OwnershipMove<Owner>[]
  groups: OwnershipMove<Owner>[]
  schemas: OwnershipMove<SubjectOwner>[]
}

export function planOwnershipMoves(input: {
  virtualClusters: VirtualClusterPrefixes[]
  topics: StoredOwned<Owner>[]
  groups: StoredOwned<Owner>[]
  schemas: StoredOwned<SubjectOwner>[]
}): OwnershipMoves {
  const byPrefix = createOwnershipResolver(input.virtualClusters)
  const topicOwners = input.topics.map((t) => ({ ...t, next: byPrefix.ownerOfTopicName(t.name) }))
  const resolver = createOwnershipResolver(
    input.virtualClusters,
    topicOwners.map((t) => ({ id: t.id, fullName: t.name, ...t.next })),
  )
  return {
    topics: topicOwners.filter((t) => !sameOwner(t.owner, t.next)).map((t) => ({ id: t.id, owner: t.next })),
    groups: moves(input.groups, (name) => resolver.ownerOfGroup(name)),
    schemas: moves(input.schemas, (name) => resolver.ownerOfSubject(name)),
  }
}

function moves<O extends Owner>(rows: StoredOwned<O>[], resolve: (name: string) => O): OwnershipMove<O>[] {
  return rows.flatMap((row) => {
    const owner = resolve(row.name)
    return sameOwner(row.owner, owner) ? [] : [{ id: row.id, owner }]
  })
}

function sameOwner<O extends Owner>(stored: O, next: O): boolean {
  return (Object.keys(next) as (keyof O)[]).every((key) => stored[key] === next[key])
}

/** Moves grouped by the part of the owner a table stores, so each group is one UPDATE … IN (ids). */
export function groupMovesBy<O extends Owner, K extends keyof O>(moved: OwnershipMove<O>[], fields: readonly K[]): { values: Pick<O, K>; ids: number[] }[] {
  const groups = new Map<string, { values: Pick<O, K>; ids: number[] }>()
  for (const move of moved) {
    const values = Object.fromEntries(fields.map((f) => [f, move.owner[f]])) as Pick<O, K>
    const key = JSON.stringify(fields.map((f) => move.owner[f]))
    const group = groups.get(key) ?? groups.set(key, { values, ids: [] }).get(key)!
    group.ids.push(move.id)
  }
  return [...groups.values()]
}
