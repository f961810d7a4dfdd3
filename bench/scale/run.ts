/**
 * npm run bench:scale — issue 15's scale targets: BENCH_SCALE_GROUPS (50,000) groups × 10 partitions,
 * half on each Kafka peer (`kafka` and `kafka2`), bench:lag's layout and behaviours under the prefix
 * `bench-scale-` (BENCH_LAGGING, default 0.15). Per database (BENCH_DBS): bench/scale/measure.ts
 * (lag cycles of both clusters, then USERS sessions loading pages while the worker runs a lag cycle);
 * after each database's cycles Kafka's CLI describes each broker once (same state) for the ratio and
 * the lag comparison. Then, unless BENCH_SCALE_PAGES=0, bench:ui with 50,000 groups and 50,000
 * schemas for the page targets (recorded in its own section). Records to bench/RESULTS.md and
 * bench/results.jsonl; removes its Kafka state from the shared `kafka` peer at the end (BENCH_KEEP=1 keeps it).
 */
import { execFileSync, spawn } from 'node:child_process'
import os from 'node:os'
import { createInterface } from 'node:readline'

import { ensurePeers, peerEnv } from '@tests/helpers/peers'
import { type Metric, record, summarize } from '../lib/record'
import { percentile } from '../ui/measure'
import { ensureBuild } from '../ui/server'

import type { LoadResult } from './load'
import type { ScaleCycle } from './measure'

const TOTAL_GROUPS = Number(process.env.BENCH_SCALE_GROUPS ?? 50_000)
process.env.BENCH_PREFIX ??= 'bench-scale-'
process.env.BENCH_GROUPS = String(TOTAL_GROUPS / 2)
process.env.BENCH_TOPICS ??= String(Math.max(1, Math.round(TOTAL_GROUPS / 2 / 50)))
process.env.BENCH_LAGGING ??= '0.15'
const DATABASES = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')
const DIST_DIR = process.env.ORBIT_NEXT_DIST_DIR || '.next-bench-ui'
const TARGETS = { fetchComputeS: 5, storeS: 3, workerRssMb: 600, loadP95Ms: 500 }

const { synthesize, advance } = await import('../lag/synthesize')
const { kafkaCli } = await import('../lag/cli')

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')
await ensurePeers(['kafka', 'kafka2', 'postgres'])
const env = Object.fromEntries(Object.entries({ ...process.env, ...peerEnv }).filter(([k]) => k !== 'TEMPORAL_ADDRESS')) as NodeJS.ProcessEnv
const bootstraps = [peerEnv.KAFKA_BOOTSTRAP!, peerEnv.KAFKA2_BOOTSTRAP!]
const loadBefore = load()
ensureBuild('.', DIST_DIR, env)

for (const bootstrap of bootstraps) {
  const s = await synthesize(bootstrap)
  console.log(
    `${bootstrap}: ${s.createdTopics} topics created, ${s.producedRecords} records produced, ${s.committedGroups} groups committed in ${(s.ms / 1000).toFixed(1)} s`,
  )
}

type Measurement = {
  db: string
  syncMs: number[]
  idleRssMb: number
  measured: ScaleCycle[]
  loadCycles: ScaleCycle[]
  load: LoadResult
  processPeakRssMb: number
}
type Cli = { ms: number; lagAgrees: boolean }

async function measureDatabase(db: string): Promise<{ m: Measurement; cli: Cli[] }> {
  const child = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/scale/measure.ts', db], {
    env: { ...env, ORBIT_NEXT_DIST_DIR: DIST_DIR },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  let m: Measurement | undefined
  const cli: Cli[] = []
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === '@@advance') {
      await Promise.all(bootstraps.map((b) => advance(b)))
      child.stdin.write('go\n')
    } else if (line.startsWith('@@stored ')) {
      const stored = JSON.parse(line.slice('@@stored '.length)) as number[]
      bootstraps.forEach((bootstrap, i) => {
        const c = kafkaCli(bootstrap)
        console.log(
          `kafka-consumer-groups on ${bootstrap}: ${(c.ms / 1000).toFixed(1)} s, ${c.rows} bench partitions, lag ${c.lag} (${db} stored ${stored[i]})`,
        )
        cli.push({ ms: c.ms, lagAgrees: c.lag === stored[i] })
      })
      child.stdin.write('go\n')
    } else if (line.startsWith('{"db"')) m = JSON.parse(line) as Measurement
  }
  const code = await exited
  if (code !== 0 || !m) throw new Error(`bench/scale/measure.ts ${db} exited with ${code}`)
  return { m, cli }
}

const metrics: Metric[] = []
const rows: string[] = []
let cliNote = ''
for (const db of DATABASES) {
  const { m, cli } = await measureDatabase(db)
  const fc = summarize(m.measured.map((c) => c.fetchComputeMs))
  const store = summarize(m.measured.map((c) => c.storeMs))
  const snapshot = summarize(m.measured.map((c) => c.metricsMs))
  const rss = Math.max(...m.measured.map((c) => c.rssPeakMb), ...m.loadCycles.map((c) => c.rssPeakMb))
  const all = Object.values(m.load.samples)
    .flat()
    .sort((a, b) => a - b)
  const p95 = percentile(all, 95)
  const cliS = cli.reduce((sum, c) => sum + c.ms, 0) / 1000
  const perPage = Object.entries(m.load.samples)
    .map(
      ([name, s]) =>
        `${name} p95 ${percentile(
          [...s].sort((a, b) => a - b),
          95,
        ).toFixed(0)} ms (${s.length})`,
    )
    .join('; ')
  cliNote += `- ${db}: Kafka's CLI took ${cliS.toFixed(1)} s for both brokers (${(cliS / (fc.median / 1000)).toFixed(1)}× the lag check's fetch+compute); lag equals CLI on ${cli.filter((c) => c.lagAgrees).length} of ${cli.length} brokers. Pages under load: ${perPage}.\n`
  metrics.push(
    { metric: 'fetch_compute_s', value: fc.median / 1000, unit: 's', db },
    { metric: 'store_s', value: store.median / 1000, unit: 's', db },
    { metric: 'snapshot_write_s', value: snapshot.median / 1000, unit: 's', db },
    { metric: 'worker_peak_rss_mb', value: rss, unit: 'MB', db },
    { metric: 'pages_under_load_p95_ms', value: p95, unit: 'ms', db },
    { metric: 'pages_under_load_requests', value: all.length, unit: 'requests', db },
    { metric: 'pages_under_load_errors', value: m.load.errors.length, unit: 'requests', db },
    { metric: 'cli_to_fetch_compute_ratio', value: cliS / (fc.median / 1000), unit: 'ratio', db },
  )
  const sec = (x: { median: number; min: number; max: number }) =>
    `${(x.median / 1000).toFixed(2)} s (${(x.min / 1000).toFixed(2)}–${(x.max / 1000).toFixed(2)})`
  rows.push(
    `| ${db} | ${m.measured[0]?.groups ?? '?'} | ${m.syncMs.map((ms) => (ms / 1000).toFixed(1)).join(' + ')} s | ${sec(fc)} | ${sec(store)} | ${sec(snapshot)} | ${rss.toFixed(0)} MB (idle ${m.idleRssMb.toFixed(0)}) | ${all.length} in ${m.load.seconds.toFixed(0)} s, p95 ${p95.toFixed(0)} ms, ${m.load.errors.length} errors${m.load.errors.length ? ` (first: ${m.load.errors[0]!.status} ${m.load.errors[0]!.path})` : ''} | ${cli.every((c) => c.lagAgrees) ? 'yes' : 'NO'} |`,
  )
  console.log(rows.at(-1))
}

const users = Number(process.env.BENCH_USERS ?? 50)
const markdown = [
  `Inputs: ${TOTAL_GROUPS} groups × 10 partitions, ${TOTAL_GROUPS / 2} on each Kafka peer (${bootstraps.join(', ')}) on ${process.env.BENCH_TOPICS} topics each, ${Math.round(Number(process.env.BENCH_LAGGING) * 100)} % of them lagging, offsets committed without members; Kafka heap ${process.env.ORBIT_KAFKA_HEAP_OPTS ?? "the peers' default (-Xmx512m)"}. Per database: fresh database, one ConsumerGroupSync per cluster, ${process.env.BENCH_WARMUP ?? 3} warm-up and ${process.env.BENCH_RUNS ?? 3} measured lag cycles (a cycle = both clusters' lag checks one after the other in one process, the worker; the state moves on before each). Then \`next start\` on the same database (embedded runner off) and ${users} signed-in sessions (admin and a member of a workspace owning the groups \`g0…\` of each cluster, alternately) loading list, detail and overview pages without pause while the worker runs ${process.env.BENCH_LOAD_CYCLES ?? 1} more lag cycle(s).`,
  `Machine load (uptime load averages 1/5/15 min, 2 cores): before ${loadBefore}, after ${load()}.`,
  '',
  '| db | groups per cycle | group syncs | fetch+compute (median, min–max) | store | snapshot write | worker RSS peak | pages under load | lag equals CLI |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  cliNote.trimEnd(),
  '',
  `Targets: fetch+compute ≤ ${TARGETS.fetchComputeS} s and store ≤ ${TARGETS.storeS} s per cycle for all clusters together, worker RSS ≤ ${TARGETS.workerRssMb} MB, pages under load p95 ≤ ${TARGETS.loadP95Ms} ms with no errors; list/detail pages p95 ≤ 150/200 ms with 50,000 groups and 50,000 schemas (the bench:ui section of this run).`,
].join('\n')
if (process.env.BENCH_RECORD === '0') console.log(markdown)
else record('scale', metrics, markdown + (process.env.BENCH_NOTE ? `\n\nNote: ${process.env.BENCH_NOTE}` : ''))

if (process.env.BENCH_SCALE_PAGES !== '0') {
  execFileSync('npm', ['run', 'bench:ui'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_GROUPS: String(TOTAL_GROUPS),
      BENCH_SCHEMAS: String(TOTAL_GROUPS),
      BENCH_NOTE: `bench:scale's page half: ${TOTAL_GROUPS} groups and ${TOTAL_GROUPS} schemas.`,
    },
  })
}
if (process.env.BENCH_KEEP !== '1') {
  execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/lag/cleanup.ts'], { stdio: 'inherit', env: { ...env, BENCH_BOOTSTRAP: bootstraps[0] } })
}
process.exit(0)
