import { describe, expect, it } from 'vitest'

import { nextSort, pageRange, pageWindow, sortDirection, updatedQuery } from '@/lib/url-state'

describe('updatedQuery', () => {
  it('sets, replaces and removes values and keeps the others', () => {
    expect(updatedQuery('search=ord&format=avro&sort=-subject', { format: 'json', search: '' })).toBe('?format=json&sort=-subject')
  })

  it('returns to page 1 on any change other than the page itself', () => {
    expect(updatedQuery('page=3&format=avro', { status: 'failed' })).toBe('?format=avro&status=failed')
    expect(updatedQuery('page=3&format=avro', { page: 4 })).toBe('?page=4&format=avro')
    expect(updatedQuery('page=3&format=avro', { page: 4 }, { resetPage: false })).toBe('?page=4&format=avro')
  })

  it('is empty when nothing is left, and encodes values', () => {
    expect(updatedQuery(new URLSearchParams('search=x'), { search: null })).toBe('')
    expect(updatedQuery('', { search: 'a b&c' })).toBe('?search=a+b%26c')
  })
})

describe('sort links', () => {
  it('go ascending first, then toggle', () => {
    expect(nextSort(undefined, 'subject')).toBe('subject')
    expect(nextSort('versionCount', 'subject')).toBe('subject')
    expect(nextSort('subject', 'subject')).toBe('-subject')
    expect(nextSort('-subject', 'subject')).toBe('subject')
  })

  it('report the direction of the sorted column only', () => {
    expect(sortDirection('subject', 'subject')).toBe('ascending')
    expect(sortDirection('-subject', 'subject')).toBe('descending')
    expect(sortDirection('-subject', 'versionCount')).toBe('none')
    expect(sortDirection(undefined, 'subject')).toBe('none')
  })
})

describe('pageWindow', () => {
  it.each([
    [1, 0, []],
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 'gap', 10]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [3, 10, [1, 2, 3, 4, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
  ] as const)('page %i of %i', (page, total, expected) => {
    expect(pageWindow(page, total)).toEqual(expected)
  })
})

describe('pageRange', () => {
  it('numbers the rows of a page', () => {
    expect(pageRange(1, 25, 0)).toEqual({ from: 0, to: 0 })
    expect(pageRange(1, 25, 7)).toEqual({ from: 1, to: 7 })
    expect(pageRange(2, 25, 60)).toEqual({ from: 26, to: 50 })
    expect(pageRange(3, 25, 60)).toEqual({ from: 51, to: 60 })
  })
})
