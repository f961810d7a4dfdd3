import {
  COMPATIBLE_DIFFERENCES,
  isCompatibleDifference,
  type DifferenceType,
  type JsonSchemaDifference,
} from '@/features/schemas/lib/json-schema/differences'
import type { SchemaNode } from '@/features/schemas/lib/json-schema/model'

/** Compares two nodes into a context; the keyword families call back into it for subschemas. */
export type NodeComparer = (ctx: DiffContext, original: SchemaNode | undefined, update: SchemaNode | undefined) => void

/** State shared by every context of one comparison: finished pairs and pairs being compared. */
type Shared = {
  comparer: NodeComparer
  /** Record only the differences that make the change incompatible (verdicts need no more). */
  incompatibleOnly: boolean
  finished: Map<SchemaNode, Map<SchemaNode, JsonSchemaDifference[]>>
  inProgress: Map<SchemaNode, Set<SchemaNode>>
  /** Times a recursive pair was assumed compatible; a result that relied on it is not reused. */
  assumptions: number
}

/**
 * Where the comparison stands (a JSON pointer into the schema, `#/properties/id`) and the
 * differences found there. Sub-contexts try a comparison without committing to its differences.
 */
export class DiffContext {
  readonly differences: JsonSchemaDifference[] = []

  private constructor(
    private readonly shared: Shared,
    private readonly path: string[],
  ) {}

  static root(comparer: NodeComparer, incompatibleOnly = false): DiffContext {
    return new DiffContext({ comparer, incompatibleOnly, finished: new Map(), inProgress: new Map(), assumptions: 0 }, [])
  }

  /** Compares two subschemas at `segments` below the current path. */
  compare(original: SchemaNode | undefined, update: SchemaNode | undefined, ...segments: string[]): void {
    if (segments.length === 0) return this.shared.comparer(this, original, update)
    this.path.push(...segments)
    try {
      this.shared.comparer(this, original, update)
    } finally {
      this.path.length -= segments.length
    }
  }

  /** A context at the same path whose differences are kept apart (`isCompatible` decides). */
  attempt(...segments: string[]): DiffContext {
    return new DiffContext(this.shared, [...this.path, ...segments])
  }

  isCompatible(): boolean {
    return this.differences.every(isCompatibleDifference)
  }

  add(type: DifferenceType, detail?: string, ...segments: string[]): void {
    if (this.shared.incompatibleOnly && COMPATIBLE_DIFFERENCES.has(type)) return
    this.differences.push({ type, path: pointer([...this.path, ...segments]), detail })
  }

  addAll(differences: JsonSchemaDifference[]): void {
    this.differences.push(...differences)
  }

  /**
   * The differences between a pair, relative to the pair, computed once. A pair met again while
   * it is still being compared is a recursive definition and counts as compatible for that inner
   * visit; a result that rested on such an assumption is not reused elsewhere.
   */
  comparePair(original: SchemaNode, update: SchemaNode, comparePair: (ctx: DiffContext) => void): void {
    const shared = this.shared
    const known = shared.finished.get(original)?.get(update)
    if (known) return this.addRebased(known)
    const active = shared.inProgress.get(original) ?? new Set<SchemaNode>()
    if (active.has(update)) {
      shared.assumptions += 1
      return
    }
    shared.inProgress.set(original, active.add(update))
    const before = shared.assumptions
    const inner = new DiffContext(shared, [])
    try {
      comparePair(inner)
    } finally {
      active.delete(update)
    }
    if (shared.assumptions === before) {
      const byUpdate = shared.finished.get(original) ?? new Map<SchemaNode, JsonSchemaDifference[]>()
      shared.finished.set(original, byUpdate.set(update, inner.differences))
    }
    this.addRebased(inner.differences)
  }

  private addRebased(differences: JsonSchemaDifference[]): void {
    if (this.path.length === 0) return this.addAll(differences)
    const prefix = pointer(this.path)
    for (const difference of differences) {
      this.differences.push({ ...difference, path: difference.path === '#/' ? prefix : `${prefix}/${difference.path.slice(2)}` })
    }
  }
}

function pointer(segments: string[]): string {
  return `#/${segments.join('/')}`
}
