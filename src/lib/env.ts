import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

/**
 * Validated configuration: the one place that reads process.env. Secrets that are not set are
 * generated once into ./data/.orbit-secrets.json so `npm start` works with zero setup.
 */
const schema = z.object({
  DATABASE_URL: z.string().optional(),
  ORBIT_DATA_DIR: z.string().default('./data'),
  PAYLOAD_SECRET: z.string().min(16).optional(),
  ORBIT_SECRET_KEY: z.string().optional(),
  ORBIT_ADMIN_EMAIL: z.email().optional(),
  ORBIT_ADMIN_PASSWORD: z.string().min(8).optional(),
  NEXT_PUBLIC_SERVER_URL: z.string().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
})

export type OrbitEnv = z.infer<typeof schema> & {
  PAYLOAD_SECRET: string
  ORBIT_SECRET_KEY: string
  databaseKind: 'sqlite' | 'postgres'
  sqliteUrl: string
}

let cached: OrbitEnv | undefined

export function env(): OrbitEnv {
  if (cached) return cached
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`)
  }
  const values = parsed.data
  const dataDir = path.resolve(values.ORBIT_DATA_DIR)
  const generated = readOrCreateGeneratedSecrets(dataDir)
  const url = values.DATABASE_URL ?? ''
  const databaseKind = /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite'
  cached = {
    ...values,
    PAYLOAD_SECRET: values.PAYLOAD_SECRET ?? generated.payloadSecret,
    ORBIT_SECRET_KEY: values.ORBIT_SECRET_KEY ?? generated.secretKey,
    databaseKind,
    sqliteUrl: url.startsWith('file:') ? url : `file:${path.join(dataDir, 'orbit.db')}`,
  }
  return cached
}

type GeneratedSecrets = { payloadSecret: string; secretKey: string }

function readOrCreateGeneratedSecrets(dataDir: string): GeneratedSecrets {
  const file = path.join(dataDir, '.orbit-secrets.json')
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets
  } catch {
    mkdirSync(dataDir, { recursive: true })
    const secrets: GeneratedSecrets = {
      payloadSecret: randomBytes(32).toString('hex'),
      secretKey: randomBytes(32).toString('base64'),
    }
    // 'wx' fails if another process created it meanwhile; then read theirs.
    try {
      writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' })
      return secrets
    } catch {
      return JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets
    }
  }
}
