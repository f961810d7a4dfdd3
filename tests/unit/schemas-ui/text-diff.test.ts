import { describe, expect, it } from 'vitest'

import { diffStats, splitDiff, unifiedDiff } from '@/features/schemas/view/text-diff'

const v1 = ['{', '  "id": 1,', '  "name": "a"', '}'].join('\n')
const v2 = ['{', '  "id": 1,', '  "title": "a",', '  "extra": true', '}'].join('\n')

describe('unifiedDiff', () => {
  it('numbers unchanged, removed and added lines on their own sides', () => {
    expect(unifiedDiff(v1, v2)).toEqual([
      { kind: 'same', text: '{', left: 1, right: 1 },
      { kind: 'same', text: '  "id": 1,', left: 2, right: 2 },
      { kind: 'removed', text: '  "name": "a"', left: 3, right: null },
      { kind: 'added', text: '  "title": "a",', left: null, right: 3 },
      { kind: 'added', text: '  "extra": true', left: null, right: 4 },
      { kind: 'same', text: '}', left: 4, right: 5 },
    ])
  })

  it('treats a missing final newline like a present one', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n').every((l) => l.kind === 'same')).toBe(true)
  })

  it('counts changed lines', () => {
    expect(diffStats(unifiedDiff(v1, v2))).toEqual({ added: 2, removed: 1 })
    expect(diffStats(unifiedDiff(v1, v1))).toEqual({ added: 0, removed: 0 })
  })
})

describe('splitDiff', () => {
  it('pairs removed with added lines and leaves gaps for the rest', () => {
    const rows = splitDiff(unifiedDiff(v1, v2))
    expect(rows.map((r) => [r.left?.text ?? null, r.right?.text ?? null])).toEqual([
      ['{', '{'],
      ['  "id": 1,', '  "id": 1,'],
      ['  "name": "a"', '  "title": "a",'],
      [null, '  "extra": true'],
      ['}', '}'],
    ])
  })
})
