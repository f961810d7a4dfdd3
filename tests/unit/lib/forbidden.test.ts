import { APIError, Forbidden, NotFound } from 'payload'
import { describe, expect, it } from 'vitest'

import { emptyIfForbidden, isForbiddenError } from '@/lib/forbidden'

describe('emptyIfForbidden', () => {
  it('treats Payload’s Forbidden as nothing to show, also a copy of the class from another bundle chunk', async () => {
    expect(isForbiddenError(new Forbidden())).toBe(true)
    // What a second copy of the class looks like from here: another class with the same shape.
    const copy = Object.assign(new Error('You are not allowed to perform this action.'), { status: 403, isPublic: true })
    expect(isForbiddenError(copy)).toBe(true)
    expect(await emptyIfForbidden(Promise.reject(copy), 'empty')).toBe('empty')
  })

  it('rethrows every other failure', async () => {
    expect(isForbiddenError(new NotFound())).toBe(false)
    expect(isForbiddenError(new APIError('boom', 500))).toBe(false)
    expect(isForbiddenError(Object.assign(new Error('private 403'), { status: 403 }))).toBe(false)
    await expect(emptyIfForbidden(Promise.reject(new Error('db down')), 'empty')).rejects.toThrow('db down')
    expect(await emptyIfForbidden(Promise.resolve('value'), 'empty')).toBe('value')
  })
})
