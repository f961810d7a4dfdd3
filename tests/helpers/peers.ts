import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/**
 * Connection details of the real peers (Kafka, Apicurio Registry, Temporal, PostgreSQL, Prometheus) that
 * scripts/peers/ starts on 127.0.0.1. The ports come from scripts/peers/env.sh, which reads the
 * ORBIT_* variables with their defaults: this module asks that script instead of repeating them.
 */
export type PeerName = 'kafka' | 'kafka2' | 'registry' | 'temporal' | 'postgres' | 'smtp' | 'alertmanager' | 'prometheus' | 'keycloak'
export const ALL_PEERS: readonly PeerName[] = ['kafka', 'kafka2', 'registry', 'temporal', 'postgres', 'smtp', 'alertmanager', 'prometheus', 'keycloak']
/** What global setup starts unless ORBIT_TEST_PEERS says otherwise (kafka2 and keycloak only on request). */
export const DEFAULT_TEST_PEERS: readonly PeerName[] = ['kafka', 'registry', 'temporal', 'postgres']

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const script = (name: string) => path.join(root, 'scripts/peers', name)

/** Every variable env.sh exports (ORBIT_* ports and the derived connection strings). */
export const peerEnv: Readonly<Record<string, string>> = JSON.parse(execFileSync('bash', [script('env.sh'), '--json'], { encoding: 'utf8' }))

const v = (name: string): string => {
  const value = peerEnv[name]
  if (value === undefined) throw new Error(`scripts/peers/env.sh did not define ${name}`)
  return value
}

export const peers = {
  kafkaBootstrap: v('KAFKA_BOOTSTRAP'),
  /** SASL_PLAINTEXT listener; SCRAM-SHA-256 and SCRAM-SHA-512 both work for `kafkaSasl`. */
  kafkaSaslBootstrap: v('KAFKA_SASL_BOOTSTRAP'),
  kafkaSasl: { username: v('KAFKA_SASL_USERNAME'), password: v('KAFKA_SASL_PASSWORD') },
  /** A second, separate cluster (start it with ensurePeers(['kafka2'])). */
  kafka2Bootstrap: v('KAFKA2_BOOTSTRAP'),
  kafka2SaslBootstrap: v('KAFKA2_SASL_BOOTSTRAP'),
  /** Confluent-compatible API base, e.g. http://127.0.0.1:18081/apis/ccompat/v7 */
  schemaRegistryUrl: v('SCHEMA_REGISTRY_URL'),
  temporalAddress: v('TEMPORAL_ADDRESS'),
  temporalNamespace: v('TEMPORAL_NAMESPACE'),
  postgresUrl: v('DATABASE_URL_POSTGRES'),
  postgresTestUrl: v('DATABASE_URL_POSTGRES_TEST'),
  /** The SMTP server of the alert mail tests (start it with ensurePeers(['smtp'])); what it receives: smtpMessagesDir. */
  smtp: { host: v('ORBIT_PEERS_HOST'), port: Number(v('ORBIT_SMTP_PORT')) },
  /** Prometheus Alertmanager (ensurePeers(['alertmanager'])). */
  alertmanagerUrl: v('ALERTMANAGER_URL'),
  /** Keycloak (start it with ensurePeers(['keycloak'])): the realm "orbit" and the master realm's admin. */
  keycloakUrl: v('KEYCLOAK_URL'),
  keycloakIssuer: v('KEYCLOAK_ISSUER'),
  keycloakAdmin: { username: v('ORBIT_KEYCLOAK_ADMIN_USER'), password: v('ORBIT_KEYCLOAK_ADMIN_PASSWORD') },
} as const

/** Where the smtp peer keeps each message it received (<n>.json: envelope, subject, text, html; scripts/peers/smtp-capture.py). */
export const smtpMessagesDir = path.join(process.env.ORBIT_PEERS_DIR ?? path.join(root, '.peers'), 'smtp', 'messages')

/** Peer names from a list like "kafka registry" or "kafka,postgres"; "all" = the defaults, "none" = []. */
export function parsePeerList(list: string | undefined): PeerName[] {
  const words = (list ?? '').split(/[\s,]+/).filter(Boolean)
  if (words.length === 0 || (words.length === 1 && words[0] === 'all')) return [...DEFAULT_TEST_PEERS]
  if (words.length === 1 && words[0] === 'none') return []
  for (const w of words) {
    if (!ALL_PEERS.includes(w as PeerName)) throw new Error(`unknown peer "${w}" (known: ${ALL_PEERS.join(', ')}, all, none)`)
  }
  return words as PeerName[]
}

async function peersSh(args: string[], timeoutMs: number) {
  try {
    return await run('bash', [script('peers.sh'), ...args], { cwd: root, timeout: timeoutMs, maxBuffer: 16 << 20 })
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string }
    throw new Error(`peers.sh ${args.join(' ')} failed: ${e.message}\n${e.stderr ?? ''}`)
  }
}

/** Starts the named peers unless they run already (idempotent, safe from parallel workers). */
export async function ensurePeers(names: readonly PeerName[]): Promise<void> {
  if (names.length > 0) await peersSh(['start', ...names], 900_000)
}

/** Stops the named peers. */
export async function stopPeers(names: readonly PeerName[]): Promise<void> {
  if (names.length > 0) await peersSh(['stop', ...names], 300_000)
}

/** Whether this checkout's peers.sh runs the peer (its pid file names a live process). */
export async function isPeerRunning(name: PeerName): Promise<boolean> {
  return peersSh(['status', name], 30_000).then(
    () => true,
    () => false,
  )
}

/** Runs one of Kafka's own CLI tools (scripts/peers/kafka-cli.sh) and returns its stdout. */
export async function kafkaCli(tool: string, args: string[]): Promise<string> {
  const { stdout } = await run('bash', [script('kafka-cli.sh'), tool, ...args], { cwd: root, timeout: 120_000, maxBuffer: 16 << 20 })
  return stdout
}

export type GroupLagRow = {
  group: string
  topic: string
  partition: number
  currentOffset: number | null
  logEndOffset: number | null
  lag: number | null
  consumerId: string
}

/** Parses the table that `ConsumerGroupCommand --describe` prints ("-" becomes null). */
export function parseGroupDescribe(output: string): GroupLagRow[] {
  const num = (s: string | undefined) => (s === undefined || s === '-' ? null : Number(s))
  const rows: GroupLagRow[] = []
  for (const line of output.split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols.length < 7 || cols[0] === 'GROUP' || !/^\d+$/.test(cols[2] ?? '')) continue
    rows.push({
      group: cols[0]!,
      topic: cols[1]!,
      partition: Number(cols[2]),
      currentOffset: num(cols[3]),
      logEndOffset: num(cols[4]),
      lag: num(cols[5]),
      consumerId: cols[6]!,
    })
  }
  return rows
}
