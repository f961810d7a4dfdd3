'use client'

import * as React from 'react'

import { Badge } from '@/components/badge'
import { Button } from '@/components/ui/button'
import type { CandidateResult } from '@/features/schemas/candidate-check'

type Outcome = { kind: 'result'; result: CandidateResult } | { kind: 'error'; message: string } | null

/**
 * "Check a candidate": a pasted or uploaded schema posted to POST /api/schemas/check, the verdict
 * at the subject's level and the changes against the latest version. Nothing is registered.
 * Everything shown is text (React escapes it).
 */
export function CandidateCheckPanel({ subjectId }: { subjectId: number }) {
  const [schema, setSchema] = React.useState('')
  const [pending, setPending] = React.useState(false)
  const [outcome, setOutcome] = React.useState<Outcome>(null)

  const upload = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) setSchema(await file.text())
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setPending(true)
    try {
      const response = await fetch('/api/schemas/check', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subjectId, schema }),
      })
      const body = (await response.json()) as CandidateResult | { error?: string }
      setOutcome(
        response.ok
          ? { kind: 'result', result: body as CandidateResult }
          : { kind: 'error', message: (body as { error?: string }).error ?? `HTTP ${response.status}` },
      )
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    } finally {
      setPending(false)
    }
  }

  return (
    <section aria-labelledby="candidate-heading" className="grid gap-3 rounded-xl border bg-card p-4" data-testid="candidate-check">
      <h2 id="candidate-heading" className="font-semibold">
        Check a candidate
      </h2>
      <p className="text-sm text-muted-foreground">
        Paste or upload a schema to see its changes and verdict against the latest version. Nothing is registered.
      </p>
      <form className="grid gap-3" onSubmit={(event) => void submit(event)}>
        <label className="grid gap-1 text-sm">
          <span className="sr-only">Candidate schema</span>
          <textarea
            value={schema}
            onChange={(event) => setSchema(event.target.value)}
            rows={8}
            spellCheck={false}
            placeholder="Candidate schema"
            className="min-h-32 w-full rounded-md border bg-background p-2 font-mono text-xs"
            data-testid="candidate-schema"
          />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <label className="text-sm">
            <span className="mr-2 text-muted-foreground">or upload a file</span>
            <input type="file" accept=".avsc,.json,.proto,.txt" onChange={(event) => void upload(event)} className="max-w-full text-sm" />
          </label>
          <Button type="submit" size="sm" disabled={pending || schema.trim() === ''} className="ml-auto" data-testid="candidate-submit">
            {pending ? 'Checking…' : 'Check'}
          </Button>
        </div>
      </form>
      <div aria-live="polite">{outcome ? <CandidateOutcome outcome={outcome} /> : null}</div>
    </section>
  )
}

function CandidateOutcome({ outcome }: { outcome: NonNullable<Outcome> }) {
  if (outcome.kind === 'error') {
    return (
      <p role="alert" className="rounded-md border border-red-600/40 p-2 text-sm break-words" data-testid="candidate-error">
        {outcome.message}
      </p>
    )
  }
  const { result } = outcome
  const against = result.latestVersion === null ? 'no synced version yet' : `against v${result.latestVersion}`
  return (
    <div className="grid gap-2 text-sm" data-testid="candidate-result">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={result.compatible ? 'success' : 'danger'}>{result.compatible ? 'Compatible' : 'Incompatible'}</Badge>
        <span>
          at {result.level}, {against}
        </span>
      </p>
      {result.reasons.length ? (
        <ul className="list-disc pl-5 break-words" data-testid="candidate-reasons">
          {result.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {result.changes.length ? (
        <ul className="grid gap-1 break-words" data-testid="candidate-changes">
          {result.changes.map((change, i) => (
            <li key={i} className="font-mono text-xs">
              {change.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted-foreground">No field-level changes.</p>
      )}
    </div>
  )
}
