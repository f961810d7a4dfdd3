'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { type ChannelTestAnswer, describeTestAnswer } from '@/features/alerting/lib/channels/test-answer'

/** "Send a test" on a saved channel's page: sends a test notification now and shows the outcome (POST /api/alerting/channels/:id/test). */
export function SendTestButton() {
  const { id } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null

  async function send() {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/alerting/channels/${id}/test`, { method: 'POST', credentials: 'include' })
      setMessage(describeTestAnswer((await response.json()) as ChannelTestAnswer))
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void send()} size="small">
        {busy ? 'Sending…' : 'Send a test'}
      </Button>
      {message && (
        <p role="status" style={{ fontSize: 12 }}>
          {message}
        </p>
      )}
    </div>
  )
}
