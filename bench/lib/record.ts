import { execSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type Metric = { metric: string; value: number; unit: string; db?: string }

const benchDir = path.resolve(import.meta.dirname, '..')

export function machine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
}

export function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
    const dirty = execSync('git status --porcelain -- src', { encoding: 'utf8' }).trim() ? '+dirty' : ''
    return sha + dirty
  } catch {
    return 'unknown'
  }
}

export function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length }
}

/** One JSON line per metric in bench/results.jsonl and a section in bench/RESULTS.md. */
export function record(bench: string, metrics: Metric[], markdown: string): void {
  const date = new Date().toISOString()
  const sha = commit()
  const lines = metrics.map((m) => JSON.stringify({ bench, metric: m.metric, value: m.value, unit: m.unit, db: m.db ?? null, date, commit: sha }))
  appendFileSync(path.join(benchDir, 'results.jsonl'), `${lines.join('\n')}\n`)
  const results = path.join(benchDir, 'RESULTS.md')
  if (!existsSync(results))
    writeFileSync(results, '# Benchmark results\n\nEvery recorded run, newest last. Machine, date, commit and inputs are part of each entry.\n')
  const header = `\n## ${bench} — ${date.slice(0, 16).replace('T', ' ')} UTC, commit ${sha}\n\nMachine: ${machine()}\n\n`
  writeFileSync(results, readFileSync(results, 'utf8') + header + markdown + '\n')
}
