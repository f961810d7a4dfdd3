'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { describeSyncResponse, type SyncNowResponse } from '@/features/sync-health/lib/describe-sync'
import { SYNC_JOB_LABELS, SYNC_JOBS, type SyncJob } from '@/features/sync-health/lib/jobs'

/** "Sync now" for platform admins, one button per job: on a cluster's page that cluster, on the list every cluster. */
export function SyncNowButton() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [busy, setBusy] = useState<SyncJob | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  async function sync(job: SyncJob) {
    setBusy(job)
    setMessage(null)
    try {
      const path = id ? `/api/kafka-clusters/${id}/sync?job=${job}` : `/api/kafka-clusters/sync?job=${job}`
      const response = await fetch(path, { method: 'POST', credentials: 'include' })
      setMessage(describeSyncResponse(job, (await response.json()) as SyncNowResponse))
      router.refresh()
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="sync-now">
      <p style={{ margin: '0 0 calc(var(--base) / 4)', fontWeight: 600 }}>{id ? 'Sync this cluster now' : 'Sync every cluster now'}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
        {SYNC_JOBS.map((job) => (
          <Button key={job} buttonStyle="secondary" disabled={busy !== null} onClick={() => void sync(job)} size="small" margin={false}>
            {busy === job ? 'Syncing…' : SYNC_JOB_LABELS[job]}
          </Button>
        ))}
      </div>
      {message && (
        <pre role="status" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }} data-testid="sync-now-result">
          {message}
        </pre>
      )}
    </div>
  )
}
