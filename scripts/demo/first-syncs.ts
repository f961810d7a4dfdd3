/**
 * Runs the first syncs of the demo cluster right away (instead of waiting for the schedule), so
 * every page has data when the URL is printed: groups, lag, schemas, then lag again (time lag and
 * trends need two points). A run the scheduler holds at that moment is waited for.
 * Usage (scripts/demo/demo.sh runs it): tsx scripts/demo/first-syncs.ts
 */
import { OrbitApi } from './api'
import { ADMIN, CLUSTER_NAME } from './config'

type TriggerResult = { runner: string; results?: { outcome: string; counts: Record<string, number>; error?: string }[]; skipped?: number[] }

const appUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:3000'
const api = await OrbitApi.signIn(appUrl, ADMIN.email, ADMIN.password)
const [cluster] = await api.find('kafka-clusters', { name: CLUSTER_NAME })
if (!cluster) throw new Error(`cluster ${CLUSTER_NAME} not found: run provision first`)

type Job = 'schemaSync' | 'consumerGroupSync' | 'lagCheck' | 'topicSync'
type Health = { lastRunAt?: string | null; lastOutcome?: string | null; lastError?: string | null; lastDurationMs?: number | null }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function health(job: Job): Promise<Health> {
  const doc = await api.request<{ syncHealth?: Partial<Record<Job, Health>> }>('GET', `/api/kafka-clusters/${cluster!.id}?depth=0`)
  return doc.syncHealth?.[job] ?? {}
}

/**
 * Runs `job` now. When the scheduler holds the job (or the request drops while a long run goes
 * on), waits until the cluster's sync health shows a run that started after this call.
 */
async function sync(job: Job) {
  const since = new Date().toISOString()
  const until = Date.now() + 20 * 60_000
  let trigger = true
  while (Date.now() < until) {
    if (trigger) {
      try {
        const result = await api.request<TriggerResult>('POST', `/api/kafka-clusters/${cluster!.id}/sync?job=${job}`)
        const run = result.results?.[0]
        if (run) {
          const counts = Object.entries(run.counts ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')
          console.log(`  ${job}: ${run.outcome} ${counts}${run.error ? ` (${run.error.split('\n')[0]})` : ''}`)
          return
        }
        if (result.runner === 'temporal') return console.log(`  ${job}: started on Temporal`)
      } catch (error) {
        console.log(`  ${job}: ${error instanceof Error ? error.message : String(error)}; waiting for the scheduled run`)
        trigger = false
      }
    }
    const h = await health(job)
    if (h.lastRunAt && h.lastRunAt >= since) {
      console.log(
        `  ${job}: ${h.lastOutcome} (scheduled run, ${((h.lastDurationMs ?? 0) / 1000).toFixed(1)} s)${h.lastError ? ` (${h.lastError.split('\n')[0]})` : ''}`,
      )
      return
    }
    await sleep(3_000)
  }
  throw new Error(`${job}: no run finished within 20 minutes`)
}

// Topics first (the group sync links groups to them), and again after the lag check (their worst group lag).
await sync('topicSync')
await sync('consumerGroupSync')
await sync('lagCheck')
await sync('schemaSync')
await new Promise((resolve) => setTimeout(resolve, 5_000))
await sync('lagCheck')
await sync('topicSync')
