import { describe, expect, it } from 'vitest'

import { paths, safeReturnPath } from '@/lib/paths'

describe('safeReturnPath', () => {
  it.each([
    ['/kafka/schemas?x=1', '/kafka/schemas?x=1'],
    ['https://evil.example', '/kafka'],
    ['//evil.example/path', '/kafka'],
    ['/\\evil.example', '/kafka'],
    ['kafka', '/kafka'],
    [undefined, '/kafka'],
    ['', '/kafka'],
  ])('%s -> %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected)
  })

  it('encodes the return path in the sign-in URL', () => {
    expect(paths.signIn('/kafka?a=1&b=2')).toBe('/sign-in?next=%2Fkafka%3Fa%3D1%26b%3D2')
  })
})
