import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, openSync } from 'node:fs'
import path from 'node:path'

/** The production build `next start` serves; built here when missing (or ORBIT_REBUILD=1). */
export function ensureBuild(appDir: string, distDir: string, env: NodeJS.ProcessEnv): void {
  if (existsSync(path.join(appDir, distDir, 'BUILD_ID')) && process.env.ORBIT_REBUILD !== '1') return
  console.log(`building the app in ${appDir} into ${distDir} (a few minutes)`)
  execFileSync('npx', ['next', 'build'], { cwd: appDir, env: { ...env, NODE_ENV: 'production', ORBIT_NEXT_DIST_DIR: distDir }, stdio: 'inherit' })
}

export type Server = { url: string; stop: () => Promise<void> }

/**
 * `next start` on one database, in its own process group (stopped as a whole), embedded runner off
 * so no sync competes with the measurement. Resolves once the app answers.
 */
export async function startServer(args: {
  appDir: string
  port: number
  distDir: string
  databaseUrl: string
  dataDir: string
  env: NodeJS.ProcessEnv
  log: string
}): Promise<Server> {
  const url = `http://127.0.0.1:${args.port}`
  const out = openSync(args.log, 'a')
  const child: ChildProcess = spawn('npx', ['next', 'start', '--port', String(args.port), '--hostname', '127.0.0.1'], {
    cwd: args.appDir,
    env: {
      ...args.env,
      NODE_ENV: 'production',
      ORBIT_NEXT_DIST_DIR: args.distDir,
      DATABASE_URL: args.databaseUrl,
      ORBIT_DATA_DIR: args.dataDir,
      ORBIT_EMBEDDED_RUNNER: 'off',
      NEXT_PUBLIC_SERVER_URL: url,
    },
    detached: true,
    stdio: ['ignore', out, out],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))])
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  const until = Date.now() + 180_000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} (log: ${args.log})`)
    try {
      if ((await fetch(`${url}/api/users/me`)).ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  await stop()
  throw new Error(`next start did not answer within 3 minutes (log: ${args.log})`)
}

/** The session cookie of a signed-in user, as a browser would send it. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!res.ok || !body.token) throw new Error(`sign-in of ${email} failed with ${res.status}`)
  return `payload-token=${body.token}`
}
