/**
 * The demo's background traffic until SIGINT/SIGTERM: producers on every topic, one live consumer
 * per healthy or falling-behind group (the stopped groups only committed once, in provision.ts).
 * Usage (scripts/demo/demo.sh runs it in the background): tsx scripts/demo/workload.ts
 */
import { GROUPS } from './config'
import { type Running, startConsumer, startProducers } from './traffic'

const bootstrap = process.env.KAFKA_BOOTSTRAP ?? '127.0.0.1:19092'
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`)

const running: Running[] = [startProducers(bootstrap, log)]
for (const group of GROUPS.filter((g) => g.behaviour !== 'stopped')) {
  running.push(await startConsumer(bootstrap, group, log))
}
log('workload running')

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  log(`${signal}: stopping producers and consumers`)
  await Promise.race([Promise.all(running.map((r) => r.stop())), new Promise((resolve) => setTimeout(resolve, 10_000))])
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
