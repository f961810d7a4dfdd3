/**
 * npm run bench:ui — server response time of the schema and consumer-group pages with 10,000
 * groups (partition detail, lag history) and 10,000 schemas (with versions) in the database, on
 * SQLite and PostgreSQL: a fresh seeded database per run, `next start` on the production build,
 * signed in as a platform admin and as a member of one workspace, warm-up then N sequential
 * requests per page, time to the full HTML. Pages that answer 404 (not built yet) are reported
 * as missing, never timed. Records to bench/RESULTS.md and bench/results.jsonl.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'

import { ensurePeers, peerEnv } from '@tests/helpers/peers'
import { createPostgresDatabase } from '@tests/helpers/postgres'
import { type Metric, record } from '../lib/record'

import { measurePage, type PageResult, percentile } from './measure'
import { pagesFor, type SeedInfo, TARGET_P95_MS, type UserKey } from './pages'
import { ensureBuild, signIn, startServer } from './server'

const DATABASES = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const PORT = Number(process.env.BENCH_PORT ?? 3314)
const DIST_DIR = process.env.ORBIT_NEXT_DIST_DIR || '.next-bench-ui'
/**
 * The checkout whose app is built, seeded and served (default: this one). Another directory (e.g.
 * `git archive` of a commit, with bench/ui and node_modules) measures a commit while this working
 * tree is mid-change; results are still recorded here.
 */
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? '.')

await ensurePeers(DATABASES.includes('postgres') ? ['postgres'] : [])
process.env.DATABASE_URL_POSTGRES ??= peerEnv.DATABASE_URL_POSTGRES
// The app sees the peer variables except Temporal (the embedded runner is off anyway).
const env = Object.fromEntries(Object.entries({ ...process.env, ...peerEnv }).filter(([k]) => k !== 'TEMPORAL_ADDRESS')) as NodeJS.ProcessEnv
ensureBuild(APP_DIR, DIST_DIR, env)

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

type DbRun = { db: string; seed: SeedInfo; results: PageResult[]; loadBefore: string; loadAfter: string; seedS: number; explain: string }
const runs: DbRun[] = []

for (const db of DATABASES) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orbit-bench-ui-'))
  const database = db === 'postgres' ? await createPostgresDatabase('orbit_bench_ui') : { url: `file:${path.join(dataDir, 'bench.db')}`, drop: async () => {} }
  try {
    const seedEnv = { ...env, DATABASE_URL: database.url, ORBIT_DATA_DIR: dataDir }
    const started = performance.now()
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/ui/seed.ts', db], {
      cwd: APP_DIR,
      env: seedEnv,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    })
    const seed = JSON.parse(out.trim().split('\n').at(-1)!) as SeedInfo
    const seedS = (performance.now() - started) / 1000
    const history = Object.values(seed.counts.history).reduce((a, b) => a + b, 0)
    console.log(
      `${db}: seeded ${seed.counts.groups} groups, ${history} lag history rows, ${seed.counts.schemas} schemas, ${seed.counts.versions} versions in ${seedS.toFixed(0)} s`,
    )

    const server = await startServer({
      appDir: APP_DIR,
      port: PORT,
      distDir: DIST_DIR,
      databaseUrl: database.url,
      dataDir,
      env,
      log: path.join(dataDir, 'next.log'),
    })
    try {
      const cookies: Record<UserKey, string> = {
        admin: await signIn(server.url, seed.users.admin.email, seed.users.password),
        member: await signIn(server.url, seed.users.member.email, seed.users.password),
      }
      const loadBefore = loadavg()
      const results: PageResult[] = []
      for (const page of pagesFor(seed)) {
        const result: PageResult = await measurePage(server.url, cookies[page.user], page, WARMUP, REQUESTS).catch((error: unknown) => ({
          page,
          outcome: 'error' as const,
          status: 0,
          note: error instanceof Error ? `${error.message} ${String((error as { cause?: Error | string }).cause ?? '')}`.trim() : String(error),
          samples: [],
        }))
        results.push(result)
        const sorted = [...result.samples].sort((a, b) => a - b)
        console.log(
          `${db} ${page.user.padEnd(6)} ${page.name.padEnd(70)} ${result.outcome === 'ok' ? `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms` : `${result.outcome} (${result.status}${result.note ? `, ${result.note}` : ''})`}`,
        )
      }
      const loadAfter = loadavg()
      await server.stop()
      // Where the time goes in the database, on the same data (skipped with BENCH_EXPLAIN=0).
      const explain =
        process.env.BENCH_EXPLAIN === '0'
          ? ''
          : execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bench/ui/explain.ts', db, JSON.stringify(seed)], {
              cwd: APP_DIR,
              env: seedEnv,
              encoding: 'utf8',
              maxBuffer: 64 * 2 ** 20,
            })
              .split('\n')
              .filter((line) => !/^\[\d\d:\d\d:\d\d\]/.test(line)) // Payload's log lines
              .join('\n')
              .trim()
      if (explain) console.log(explain)
      runs.push({ db, seed, results, loadBefore, loadAfter, seedS, explain })
    } finally {
      await server.stop()
    }
  } finally {
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const metrics: Metric[] = []
const sections: string[] = []
for (const run of runs) {
  const rows = run.results.map((r) => {
    const sorted = [...r.samples].sort((a, b) => a - b)
    const target = TARGET_P95_MS[r.page.kind]
    const targetText = target === null ? '—' : `≤ ${target} ms`
    if (r.outcome !== 'ok')
      return `| ${r.page.name} | ${r.page.user} | ${r.outcome === 'missing' ? 'missing (404: page not built yet)' : `error (${r.status}${r.note ? `, ${r.note}` : ''})`} | | | | | ${targetText} | |`
    const [p50, p95, max] = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1)!]
    const key = `${r.page.user}:${r.page.name}`
    metrics.push(
      { metric: `${key}:p50_ms`, value: p50, unit: 'ms', db: run.db },
      { metric: `${key}:p95_ms`, value: p95, unit: 'ms', db: run.db },
      { metric: `${key}:max_ms`, value: max, unit: 'ms', db: run.db },
    )
    return `| ${r.page.name} | ${r.page.user} | ok | ${sorted.length} | ${p50.toFixed(0)} ms | ${p95.toFixed(0)} ms | ${max.toFixed(0)} ms | ${targetText} | ${target === null ? '—' : p95 <= target ? 'yes' : '**no**'} |`
  })
  const measured = run.results.filter((r) => r.outcome === 'ok' && r.page.kind !== 'baseline')
  const missing = run.results.filter((r) => r.outcome === 'missing').length
  const met = measured.filter(
    (r) =>
      percentile(
        [...r.samples].sort((a, b) => a - b),
        95,
      ) <= TARGET_P95_MS[r.page.kind]!,
  ).length
  metrics.push(
    { metric: 'pages_measured', value: measured.length, unit: 'pages', db: run.db },
    { metric: 'pages_missing', value: missing, unit: 'pages', db: run.db },
    { metric: 'pages_meeting_target', value: met, unit: 'pages', db: run.db },
    { metric: 'seed_s', value: run.seedS, unit: 's', db: run.db },
  )
  const h = run.seed.counts.history
  sections.push(
    [
      `### ${run.db}`,
      '',
      `Seeded in ${run.seedS.toFixed(0)} s: ${run.seed.counts.groups} groups (partition detail of ${process.env.BENCH_PARTITIONS ?? 10} partitions each), lag history ${h.raw} raw + ${h.hour} hourly + ${h.day} daily rows, ${run.seed.counts.schemas} schemas with ${run.seed.counts.versions} versions, ${run.seed.workspaces.length} workspaces. Load average (1/5/15 min) before the measurements ${run.loadBefore}, after ${run.loadAfter}.`,
      '',
      '| page | user | outcome | n | p50 | p95 | max | target p95 | met |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `${measured.length} page/user combinations measured, ${met} within target, ${missing} missing.`,
      ...(run.explain ? ['', run.explain] : []),
    ].join('\n'),
  )
}

const appNote = APP_DIR === path.resolve('.') ? '' : ` App built and served from ${process.env.BENCH_APP_NOTE ?? APP_DIR} (not this working tree).`
const markdown = [
  `${appNote.trim() ? `${appNote.trim()}\n\n` : ''}Inputs: per database a fresh database seeded by bench/ui/seed.ts (migrations as the app applies them, then bulk inserts); \`next start\` (production build, embedded runner off); signed in as a platform admin (sees everything) and as a member of one of ${runs[0]?.seed.workspaces.length ?? '?'} workspaces (sees about a quarter); ${WARMUP} warm-up then ${REQUESTS} sequential requests per page and user (n: fewer for a page whose first warm request took over a second), time to the full HTML (streamed parts included); details rotate over up to 5 objects. The machine is shared (2 cores, other agents building and testing): see the load averages.`,
  '',
  ...sections,
  '',
  'Targets: lists ≤ 150 ms p95, details ≤ 200 ms p95.',
  // A reading of the numbers by whoever ran it (BENCH_NOTE), recorded with them.
  ...(process.env.BENCH_NOTE ? ['', `Note: ${process.env.BENCH_NOTE}`] : []),
].join('\n')

if (process.env.BENCH_RECORD === '0') {
  console.log(markdown)
  process.exit(0)
}
record('ui-pages', metrics, markdown)
console.log('recorded in bench/RESULTS.md and bench/results.jsonl')
process.exit(0)
