import { COMPATIBLE_DIFFERENCES, isCompatibleDifference, type DifferenceType, type JsonSchemaDifference } from '@/features/schemas/lib/json-schema/differences'
import type { SchemaNode } from '@/features/schemas/lib/json-schema/model'

/** Compares two nodes into a context; the keyword families call back into it for subschemas. */
export type NodeComparer = (ctx: DiffContext, original: SchemaNode | undefined, update: SchemaNode | undefined) => void

export type PairMap = Map<SchemaNode, Map<SchemaNode, JsonSchemaDifference[]>>

/** State shared by every context of one comparison pass: pairs compared and pairs being compared. */
type Shared = {
  comparer: NodeComparer
  /** Record only the differences that make the change incompatible (verdicts need no more). */
  incompatibleOnly: boolean
  finished: PairMap
  inProgress: Map<SchemaNode, Set<SchemaNode>>
  /** Pairs an earlier pass found incompatible: a cycle meeting one again takes its differences. */
  seed: PairMap
  /** Whether a cycle was assumed compatible (then the pass may have to be repeated). */
  assumed: boolean
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

  static root(comparer: NodeComparer, incompatibleOnly: boolean, seed: PairMap): DiffContext {
    return new DiffContext({ comparer, incompatibleOnly, finished: new Map(), inProgress: new Map(), seed, assumed: false }, [])
  }

  /** Whether this pass assumed a cycle compatible somewhere. */
  assumedCycles(): boolean {
    return this.shared.assumed
  }

  /** The compared pairs that turned out incompatible, for the next pass's seed. */
  incompatiblePairs(): PairMap {
    const found: PairMap = new Map()
    for (const [original, byUpdate] of this.shared.finished) {
      for (const [update, differences] of byUpdate) {
        if (differences.every(isCompatibleDifference)) continue
        found.set(original, (found.get(original) ?? new Map<SchemaNode, JsonSchemaDifference[]>()).set(update, differences))
      }
    }
    return found
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
   * The differences between a pair, relative to the pair, computed once per pass. A pair met
   * again while it is still being compared is a recursive definition: it counts as compatible
   * (the greatest fixed point) unless an earlier pass found it incompatible; the caller repeats
   * the pass until the incompatible pairs stop growing, so an assumption never masks a change.
   */
  comparePair(original: SchemaNode, update: SchemaNode, comparePair: (ctx: DiffContext) => void): void {
    const shared = this.shared
    const known = shared.finished.get(original)?.get(update)
    if (known) return this.addRebased(known)
    const active = shared.inProgress.get(original) ?? new Set<SchemaNode>()
    if (active.has(update)) {
      const seeded = shared.seed.get(original)?.get(update)
      if (seeded) return this.addRebased(seeded)
      shared.assumed = true
      return
    }
    shared.inProgress.set(original, active.add(update))
    const inner = new DiffContext(shared, [])
    try {
      comparePair(inner)
    } finally {
      active.delete(update)
    }
    const byUpdate = shared.finished.get(original) ?? new Map<SchemaNode, JsonSchemaDifference[]>()
    shared.finished.set(original, byUpdate.set(update, inner.differences))
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
