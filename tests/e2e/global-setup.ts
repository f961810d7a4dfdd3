import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureKeycloak } from '../helpers/keycloak'
import { E2E_SSO_ENV } from './support/sso'
import { E2E_ADMIN } from './support/admin'

/**
 * Builds the app when there is no build (or ORBIT_REBUILD=1), then serves it with `next start`
 * on a fresh database (a temporary SQLite file, or a new PostgreSQL database when
 * ORBIT_TEST_DB=postgres) with the first admin from the environment, exactly as `npm start` would.
 */
export default async function setup(project: TestProject) {
  const root = process.cwd()
  if (!existsSync(path.join(root, process.env.ORBIT_NEXT_DIST_DIR || '.next', 'BUILD_ID')) || process.env.ORBIT_REBUILD === '1') {
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (build.status !== 0) throw new Error('next build failed')
  }

  // Single sign-on through the tests' Keycloak (tests/e2e/sso.e2e.test.ts); the password form stays.
  await ensureKeycloak()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orbit-e2e-'))
  const database = await e2eDatabaseUrl(dataDir)
  const port = Number(process.env.ORBIT_E2E_PORT ?? 3210)
  const baseURL = `http://127.0.0.1:${port}`
  const server: ChildProcess = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      ORBIT_DATA_DIR: dataDir,
      ORBIT_ADMIN_EMAIL: E2E_ADMIN.email,
      ORBIT_ADMIN_PASSWORD: E2E_ADMIN.password,
      // As npm start does (scripts/start.sh): the app derives its allowed origins from the port, and
      // with no public URL set it must work under both loopback names (tests/e2e/security.e2e.test.ts).
      PORT: String(port),
      // The alert channels of the tests point at local receivers (and at 127.0.0.1:9, unreachable).
      ORBIT_ALERT_ALLOW_PRIVATE_URLS: 'true',
      ...E2E_SSO_ENV,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  await waitForHttp(`${baseURL}/sign-in`, 120_000)
  project.provide('baseURL', baseURL)

  return async () => {
    if (server.pid) await stopServer(server.pid, `${baseURL}/sign-in`)
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function e2eDatabaseUrl(dataDir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.ORBIT_TEST_DB !== 'postgres') {
    return { url: `file:${path.join(dataDir, 'e2e.db')}`, drop: async () => {} }
  }
  const { createPostgresDatabase } = await import('../helpers/postgres')
  return createPostgresDatabase('orbit_e2e')
}

/**
 * Stops the server's process group and waits until its port is free: the next e2e run (the other
 * database) listens on the same port seconds later, and Next takes a while to shut down.
 */
async function stopServer(pid: number, url: string) {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      // ESRCH: the group has exited already.
    }
  }
  signal('SIGTERM')
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const listening = await fetch(url, { redirect: 'manual' }).then(
      () => true,
      () => false,
    )
    if (!listening) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  signal('SIGKILL')
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`)
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}
