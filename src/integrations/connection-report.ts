/**
 * What "test connection" reports, one line per step a sync needs: reach the bootstrap servers,
 * authenticate with SASL, reach the Schema Registry. Pure: the probe (connection-test.ts) reduces
 * each client's answer to a KafkaProbe / RegistryProbe and this file words the steps.
 */
export const CONNECTION_STEPS = ['bootstrap', 'sasl', 'registry'] as const
export type ConnectionStep = (typeof CONNECTION_STEPS)[number]
export type ConnectionStepState = 'ok' | 'failed' | 'skipped' | 'not-configured'
export type ConnectionCheck = { step: ConnectionStep; label: string; state: ConnectionStepState; detail: string }
export type ConnectionReport = { ok: boolean; checks: ConnectionCheck[] }

export type KafkaProbe = { kind: 'ok'; topics: number } | { kind: 'unreachable' | 'timeout' | 'authentication' | 'other'; message: string }
export type RegistryProbe = { kind: 'ok'; compatibility: string } | { kind: 'unauthorized' | 'failed'; message: string } | { kind: 'none' }

const LABELS: Record<ConnectionStep, string> = { bootstrap: 'Bootstrap servers', sasl: 'SASL authentication', registry: 'Schema Registry' }
const check = (step: ConnectionStep, state: ConnectionStepState, detail: string): ConnectionCheck => ({ step, label: LABELS[step], state, detail })

export function connectionReport(kafka: KafkaProbe, saslMechanism: string | null, registry: RegistryProbe): ConnectionReport {
  const checks: ConnectionCheck[] = []
  if (kafka.kind === 'ok') {
    checks.push(check('bootstrap', 'ok', `Reached the cluster (${kafka.topics} topic${kafka.topics === 1 ? '' : 's'})`))
    checks.push(
      saslMechanism ? check('sasl', 'ok', `Signed in with ${saslMechanism}`) : check('sasl', 'not-configured', 'No SASL configured (PLAINTEXT or SSL)'),
    )
  } else if (kafka.kind === 'authentication') {
    // A broker answered the SASL handshake, so the servers are reachable; the credentials are not accepted.
    checks.push(check('bootstrap', 'ok', 'A broker answered'))
    checks.push(check('sasl', 'failed', kafka.message))
  } else {
    checks.push(check('bootstrap', 'failed', kafka.message))
    checks.push(
      saslMechanism ? check('sasl', 'skipped', 'Not tried: no broker reached') : check('sasl', 'not-configured', 'No SASL configured (PLAINTEXT or SSL)'),
    )
  }
  if (registry.kind === 'none') checks.push(check('registry', 'not-configured', 'No Schema Registry URL: schemas are not synced for this cluster'))
  else if (registry.kind === 'ok') checks.push(check('registry', 'ok', `Answered (global compatibility ${registry.compatibility})`))
  else checks.push(check('registry', 'failed', registry.kind === 'unauthorized' ? `Credentials rejected: ${registry.message}` : registry.message))
  return { ok: checks.every((c) => c.state === 'ok' || c.state === 'not-configured'), checks }
}
