'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { type ChannelTestAnswer, describeTestAnswer } from '@/features/alerting/lib/channels/test-answer'

/** "Send a test" on the channels page: one test notification through the channel now (POST /api/alerting/channels/:id/test), its outcome beside the button. */
export function SendChannelTest({ channelId }: { channelId: number }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function send() {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/alerting/channels/${channelId}/test`, { method: 'POST', credentials: 'include' })
      const answer = (await response.json()) as ChannelTestAnswer
      setMessage({ ok: answer.ok, text: describeTestAnswer(answer) })
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="grid gap-1">
      <Button size="sm" variant="outline" type="button" disabled={busy} onClick={() => void send()}>
        {busy ? 'Sending…' : 'Send a test'}
      </Button>
      {message ? (
        <p role="status" className={`max-w-56 text-xs break-words ${message.ok ? 'text-emerald-700' : 'text-red-700'}`} data-testid="channel-test-outcome">
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
