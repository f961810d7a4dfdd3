'use client'

import { Check, Copy, Download } from 'lucide-react'
import * as React from 'react'

import { Button } from '@/components/ui/button'

/** Copies a schema version's text to the clipboard and says so (also to screen readers). */
export function CopySchemaButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = React.useState(false)
  const copy = async () => {
    await navigator.clipboard.writeText(text)
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <Button type="button" variant="outline" size="sm" onClick={() => void copy()} data-testid="copy-schema">
      {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
    </Button>
  )
}

/** Saves a schema version as a file (built in the browser; nothing is fetched). */
export function DownloadSchemaButton({ text, fileName, mimeType }: { text: string; fileName: string; mimeType: string }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <Button type="button" variant="outline" size="sm" onClick={download} data-testid="download-schema">
      <Download aria-hidden className="size-4" />
      Download
    </Button>
  )
}
