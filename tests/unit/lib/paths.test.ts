import { describe, expect, it } from 'vitest'

import { paths, safeReturnPath, withQuery } from '@/lib/paths'

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

describe('Kafka route builders', () => {
  it('spell the unified, workspace and virtual-cluster pages', () => {
    expect(paths.kafkaSchemas()).toBe('/kafka/schemas')
    expect(paths.kafkaSchema(7, { left: 1, right: 3 })).toBe('/kafka/schemas/7?left=1&right=3')
    expect(paths.workspaceSchemas('acme')).toBe('/workspaces/acme/kafka/schemas')
    expect(paths.workspaceSchema('acme', 7)).toBe('/workspaces/acme/kafka/schemas/7')
    expect(paths.virtualClusterSchemas('acme', 'pay ments', 'prod')).toBe('/workspaces/acme/kafka/applications/pay%20ments/prod/schemas')
    expect(paths.kafkaConsumerGroups()).toBe('/kafka/consumer-groups')
    expect(paths.workspaceConsumerGroup('acme', 9)).toBe('/workspaces/acme/kafka/consumer-groups/9')
    expect(paths.virtualClusterConsumerGroups('acme', 'pay', 'dev')).toBe('/workspaces/acme/kafka/applications/pay/dev/consumer-groups')
  })

  it('leave empty query values out', () => {
    expect(withQuery('/x', { a: '', b: undefined, c: null, d: 0, e: 'y' })).toBe('/x?d=0&e=y')
    expect(withQuery('/x', {})).toBe('/x')
  })
})
