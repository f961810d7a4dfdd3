'use client'

import { Button, useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useState } from 'react'

import type { ConnectionReport } from '@/integrations/connection-report'

import { ConnectionReportList } from '@/collections/KafkaClusters/components/ConnectionReportList'

/** The form fields "test connection" sends (the secret inputs too: typed, not yet saved). */
const CONNECTION_FIELDS = [
  'name',
  'bootstrapServers',
  'securityProtocol',
  'saslMechanism',
  'saslUsername',
  'saslPassword',
  'caCertificate',
  'schemaRegistryUrl',
  'schemaRegistryUsername',
  'schemaRegistryPassword',
  'schemaRegistryToken',
] as const

/**
 * "Test connection" on the values in the form, saved or not: bootstrap servers, SASL and the
 * registry, each with its result. On a saved cluster, secret inputs left empty use the stored ones.
 */
export function TestConnectionButton() {
  const { id } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ConnectionReport | { error: string } | null>(null)

  async function test() {
    setBusy(true)
    setReport(null)
    try {
      const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
      const body = Object.fromEntries(CONNECTION_FIELDS.map((name) => [name, values[name] ?? null]))
      const response = await fetch('/api/kafka-clusters/test-connection', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, clusterId: id === undefined ? undefined : Number(id) }),
      })
      setReport((await response.json()) as ConnectionReport | { error: string })
    } catch (error) {
      setReport({ error: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="test-connection">
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void test()} size="small" margin={false}>
        {busy ? 'Testing…' : 'Test connection'}
      </Button>
      <p style={{ fontSize: 12, margin: 'calc(var(--base) / 4) 0 0', color: 'var(--theme-elevation-500)' }}>Checks the values in the form, before saving.</p>
      {report && 'error' in report ? (
        <p role="status" style={{ fontSize: 12, color: 'var(--theme-error-500)' }}>
          {report.error}
        </p>
      ) : report ? (
        <ConnectionReportList report={report} />
      ) : null}
    </div>
  )
}
