import { spawnSync } from 'node:child_process'

import { isBenchGroup } from './layout'

/** Kafka's own tool on the broker's current state: wall time, and its lag summed over the benchmark's groups. */
export function kafkaCli(bootstrap: string): { ms: number; rows: number; lag: number } {
  const started = performance.now()
  const out = spawnSync('bash', ['scripts/peers/kafka-cli.sh', 'ConsumerGroupCommand', '--bootstrap-server', bootstrap, '--describe', '--all-groups'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 2 ** 20,
    timeout: 30 * 60_000,
  })
  const ms = performance.now() - started
  if (out.status !== 0) throw new Error(`kafka-consumer-groups failed (${out.status}): ${out.stderr.slice(0, 500)}`)
  let lag = 0
  let rows = 0
  for (const line of out.stdout.split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols.length < 7 || !isBenchGroup(cols[0]!) || !/^\d+$/.test(cols[2] ?? '')) continue
    rows++
    lag += cols[5] === '-' ? 0 : Number(cols[5])
  }
  return { ms, rows, lag }
}
