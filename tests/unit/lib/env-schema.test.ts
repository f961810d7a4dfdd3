import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env-schema'
import { syncSettings } from '@/sync/settings'

describe('parseEnv', () => {
  it('applies defaults, treats empty values as unset and reads numbers', () => {
    const values = parseEnv({ ORBIT_LAG_CHECK_INTERVAL_SECONDS: '30', ORBIT_TEMPORAL_TASK_QUEUE: '', ORBIT_GROUP_INACTIVE_AFTER_HOURS: '0.5' })
    expect(values.ORBIT_LAG_CHECK_INTERVAL_SECONDS).toBe(30)
    expect(values.ORBIT_TEMPORAL_TASK_QUEUE).toBe('orbit-sync')
    expect(syncSettings(values).groupLifecycle.inactiveAfterEmptyMs).toBe(1_800_000)
    expect(syncSettings(values).intervalSeconds).toEqual({ schemaSync: 300, consumerGroupSync: 60, lagCheck: 30, retention: 3600, topicSync: 300 })
  })

  it('rejects a value of the wrong type or out of range, naming the variable and the value', () => {
    expect(() => parseEnv({ ORBIT_LAG_CHECK_INTERVAL_SECONDS: 'soon' })).toThrow(/^Invalid environment:\nORBIT_LAG_CHECK_INTERVAL_SECONDS="soon": /)
    expect(() => parseEnv({ ORBIT_LAG_CHECK_INTERVAL_SECONDS: '0' })).toThrow('ORBIT_LAG_CHECK_INTERVAL_SECONDS="0"')
    expect(() => parseEnv({ ORBIT_SYNC_RUN_LEASE_SECONDS: '1.5' })).toThrow('ORBIT_SYNC_RUN_LEASE_SECONDS="1.5"')
    expect(() => parseEnv({ ORBIT_EMBEDDED_RUNNER: 'no' })).toThrow('ORBIT_EMBEDDED_RUNNER="no"')
    expect(() => parseEnv({ ORBIT_LAG_HISTORY_RAW_DAYS: '-1' })).toThrow('ORBIT_LAG_HISTORY_RAW_DAYS="-1"')
  })

  it('names every invalid variable at once and never echoes a secret', () => {
    const error = (() => {
      try {
        parseEnv({ PAYLOAD_SECRET: 'short', ORBIT_ADMIN_EMAIL: 'not-an-email' })
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toContain('PAYLOAD_SECRET=(value hidden)')
    expect(error?.message).not.toContain('short')
    expect(error?.message).toContain('ORBIT_ADMIN_EMAIL="not-an-email"')
  })
})
