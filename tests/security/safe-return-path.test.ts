import { describe, expect, it } from 'vitest'

import { paths, safeReturnPath } from '@/lib/paths'

import { HOSTILE_RETURN_PATHS, landsOn, SAFE_RETURN_PATHS } from './redirect-corpus'

const ORIGIN = 'https://orbit.example'

/** What every answer must be: a path a Location header accepts, landing on our origin. */
function expectHarmless(next: string) {
  const path = safeReturnPath(next)
  expect(() => new Headers({ Location: path }), JSON.stringify(next)).not.toThrow()
  expect(path, JSON.stringify(next)).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/)
  expect(landsOn(path, ORIGIN), JSON.stringify(next)).toBe(ORIGIN)
}

describe('safeReturnPath against the redirect corpus', () => {
  it.each(HOSTILE_RETURN_PATHS)('%s: back to the home page', (_, next) => {
    expect(safeReturnPath(next)).toBe(paths.home())
  })

  it.each(SAFE_RETURN_PATHS)('%s: kept as %s', (next, path) => {
    expect(safeReturnPath(next)).toBe(path)
  })

  it('every corpus entry answers a path a header accepts, on our origin', () => {
    for (const [, next] of HOSTILE_RETURN_PATHS) expectHarmless(next)
    for (const [next] of SAFE_RETURN_PATHS) expectHarmless(next)
  })

  it('any character in any position answers a harmless path (the first 4,096 code points and the specials)', () => {
    const specials = [0x2028, 0x2029, 0x2066, 0x2069, 0xff0f, 0xff3c, 0xfffd, 0x1f600]
    const codePoints = [...Array.from({ length: 0x1000 }, (_, i) => i), ...specials]
    for (const code of codePoints) {
      const c = String.fromCodePoint(code)
      for (const next of [`/${c}/evil.example`, `${c}//evil.example`, `/${c}\\evil.example`, `/kafka${c}`, `/kafka?q=${c}#${c}`]) expectHarmless(next)
    }
  }, 30_000) // 20,500 checks: a fraction of a second on an idle machine, seconds when the cores are shared

  it('anything that is not a string goes home (a repeated query key arrives as an array)', () => {
    expect(safeReturnPath(['/kafka', '//evil.example'] as unknown as string)).toBe(paths.home())
    expect(safeReturnPath(null)).toBe(paths.home())
    expect(safeReturnPath(undefined)).toBe(paths.home())
  })
})
