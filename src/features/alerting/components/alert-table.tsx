import type * as React from 'react'

/** The alerts pages' plain tables: a bordered, scrollable table with a muted header row. */
export function AlertTable({ testId, headers, children }: { testId: string; headers: readonly string[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            {headers.map((h) => (
              <th key={h} className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/** A notice or an error of the last action (text from the URL, rendered escaped). */
export function ActionMessage({ tone, text }: { tone: 'notice' | 'error'; text?: string }) {
  if (!text) return null
  const colours = tone === 'error' ? 'border-red-600/30 bg-red-500/10' : 'border-sky-600/30 bg-sky-500/10'
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${colours}`}>
      {text}
    </p>
  )
}
