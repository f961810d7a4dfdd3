import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
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
