/**
 * npm run bench:lag — the lag check (lagCheckWorkflow) at 10,000 groups × 10 partitions on the local broker,
 * on SQLite and PostgreSQL, against Kafka's own `kafka-consumer-groups --describe --all-groups` on
 * the same state in the same run. See bench/README.md for what each number means.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import os from 'node:os'

import { ensurePeers, peerEnv } from '@tests/helpers/peers'
import { type Metric, record } from '../lib/record'

import { kafkaCli } from './cli'
import type { Cycle } from './cycle'
import { GROUPS, LAGGING_SHARE, PARTITIONS, TOPICS } from './layout'
import { advance, synthesize } from './synthesize'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10)
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 1)
const DATABASES = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')

type Measurement = {
  db: string
  groupsStored: number
  benchGroups: number
  benchTotalLag: number
  benchGroupsLagging: number
  benchGroupsWithClearTime: number
  groupSync: { ms: number; counts: Record<string, number> }
  measured: Cycle[]
  scrapes: { ms: number; bytes: number; samples: number; rssGrowthMb: number }[]
  history: {
    tableBytes: number
    rows: number
    indexes: number
    bytesPerRow: number
    indexBytesPerRow: number
    samplesBytesPerRow: number
    bytesPerGroupPerDay: number
    rowsPerGroupPerYear: number
    bytesPerGroupPerYear: number
  }
  baselineRssMb: number
  baselineHeapMb: number
  liveHeapMb: number
  rssAfterGcMb: number
  processPeakRssMb: number
}

/** Median and 95th percentile (nearest rank), with min and max. */
export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')

await ensurePeers(['kafka', 'postgres'])
const env = Object.fromEntries(Object.entries({ ...process.env, ...peerEnv }).filter(([k]) => k !== 'TEMPORAL_ADDRESS')) as NodeJS.ProcessEnv
const bootstrap = peerEnv.KAFKA_BOOTSTRAP!
const loadBefore = load()

const setup = await synthesize(bootstrap)
console.log(
  setup.createdTopics || setup.producedRecords || setup.committedGroups
    ? `synthesized in ${(setup.ms / 1000).toFixed(1)} s: ${setup.createdTopics} topics created, ${setup.producedRecords} records produced, ${setup.committedGroups} groups committed`
    : `state already on the broker (checked in ${(setup.ms / 1000).toFixed(1)} s)`,
)

/** Runs measure.ts for one database, moving the Kafka state on whenever it asks (between its cycles). */
async function measureDatabase(db: string): Promise<Measurement> {
  const child = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/lag/measure.ts', db], {
    env: { ...env, BENCH_RUNS: String(RUNS), BENCH_WARMUP: String(WARMUP) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  let result: Measurement | undefined
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === '@@advance') {
      await advance(bootstrap)
      child.stdin.write('go\n')
    } else if (line.startsWith('{"db"')) result = JSON.parse(line) as Measurement
  }
  const code = await exited
  if (code !== 0 || !result) throw new Error(`bench/lag/measure.ts ${db} exited with ${code}`)
  return result
}

const measurements: Measurement[] = []
const cli: { db: string; ms: number; rows: number; lag: number }[] = []
for (const db of DATABASES) {
  const m = await measureDatabase(db)
  measurements.push(m)
  // Same state as the database's last cycle: nothing moves on the broker until the next database's run.
  for (let i = 0; i < CLI_RUNS; i++) {
    const c = kafkaCli(bootstrap)
    console.log(
      `kafka-consumer-groups --describe --all-groups: ${(c.ms / 1000).toFixed(1)} s, ${c.rows} bench partitions, lag ${c.lag} (${db} stored ${m.benchTotalLag})`,
    )
    cli.push({ db, ...c })
  }
}

const cliMs = stats(cli.map((c) => c.ms))
const metrics: Metric[] = [{ metric: 'kafka_cli_describe_all_groups_s', value: cliMs.median / 1000, unit: 's' }]
const rows: string[] = []
const recordLines: string[] = []
for (const m of measurements) {
  const { db } = m
  const fetchCompute = stats(m.measured.map((c) => c.fetchMs + c.computeMs))
  const fetch = stats(m.measured.map((c) => c.fetchMs))
  const compute = stats(m.measured.map((c) => c.computeMs))
  const store = stats(m.measured.map((c) => c.storeMs))
  const cycle = stats(m.measured.map((c) => c.ms))
  const cpu = stats(m.measured.map((c) => c.cpuMs))
  const requests = stats(m.measured.map((c) => c.requests))
  const rss = Math.max(...m.measured.map((c) => c.rssPeakMb))
  const sameState = cli.filter((c) => c.db === db)
  const lagAgrees = sameState.every((c) => c.lag === m.benchTotalLag)
  const last = m.measured.at(-1)!
  const scrape = stats(m.scrapes.map((x) => x.ms))
  const scrapeRss = stats(m.scrapes.map((x) => x.rssGrowthMb))
  const snapshot = stats(m.measured.map((c) => c.metricsMs))
  const recordFetches = stats(m.measured.map((c) => c.records.fetchRequests))
  const recordKib = stats(m.measured.map((c) => c.records.fetchBytes / 1024))
  const recordsRead = stats(m.measured.map((c) => c.records.read))
  recordLines.push(
    `- ${db}: ${m.benchGroupsLagging} of ${m.benchGroups} bench groups lagging after the last cycle; per cycle (median) ${stats(m.measured.map((c) => c.records.wanted)).median} distinct lagging (partition, committed offset) pairs, ${recordsRead.median} dated from their record, ${stats(m.measured.map((c) => c.records.overBudget)).median} left to interpolation by the budget, ${stats(m.measured.map((c) => c.records.unreadable)).median} unreadable, ${stats(m.measured.map((c) => c.records.gone)).median} gone; ${recordFetches.median} extra Fetch requests (p95 ${recordFetches.p95}) and ${recordKib.median.toFixed(0)} KiB of records (p95 ${recordKib.p95.toFixed(0)}) per cycle, plus 1 Metadata.`,
  )
  metrics.push(
    { metric: 'metrics_scrape_s', value: scrape.median / 1000, unit: 's', db },
    { metric: 'metrics_scrape_p95_s', value: scrape.p95 / 1000, unit: 's', db },
    { metric: 'metrics_scrape_rss_growth_mb', value: scrapeRss.max, unit: 'MB', db },
    { metric: 'metrics_snapshot_write_s', value: snapshot.median / 1000, unit: 's', db },
    { metric: 'metrics_scrape_mb', value: m.scrapes[0]!.bytes / 2 ** 20, unit: 'MB', db },
    { metric: 'metrics_scrape_samples', value: m.scrapes[0]!.samples, unit: 'samples', db },
    { metric: 'fetch_compute_s', value: fetchCompute.median / 1000, unit: 's', db },
    { metric: 'fetch_compute_p95_s', value: fetchCompute.p95 / 1000, unit: 's', db },
    { metric: 'store_s', value: store.median / 1000, unit: 's', db },
    { metric: 'store_p95_s', value: store.p95 / 1000, unit: 's', db },
    { metric: 'cycle_s', value: cycle.median / 1000, unit: 's', db },
    { metric: 'cycle_process_cpu_s', value: cpu.median / 1000, unit: 's', db },
    { metric: 'kafka_requests_per_cycle', value: requests.median, unit: 'requests', db },
    { metric: 'peak_rss_lag_cycle_mb', value: rss, unit: 'MB', db },
    { metric: 'peak_rss_process_mb', value: m.processPeakRssMb, unit: 'MB', db },
    { metric: 'idle_rss_mb', value: m.baselineRssMb, unit: 'MB', db },
    { metric: 'live_heap_after_cycles_mb', value: m.liveHeapMb, unit: 'MB', db },
    { metric: 'history_bytes_per_row', value: m.history.bytesPerRow, unit: 'bytes', db },
    { metric: 'history_index_bytes_per_row', value: m.history.indexBytesPerRow, unit: 'bytes', db },
    { metric: 'history_bytes_per_group_per_day', value: m.history.bytesPerGroupPerDay, unit: 'bytes', db },
    { metric: 'history_mb_per_group_per_year', value: m.history.bytesPerGroupPerYear / 2 ** 20, unit: 'MB', db },
    { metric: 'record_fetch_requests_per_cycle', value: recordFetches.median, unit: 'requests', db },
    { metric: 'record_fetch_kib_per_cycle', value: recordKib.median, unit: 'KiB', db },
    { metric: 'records_dated_per_cycle', value: recordsRead.median, unit: 'records', db },
    { metric: 'records_over_budget_per_cycle', value: stats(m.measured.map((c) => c.records.overBudget)).median, unit: 'records', db },
    { metric: 'cli_to_fetch_compute_ratio', value: cliMs.median / fetchCompute.median, unit: 'ratio', db },
    { metric: 'cli_to_cycle_ratio', value: cliMs.median / cycle.median, unit: 'ratio', db },
  )
  const s = (x: { median: number; p95: number }) => `${(x.median / 1000).toFixed(2)} / ${(x.p95 / 1000).toFixed(2)} s`
  rows.push(
    `| ${db} | ${s(fetchCompute)} (fetch ${s(fetch)}, compute ${s(compute)}) | ${s(store)} | ${s(cycle)} (process CPU ${s(cpu)}) | ${requests.median} (${Object.entries(
      last.byApi,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}) | ${rss.toFixed(0)} MB (idle ${m.baselineRssMb.toFixed(0)}, process peak ${m.processPeakRssMb.toFixed(0)}; live heap after GC ${m.liveHeapMb.toFixed(0)} MB vs ${m.baselineHeapMb.toFixed(0)} idle) | ${m.history.bytesPerRow.toFixed(0)} B/row (${m.history.indexBytesPerRow.toFixed(0)} of it in ${m.history.indexes} indexes, ${m.history.samplesBytesPerRow.toFixed(0)} the packed samples), ${(m.history.bytesPerGroupPerDay / 1024).toFixed(0)} KiB/group/day, ${(m.history.bytesPerGroupPerYear / 2 ** 20).toFixed(2)} MB/group/year | ${(cliMs.median / fetchCompute.median).toFixed(1)}× / ${(cliMs.median / cycle.median).toFixed(1)}× | ${lagAgrees ? 'yes' : 'NO'} | ${(scrape.median / 1000).toFixed(2)} s (min ${(scrape.min / 1000).toFixed(2)}, max ${(scrape.max / 1000).toFixed(2)}), ${(m.scrapes[0]!.bytes / 2 ** 20).toFixed(1)} MB, ${m.scrapes[0]!.samples} samples, RSS growth ≤ ${scrapeRss.max.toFixed(0)} MB; snapshot written in ${(snapshot.median / 1000).toFixed(2)} s per cycle |`,
  )
  console.log(rows.at(-1))
}
const loadAfter = load()

const markdown = [
  `Inputs: ${GROUPS} groups × ${PARTITIONS} partitions on ${TOPICS} topics (${GROUPS / TOPICS} groups per topic), ${LAGGING_SHARE === null ? '70 % of them set to lag (the default mix)' : `${Math.round(LAGGING_SHARE * 100)} % of them set to lag (BENCH_LAGGING)`}, offsets committed without members, on the local broker ${bootstrap} plus whatever other groups the shared broker holds (${measurements[0]?.groupsStored ?? '?'} groups in total were checked). ${setup.createdTopics || setup.committedGroups ? `Synthesized in this run in ${(setup.ms / 1000).toFixed(1)} s.` : 'State reused from an earlier run.'}`,
  `Per database: fresh database, migrations, one ConsumerGroupSync (${measurements.map((m) => `${m.db} ${(m.groupSync.ms / 1000).toFixed(1)} s`).join(', ')}), ${WARMUP} warm-up lag cycles, then ${RUNS} measured cycles; before every cycle 10 records per partition are produced and every group that moves commits. Median / p95 over the measured cycles.`,
  `Kafka's CLI: ${cli.length} runs of kafka-consumer-groups --describe --all-groups right after each database's last cycle (same state): median ${(cliMs.median / 1000).toFixed(1)} s (min ${(cliMs.min / 1000).toFixed(1)}, max ${(cliMs.max / 1000).toFixed(1)}).`,
  `Machine load (uptime load averages 1/5/15 min, 2 cores shared with other agents): before ${loadBefore}, after ${loadAfter}.`,
  '',
  '| db | fetch+compute median / p95 | store | whole cycle | Kafka requests per cycle | peak RSS in lag cycles | history size | CLI ÷ fetch+compute / ÷ cycle | lag equals CLI | /api/metrics scrape (median of 5, every group) and the snapshot write per cycle |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  `Exact time lag (records at committed offsets, budget ${process.env.ORBIT_TIME_LAG_READ_PARTITIONS ?? 5000} partitions / ${process.env.ORBIT_TIME_LAG_READ_BYTES ?? 16777216} bytes / ${process.env.ORBIT_TIME_LAG_READ_PARTITION_BYTES ?? 4096} bytes per partition):`,
  ...recordLines,
  '',
  'Targets: fetch+compute ≤ 2 s, store ≤ 1 s, ≥ 10× faster than the CLI, RSS ≤ 300 MB, ≤ 2 MB per group per year (7 days raw at 1 minute, hourly to 30 days, daily to 1 year).',
].join('\n')

if (process.env.BENCH_RECORD === '0') {
  console.log(markdown)
  console.log(JSON.stringify(metrics))
  process.exit(0)
}
record('lag', metrics, markdown + (process.env.BENCH_NOTE ? `\n\nNote: ${process.env.BENCH_NOTE}` : ''))
console.log(markdown)
console.log('recorded in bench/RESULTS.md and bench/results.jsonl')
