import { describe, expect, it } from 'vitest'

import { DEFAULT_BURROW_CONFIG, partitionKey } from '@/features/consumer-groups/lib'
import { parseEnv } from '@/lib/env-schema'
import { evaluateGroupLag } from '@/sync/activities/lag-check/evaluate'
import { syncSettings } from '@/sync/settings'

const burrowConfigFrom = (source: Record<string, string>) => syncSettings(parseEnv(source)).burrow

// Until the configuration was validated in one schema, values out of range were ignored (Burrow's
// defaults applied); now they are an error naming the variable and the value, so the app does not start.
describe('Burrow settings from the environment', () => {
  it("uses Burrow's defaults when nothing is set", () => {
    expect(burrowConfigFrom({})).toEqual(DEFAULT_BURROW_CONFIG)
    expect(burrowConfigFrom({ ORBIT_BURROW_ALLOWED_LAG: '' })).toEqual(DEFAULT_BURROW_CONFIG)
  })

  it('reads each setting and rejects values out of range, naming the variable and the value', () => {
    expect(burrowConfigFrom({ ORBIT_BURROW_WINDOW_SIZE: '5', ORBIT_BURROW_ALLOWED_LAG: '100', ORBIT_BURROW_MIN_COMPLETE: '0.5' })).toEqual({
      windowSize: 5,
      allowedLag: 100,
      minimumComplete: 0.5,
    })
    expect(() => burrowConfigFrom({ ORBIT_BURROW_WINDOW_SIZE: '1' })).toThrow('ORBIT_BURROW_WINDOW_SIZE="1"')
    expect(() => burrowConfigFrom({ ORBIT_BURROW_ALLOWED_LAG: '-3' })).toThrow('ORBIT_BURROW_ALLOWED_LAG="-3"')
    expect(() => burrowConfigFrom({ ORBIT_BURROW_MIN_COMPLETE: '2' })).toThrow('ORBIT_BURROW_MIN_COMPLETE="2"')
    expect(() => burrowConfigFrom({ ORBIT_BURROW_WINDOW_SIZE: 'ten' })).toThrow('ORBIT_BURROW_WINDOW_SIZE="ten"')
  })
})

describe('evaluateGroupLag with a Burrow configuration', () => {
  it('counts lag within the allowed lag as OK', () => {
    const partitions = new Map([[partitionKey('t', 0), { timeTable: { points: [] }, recentLogEnds: [110], logStartOffset: 0, logEndOffset: 110 }]])
    const args = { committed: [{ topic: 't', partition: 0, offset: 100 }], members: [], partitions: partitions as never, previous: [], now: 1_000_000 }
    const strict = evaluateGroupLag(args)
    const lenient = evaluateGroupLag({ ...args, burrow: { ...DEFAULT_BURROW_CONFIG, allowedLag: 10 } })
    expect(strict.partitions[0]!.status).not.toBe('ok')
    expect(lenient.partitions[0]!.status).toBe('ok')
  })
})
