import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { peerEnv } from '@tests/helpers/peers'

/**
 * The Prometheus peer (scripts/peers/prometheus.sh): scrape jobs a test adds and removes, PromQL
 * through its HTTP API, and promtool's linter.
 */
const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const script = path.join(root, 'scripts/peers/prometheus.sh')
// The peer scripts keep their state under ORBIT_PEERS_DIR (default .peers/): the same directory here.
const scrapeDir = path.join(process.env.ORBIT_PEERS_DIR ?? path.join(root, '.peers'), 'prometheus', 'scrape.d')
export const prometheusUrl = peerEnv.PROMETHEUS_URL!

export type ScrapeJob = { name: string; target: string; metricsPath: string; bearerToken: string; labels: Record<string, string> }

/** Adds a scrape job (every 30 s, 30 s timeout: the shared broker may hold the 10,000 groups of bench:lag, a 70 MB scrape on a loaded machine; with the bearer token) and makes Prometheus re-read its configuration. */
export async function addScrapeJob(job: ScrapeJob): Promise<void> {
  const labels = Object.entries(job.labels).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}\n`)
  const yaml =
    `- job_name: ${JSON.stringify(job.name)}\n  scrape_interval: 30s\n  scrape_timeout: 30s\n  metrics_path: ${JSON.stringify(job.metricsPath)}\n` +
    `  authorization:\n    type: Bearer\n    credentials: ${JSON.stringify(job.bearerToken)}\n` +
    `  static_configs:\n  - targets: [${JSON.stringify(job.target)}]\n    labels:\n${labels.join('')}`
  await mkdir(scrapeDir, { recursive: true })
  await writeFile(path.join(scrapeDir, `${job.name}.yml`), yaml)
  await run('bash', [script, 'reload'], { cwd: root, timeout: 60_000 })
}

/** The target's state as Prometheus sees it (health and last error), to explain a wait that times out. */
export async function scrapeTargetState(job: string): Promise<string> {
  const response = await fetch(`${prometheusUrl}/api/v1/targets?state=active`)
  const body = (await response.json()) as { data: { activeTargets: { labels: Record<string, string>; health: string; lastError: string }[] } }
  const target = body.data.activeTargets.find((t) => t.labels.job === job)
  return target ? `${target.health}${target.lastError ? ` (${target.lastError})` : ''}` : 'not a target yet'
}

export async function removeScrapeJob(name: string): Promise<void> {
  await rm(path.join(scrapeDir, `${name}.yml`), { force: true })
  await run('bash', [script, 'reload'], { cwd: root, timeout: 60_000 })
}

export type PromSeries = { metric: Record<string, string>; value: [number, string] }

/** An instant PromQL query; throws on a query error (a bad expression, many-to-many matching). */
export async function promQuery(expr: string): Promise<PromSeries[]> {
  const response = await fetch(`${prometheusUrl}/api/v1/query?${new URLSearchParams({ query: expr })}`)
  const body = (await response.json()) as { status: string; error?: string; data?: { resultType: string; result: PromSeries[] } }
  if (body.status !== 'success') throw new Error(`PromQL ${expr}: ${body.error}`)
  return body.data!.result
}

/** `promtool check metrics` on an exposition: its exit code and what it reported. */
export async function promtoolCheckMetrics(exposition: string): Promise<{ code: number; output: string }> {
  return await new Promise((resolve) => {
    const child = execFile('promtool', ['check', 'metrics'], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` })
    })
    child.stdin!.end(exposition)
  })
}

/** Debian's prometheus package (scripts/peers installs it); the test's own instance, on its own port. */
const PROMETHEUS = '/usr/bin/prometheus'
const PROMTOOL = '/usr/bin/promtool'

/** `promtool check rules` on a rule file's text: its exit code and output. */
export async function promtoolCheckRules(yaml: string): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'orbit-promtool-'))
  const file = path.join(dir, 'rules.yml')
  writeFileSync(file, yaml)
  try {
    const { stdout, stderr } = await run(PROMTOOL, ['check', 'rules', file])
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string }
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A Prometheus started for one test file with `config` (YAML) and the `files` it names (written
 * beside it, e.g. rule files), on 127.0.0.1:`port`. `stop` ends it and deletes its data.
 */
export async function startPrometheus(port: number, config: string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'orbit-prometheus-'))
  writeFileSync(path.join(dir, 'prometheus.yml'), config)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 60; i++) {
    if (child.exitCode !== null) break
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) return { url, stop, api: async <T>(p: string) => ((await (await fetch(`${url}${p}`)).json()) as { data: T }).data }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`Prometheus did not become ready on ${url}:\n${log}`)
}
