import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { allowedOrigins } from '@/lib/allowed-origins'
import { type EnvValues, parseEnv } from '@/lib/env-schema'
import { ensurePrivateDir, ensurePrivateFile } from '@/lib/private-files'

export type { EnvValues }

/**
 * Validated configuration: the one place that reads process.env (lint forbids it elsewhere), once
 * per process; the schema, defaults and ranges are in env-schema.ts. Secrets that are not set are
 * generated once into ./data/.orbit-secrets.json so `npm start` works with zero setup.
 */
export type OrbitEnv = EnvValues & {
  PAYLOAD_SECRET: string
  ORBIT_SECRET_KEY: string
  databaseKind: 'sqlite' | 'postgres'
  sqliteUrl: string
  /** Origins whose browsers may change data: the loopback names of PORT, the public URL, ORBIT_ALLOWED_ORIGINS. */
  allowedOrigins: string[]
  /** The session cookie is sent over HTTPS only: the public URL is https. */
  secureCookies: boolean
}

let parsed: EnvValues | undefined
let cached: OrbitEnv | undefined

/** The environment's settings, validated (throws on an invalid one), without touching the disk. */
export function envValues(): EnvValues {
  parsed ??= parseEnv(process.env)
  return parsed
}

/** The settings plus what derives from them: generated secrets, the database kind and SQLite URL. */
export function env(): OrbitEnv {
  if (cached) return cached
  const values = envValues()
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
    allowedOrigins: configuredOrigins(values),
    secureCookies: values.NEXT_PUBLIC_SERVER_URL?.startsWith('https://') ?? false,
  }
  return cached
}

/** allowedOrigins without the disk (src/proxy.ts needs no secrets). */
export function configuredOrigins(values: EnvValues = envValues()): string[] {
  return allowedOrigins({ port: values.PORT, serverUrl: values.NEXT_PUBLIC_SERVER_URL, extraOrigins: values.ORBIT_ALLOWED_ORIGINS })
}

type GeneratedSecrets = { payloadSecret: string; secretKey: string }

function readOrCreateGeneratedSecrets(dataDir: string): GeneratedSecrets {
  const file = path.join(dataDir, '.orbit-secrets.json')
  ensurePrivateDir(dataDir)
  try {
    const secrets = JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets
    // A file written by an older version may be world-readable.
    ensurePrivateFile(file)
    return secrets
  } catch {
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
