/**
 * npm run bench:metrics — /api/metrics at 10,000 groups × 10 partitions, served from the lag
 * check's snapshot, on SQLite and PostgreSQL (bench/metrics/measure.ts, one process per database).
 * No Kafka: the snapshot is written from synthesized groups exactly as the lag check writes it.
 * Target (issue 15, item 4): a scrape of 10,000 groups ≤ 300 ms, the process's memory flat.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'

import { ensurePeers, peerEnv } from '@tests/helpers/peers'
import { type Metric, record, summarize } from '../lib/record'

const DATABASES = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')
type Scrape = { ms: number; cpuMs: number; bytes: number; rssGrowthMb: number }
type Measurement = { db: string; groups: number; samples: number; writes: number[]; token: Scrape[]; member: Scrape[]; rssMb: number }

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')

await ensurePeers(['postgres'])
const env = Object.fromEntries(Object.entries({ ...process.env, ...peerEnv }).filter(([k]) => k !== 'TEMPORAL_ADDRESS')) as NodeJS.ProcessEnv
const loadBefore = load()
const measurements: Measurement[] = []
for (const db of DATABASES) {
  const out = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/metrics/measure.ts', db], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  })
  const line = out.stdout.split('\n').find((l) => l.startsWith('{"db"'))
  if (out.status !== 0 || !line) throw new Error(`bench/metrics/measure.ts ${db} exited with ${out.status}`)
  measurements.push(JSON.parse(line) as Measurement)
}
const loadAfter = load()

const metrics: Metric[] = []
const rows: string[] = []
const s = (x: { median: number; min: number; max: number }) => `${x.median.toFixed(0)} ms (${x.min.toFixed(0)}–${x.max.toFixed(0)})`
for (const m of measurements) {
  const token = summarize(m.token.map((x) => x.ms))
  const member = summarize(m.member.map((x) => x.ms))
  const write = summarize(m.writes)
  const tokenCpu = summarize(m.token.map((x) => x.cpuMs))
  const tokenRss = Math.max(...m.token.map((x) => x.rssGrowthMb))
  const memberRss = Math.max(...m.member.map((x) => x.rssGrowthMb))
  metrics.push(
    { metric: 'scrape_all_s', value: token.median / 1000, unit: 's', db: m.db },
    { metric: 'scrape_all_max_s', value: token.max / 1000, unit: 's', db: m.db },
    { metric: 'scrape_all_process_cpu_s', value: tokenCpu.median / 1000, unit: 's', db: m.db },
    { metric: 'scrape_all_rss_growth_mb', value: tokenRss, unit: 'MB', db: m.db },
    { metric: 'scrape_all_mb', value: m.token[0]!.bytes / 2 ** 20, unit: 'MB', db: m.db },
    { metric: 'scrape_all_samples', value: m.samples, unit: 'samples', db: m.db },
    { metric: 'scrape_member_s', value: member.median / 1000, unit: 's', db: m.db },
    { metric: 'scrape_member_rss_growth_mb', value: memberRss, unit: 'MB', db: m.db },
    { metric: 'snapshot_write_s', value: write.median / 1000, unit: 's', db: m.db },
  )
  rows.push(
    `| ${m.db} | ${s(token)} (process CPU ${tokenCpu.median.toFixed(0)} ms), ${(m.token[0]!.bytes / 2 ** 20).toFixed(1)} MB, ${m.samples} samples, RSS growth ≤ ${tokenRss.toFixed(0)} MB | ${s(member)}, ${(m.member[0]!.bytes / 2 ** 20).toFixed(1)} MB, RSS growth ≤ ${memberRss.toFixed(0)} MB | ${s(write)} | ${m.rssMb.toFixed(0)} MB |`,
  )
  console.log(rows.at(-1))
}
const markdown = [
  `Inputs: ${measurements[0]?.groups} groups × 10 partitions on 200 topics, spread over 20 workspaces (a tenth unowned), one cluster; the snapshot written as the lag check writes it (slices of 1,000 groups, three cycles, the last served); ${measurements[0]?.token.length} scrapes each with the bearer token (every group) and as a member of one workspace, the body consumed as it streams, RSS sampled every 5 ms.`,
  `Machine load (uptime load averages 1/5/15 min, 2 cores shared with other agents): before ${loadBefore}, after ${loadAfter}.`,
  '',
  '| db | scrape, every group (median, min–max) | scrape, member of one workspace | snapshot write per cycle | process RSS after |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  'Target: a scrape of 10,000 groups ≤ 300 ms with flat memory (before: 3 s reading every group row, bench lag).',
].join('\n')
record('metrics', metrics, markdown + (process.env.BENCH_NOTE ? `\n\nNote: ${process.env.BENCH_NOTE}` : ''))
