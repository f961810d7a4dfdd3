import { z } from 'zod'

import { DEFAULT_BURROW_CONFIG, DEFAULT_RECORD_READ_BUDGET, DEFAULT_RETENTION, DEFAULT_VERDICT_SETTINGS } from '@/features/consumer-groups/lib'
import { parseOrigins } from '@/lib/allowed-origins'

/**
 * Every environment variable the app reads, with its default and range: the one schema README.md's
 * environment table is checked against (tests/unit/lib/env-readme.test.ts). Pure; src/lib/env.ts
 * applies it to process.env once.
 */
const WEEK_SECONDS = 7 * 86_400
const CENTURY_DAYS = 36_500

const seconds = (fallback: number) => z.coerce.number().int().min(1).max(WEEK_SECONDS).default(fallback)
const days = (fallback: number) => z.coerce.number().min(0).max(CENTURY_DAYS).default(fallback)
const parsesAsOrigins = (value: string) => {
  try {
    return parseOrigins(value).length > 0
  } catch {
    return false
  }
}
const origins = (message: string) => z.string().refine(parsesAsOrigins, message).optional()

export const ENV_SCHEMA = z.object({
  DATABASE_URL: z.string().optional(),
  ORBIT_DATA_DIR: z.string().default('./data'),
  PAYLOAD_SECRET: z.string().min(16).optional(),
  ORBIT_SECRET_KEY: z.string().optional(),
  ORBIT_ADMIN_EMAIL: z.email().optional(),
  ORBIT_ADMIN_PASSWORD: z.string().min(8).optional(),
  NEXT_PUBLIC_SERVER_URL: origins('an absolute URL such as https://orbit.example.com'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  ORBIT_ALLOWED_ORIGINS: origins('comma-separated absolute origins such as https://orbit.example.com,http://10.0.0.5:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ORBIT_DB_PUSH: z.enum(['true', 'false']).default('false'),
  ORBIT_METRICS_TOKEN: z.string().optional(),

  TEMPORAL_ADDRESS: z.string().optional(),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  ORBIT_TEMPORAL_TASK_QUEUE: z.string().default('orbit-sync'),
  ORBIT_TEMPORAL_ID_PREFIX: z.string().default('orbit'),
  ORBIT_EMBEDDED_RUNNER: z.enum(['on', 'off']).default('on'),

  ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS: seconds(300),
  ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS: seconds(60),
  ORBIT_LAG_CHECK_INTERVAL_SECONDS: seconds(60),
  ORBIT_RETENTION_INTERVAL_SECONDS: seconds(3_600),
  ORBIT_TOPIC_SYNC_INTERVAL_SECONDS: seconds(300),
  ORBIT_SYNC_RUN_LEASE_SECONDS: seconds(60),
  /** Alert channels may reach private, loopback and link-local addresses (off: refused at save and at send). */
  ORBIT_ALERT_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false'),
  /** Alert deliveries older than this are pruned by the retention job. */
  ORBIT_ALERT_DELIVERY_RETENTION_DAYS: z.coerce.number().positive().max(CENTURY_DAYS).default(30),
  ORBIT_SYNC_RUN_RETENTION_DAYS: z.coerce.number().positive().max(CENTURY_DAYS).default(14),

  ORBIT_LAG_HISTORY_RAW_DAYS: days(DEFAULT_RETENTION.rawDays),
  ORBIT_LAG_HISTORY_HOURLY_DAYS: days(DEFAULT_RETENTION.hourDays),
  ORBIT_LAG_HISTORY_RETENTION_DAYS: days(DEFAULT_RETENTION.deleteAfterDays),
  ORBIT_BURROW_WINDOW_SIZE: z.coerce.number().int().min(2).max(1_000).default(DEFAULT_BURROW_CONFIG.windowSize),
  ORBIT_BURROW_ALLOWED_LAG: z.coerce.number().min(0).default(DEFAULT_BURROW_CONFIG.allowedLag),
  ORBIT_BURROW_MIN_COMPLETE: z.coerce.number().min(0).max(1).default(DEFAULT_BURROW_CONFIG.minimumComplete),
  ORBIT_VERDICT_FALLING_BEHIND_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(DEFAULT_VERDICT_SETTINGS.fallingBehindWindowMs / 60_000),
  ORBIT_VERDICT_CONSECUTIVE_POLLS: z.coerce.number().int().min(1).max(100).default(DEFAULT_VERDICT_SETTINGS.consecutivePolls),
  ORBIT_TIME_LAG_READ_PARTITIONS: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_RECORD_READ_BUDGET.partitions),
  ORBIT_TIME_LAG_READ_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(DEFAULT_RECORD_READ_BUDGET.bytes),
  ORBIT_TIME_LAG_READ_PARTITION_BYTES: z.coerce
    .number()
    .int()
    .min(128)
    .max(1024 * 1024)
    .default(DEFAULT_RECORD_READ_BUDGET.partitionBytes),
  ORBIT_GROUP_INACTIVE_AFTER_HOURS: z.coerce
    .number()
    .min(0)
    .max(CENTURY_DAYS * 24)
    .default(24),
  ORBIT_GROUP_ARCHIVE_AFTER_DAYS: days(7),

  // Single sign-on (OpenID Connect): on when issuer, client id and secret are all set.
  ORBIT_OIDC_ISSUER: z.url().optional(),
  ORBIT_OIDC_CLIENT_ID: z.string().optional(),
  ORBIT_OIDC_CLIENT_SECRET: z.string().optional(),
  ORBIT_OIDC_NAME: z.string().max(60).default('single sign-on'),
  ORBIT_OIDC_SCOPES: z.string().default('openid email profile'),
  ORBIT_OIDC_GROUPS_CLAIM: z.string().default('groups'),
  ORBIT_OIDC_PLATFORM_ADMIN_GROUPS: z.string().optional(),
  ORBIT_OIDC_SESSION_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  ORBIT_LOCAL_SIGN_IN: z.enum(['everyone', 'platform-admins']).default('everyone'),
})

export type EnvValues = z.infer<typeof ENV_SCHEMA>
export type EnvName = keyof EnvValues

/** Never echoed in an error: their values are credentials. */
const SECRET: ReadonlySet<string> = new Set<EnvName>([
  'DATABASE_URL',
  'PAYLOAD_SECRET',
  'ORBIT_SECRET_KEY',
  'ORBIT_ADMIN_PASSWORD',
  'ORBIT_METRICS_TOKEN',
  'ORBIT_OIDC_CLIENT_SECRET',
])

/**
 * The app's settings from an environment (process.env, or a test's object). A variable set to an
 * empty string counts as unset. A value that is not of its type or out of its range is an error
 * naming the variable and the value, never a silent fallback: the app refuses to start on it.
 */
export function parseEnv(source: Record<string, string | undefined>): EnvValues {
  const set = Object.fromEntries(Object.keys(ENV_SCHEMA.shape).flatMap((name) => (source[name]?.trim() ? [[name, source[name]]] : [])))
  const parsed = ENV_SCHEMA.safeParse(set)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0])
    const value = SECRET.has(name) ? '(value hidden)' : JSON.stringify(set[name])
    return `${name}=${value}: ${issue.message}`
  })
  throw new Error(`Invalid environment:\n${problems.join('\n')}`)
}
