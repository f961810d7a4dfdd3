/**
 * A sync process that dies mid-run, for leases-after-crash.int.test.ts: it starts the embedded
 * runner on the test's database (DATABASE_URL, inherited) with a retention job on cluster
 * ORBIT_TEST_CLUSTER that never finishes, prints RUNNING once that run holds its lease, and
 * handles SIGTERM as `npm start` does (src/lib/server-start.ts), exiting afterwards.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { type Activities, createActivities } from '@/sync/activities'
import { startEmbeddedRunner } from '@/sync/runners/embedded'

const clusterId = Number(process.env.ORBIT_TEST_CLUSTER)
const payload = await getPayload({ config })
const real = createActivities({ payload })
const activities: Activities = {
  ...real,
  listSyncableClusters: ({ job }) => Promise.resolve(job === 'retention' ? [clusterId] : []),
  retention: () => {
    process.stdout.write('RUNNING\n')
    return new Promise(() => {})
  },
}
// The runner's timers do not keep a process alive (a server's socket does): this one stands in.
setInterval(() => {}, 60_000)
const runner = startEmbeddedRunner({ payload, activities, holder: `hanging:${process.pid}`, firstRunDelayMs: 10 })
process.once('SIGTERM', () => {
  void runner.stop().then(() => process.exit(0))
})
