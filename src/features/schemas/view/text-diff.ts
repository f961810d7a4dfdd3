import { diffLines } from 'diff'

/** One line of a text diff with its line numbers on each side (null where the side has no line). */
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string; left: number | null; right: number | null }

/** Two cells of a side-by-side row; a missing cell is a gap opposite an added or removed line. */
export type SplitRow = { left: DiffLine | null; right: DiffLine | null }

function splitLines(value: string): string[] {
  const lines = value.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Line diff of two texts (jsdiff), numbered on both sides: the unified view. */
export function unifiedDiff(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = []
  let left = 1
  let right = 1
  for (const part of diffLines(before.endsWith('\n') ? before : `${before}\n`, after.endsWith('\n') ? after : `${after}\n`)) {
    for (const text of splitLines(part.value)) {
      if (part.added) out.push({ kind: 'added', text, left: null, right: right++ })
      else if (part.removed) out.push({ kind: 'removed', text, left: left++, right: null })
      else out.push({ kind: 'same', text, left: left++, right: right++ })
    }
  }
  return out
}

/**
 * The side-by-side view of the same diff: unchanged lines face each other, a run of removed lines
 * is paired line by line with the run of added lines that follows it, the rest face gaps.
 */
export function splitDiff(lines: DiffLine[]): SplitRow[] {
  const rows: SplitRow[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.kind === 'same') {
      rows.push({ left: line, right: line })
      i++
      continue
    }
    const removed: DiffLine[] = []
    const added: DiffLine[] = []
    while (i < lines.length && lines[i]!.kind === 'removed') removed.push(lines[i++]!)
    while (i < lines.length && lines[i]!.kind === 'added') added.push(lines[i++]!)
    for (let k = 0; k < Math.max(removed.length, added.length); k++) rows.push({ left: removed[k] ?? null, right: added[k] ?? null })
  }
  return rows
}

export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.kind === 'added').length,
    removed: lines.filter((l) => l.kind === 'removed').length,
  }
}
