/** One reference, read backwards: version `version` of `to` references `from` at `referencedVersion`. */
export type DependentEdge = { from: string; to: string; schemaId: number; version: number; referencedVersion: number }

/** A subject that depends on its parent, with the versions that reference it and its own dependents. */
export type DependentNode = {
  subject: string
  schemaId: number
  /** `v2 → v1`: the dependent's version and the parent's version it references, by dependent version. */
  versions: { version: number; referencedVersion: number }[]
  dependents: DependentNode[]
}

export type DependentsTree = { subject: string; dependents: DependentNode[]; count: number }

/**
 * The dependents of `root` as a tree (pure): a subject reached along several paths appears under
 * each parent, but its own dependents are expanded only on the first path (no cycles, no blow-up).
 * `count` is the number of distinct subjects a change to `root` could break.
 */
export function buildDependents(root: string, edges: DependentEdge[]): DependentsTree {
  const byParent = new Map<string, Map<string, DependentNode>>()
  for (const edge of edges) {
    const children = byParent.get(edge.from) ?? new Map<string, DependentNode>()
    const node = children.get(edge.to) ?? { subject: edge.to, schemaId: edge.schemaId, versions: [], dependents: [] }
    node.versions.push({ version: edge.version, referencedVersion: edge.referencedVersion })
    children.set(edge.to, node)
    byParent.set(edge.from, children)
  }
  const expanded = new Set([root])
  const expand = (subject: string): DependentNode[] => {
    const children = [...(byParent.get(subject)?.values() ?? [])].sort((a, b) => (a.subject < b.subject ? -1 : 1))
    for (const child of children) {
      child.versions.sort((a, b) => a.version - b.version)
      if (expanded.has(child.subject)) continue
      expanded.add(child.subject)
      child.dependents = expand(child.subject)
    }
    return children
  }
  const dependents = expand(root)
  return { subject: root, dependents, count: expanded.size - 1 }
}
