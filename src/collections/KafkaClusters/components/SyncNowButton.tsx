'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Outcome = { clusterId: number; outcome: string; counts: Record<string, number>; error?: string }
type Response = { runner: 'temporal'; workflowId: string } | { runner: 'embedded'; results: Outcome[]; skipped: number[] } | { error: string }

function describe(response: Response): string {
  if ('error' in response) return response.error
  if (response.runner === 'temporal') return `Started on Temporal as ${response.workflowId}.`
  if (response.skipped.length) return 'A sync of this cluster is already running.'
  return response.results
    .map(
      (r) =>
        `Cluster ${r.clusterId}: ${r.outcome} (${Object.entries(r.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})${r.error ? ` — ${r.error.split('\n')[0]}` : ''}`,
    )
    .join('\n')
}

/** "Sync now" for platform admins: on a cluster's page that cluster, on the list every cluster. */
export function SyncNowButton() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  async function sync() {
    setBusy(true)
    setMessage(null)
    try {
      const path = id ? `/api/kafka-clusters/${id}/sync?job=schemaSync` : '/api/kafka-clusters/sync?job=schemaSync'
      const response = await fetch(path, { method: 'POST', credentials: 'include' })
      setMessage(describe((await response.json()) as Response))
      router.refresh()
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void sync()} size="small">
        {busy ? 'Syncing…' : id ? 'Sync schemas now' : 'Sync schemas of all clusters now'}
      </Button>
      {message && (
        <pre role="status" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
          {message}
        </pre>
      )}
    </div>
  )
}
