import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { peers } from '@tests/helpers/peers'

/**
 * Kafka's own Java clients for the share and streams group tests, the same version as the broker:
 * the single-file programs in tests/helpers/java run through scripts/peers/kafka-cli.sh (Java's
 * source launcher on the peer's Maven jars, kafka-streams included). Each start resolves once the
 * program prints its ready line; `stop()` sends SIGTERM (the program closes its client, leaving the group).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const READY_TIMEOUT_MS = 120_000

export type JavaClient = { stop(): Promise<void>; output(): string }

function startJava(program: string, args: string[], ready: RegExp): Promise<JavaClient> {
  const child = spawn('bash', [path.join(root, 'scripts/peers/kafka-cli.sh'), path.join(root, 'tests/helpers/java', program), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const client: JavaClient = { stop: () => stop(child, exited), output: () => out }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void client.stop()
      reject(new Error(`${program} printed no ${ready} within ${READY_TIMEOUT_MS} ms:\n${out.slice(-4000)}`))
    }, READY_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      if (ready.test(out)) {
        clearTimeout(timer)
        resolve(client)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${program} exited with ${code} before it was ready:\n${out.slice(-4000)}`))
    })
  })
}

/** A client that has not closed this long after SIGTERM is killed. */
const STOP_TIMEOUT_MS = 30_000

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

/**
 * A KafkaShareConsumer in `groupId` on `topic` (share.auto.offset.reset set to earliest first) that
 * accepts the first `accept` records, releases the rest, then stays in the group without polling;
 * `accept: 'all'` keeps consuming (and accepting) until stopped, ready once it acknowledged its first records.
 */
export function startShareConsumer(opts: { groupId: string; topic: string; clientId: string; accept: number | 'all' }): Promise<JavaClient> {
  return startJava('ShareConsumerApp.java', [peers.kafkaBootstrap, opts.groupId, opts.topic, opts.clientId, String(opts.accept)], /^ACCEPTED \d+$/m)
}

/**
 * A Kafka Streams application (streams rebalance protocol) counting `input`'s values into `output`:
 * ready once `expected` input records went through and were committed. Its state lives in a
 * temporary directory removed on stop.
 */
export async function startStreamsApp(opts: { applicationId: string; input: string; output: string; expected: number }): Promise<JavaClient> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'orbit-streams-'))
  const client = await startJava(
    'StreamsApp.java',
    [peers.kafkaBootstrap, opts.applicationId, opts.input, opts.output, stateDir, String(opts.expected)],
    /^PROCESSED \d+$/m,
  )
  return {
    output: () => client.output(),
    async stop() {
      await client.stop()
      rmSync(stateDir, { recursive: true, force: true })
    },
  }
}
