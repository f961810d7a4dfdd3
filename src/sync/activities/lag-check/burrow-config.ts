import { DEFAULT_BURROW_CONFIG, type BurrowConfig } from '@/features/consumer-groups/lib'

/**
 * Burrow's evaluator settings from the environment, Burrow's defaults otherwise:
 * ORBIT_BURROW_WINDOW_SIZE (commits kept per partition, ≥ 2), ORBIT_BURROW_ALLOWED_LAG (lag counted
 * as caught up, ≥ 0), ORBIT_BURROW_MIN_COMPLETE (fraction of the window that must be filled, 0–1).
 * A value that is not a number in range is ignored.
 */
export function burrowConfigFromEnv(env: Record<string, string | undefined> = process.env): BurrowConfig {
  const read = (name: string, valid: (n: number) => boolean, fallback: number) => {
    const value = env[name]
    const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value)
    return Number.isFinite(n) && valid(n) ? n : fallback
  }
  return {
    windowSize: read('ORBIT_BURROW_WINDOW_SIZE', (n) => Number.isInteger(n) && n >= 2, DEFAULT_BURROW_CONFIG.windowSize),
    allowedLag: read('ORBIT_BURROW_ALLOWED_LAG', (n) => n >= 0, DEFAULT_BURROW_CONFIG.allowedLag),
    minimumComplete: read('ORBIT_BURROW_MIN_COMPLETE', (n) => n >= 0 && n <= 1, DEFAULT_BURROW_CONFIG.minimumComplete),
  }
}
