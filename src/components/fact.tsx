import type * as React from 'react'

/** One labelled number or word of a detail page's fact strip (a `<dl>` grid). */
export function Fact({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-medium break-words tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  )
}
