'use client'

import { Check, Copy } from 'lucide-react'
import { useState } from 'react'

import { shortenId } from '@/lib/format'

/**
 * A long id shown short, with the full id on hover, for screen readers and for find-in-page (a
 * visually hidden copy), and a copy button that puts the full id on the clipboard.
 */
export function ShortId({ id, label, testId }: { id: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  const short = shortenId(id)

  async function copy() {
    try {
      await navigator.clipboard.writeText(id)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <span className="inline-flex max-w-full items-center gap-1 font-mono text-xs" data-testid={testId} data-full-id={id}>
      {short === id ? (
        <span className="break-all">{id}</span>
      ) : (
        <>
          <span title={id} aria-hidden="true" className="whitespace-nowrap" data-testid="short-id">
            {short}
          </span>
          <span className="sr-only">{id}</span>
        </>
      )}
      <button
        type="button"
        onClick={() => void copy()}
        onBlur={() => setCopied(null)}
        aria-label={`Copy ${label}`}
        title={`Copy ${label}`}
        data-testid="copy-id"
        className="inline-flex size-6 shrink-0 items-center justify-center rounded-sm text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {copied === 'copied' ? <Check aria-hidden className="size-3.5" /> : <Copy aria-hidden className="size-3.5" />}
      </button>
      <span role="status" className="sr-only">
        {copied === 'copied' ? `${label} copied` : copied === 'failed' ? `Could not copy the ${label}` : ''}
      </span>
    </span>
  )
}
