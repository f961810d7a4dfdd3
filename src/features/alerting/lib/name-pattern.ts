/**
 * A glob over a group id or subject: `*` any run of characters, `?` one character, everything
 * else literal (dots, brackets and all). Matches the whole name.
 */
export function nameMatchesPattern(name: string, pattern: string): boolean {
  return globRegExp(pattern).test(name)
}

const cache = new Map<string, RegExp>()

function globRegExp(pattern: string): RegExp {
  let re = cache.get(pattern)
  if (!re) {
    const source = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('')
    re = new RegExp(`^${source}$`, 's')
    if (cache.size > 1_000) cache.clear()
    cache.set(pattern, re)
  }
  return re
}
