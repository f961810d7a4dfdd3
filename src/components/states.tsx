'use client'

import { AlertTriangle, Inbox } from 'lucide-react'
import * as React from 'react'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'

/** Nothing to show: says why and, when useful, what to do (e.g. a reset-filters link). */
export function EmptyState({
  title,
  description,
  action,
  className,
  testId = 'empty-state',
}: {
  title: string
  description?: React.ReactNode
  action?: React.ReactNode
  className?: string
  testId?: string
}) {
  return (
    <div data-testid={testId} className={cn('flex flex-col items-center gap-2 rounded-xl border border-dashed p-10 text-center', className)}>
      <Inbox aria-hidden className="size-8 text-muted-foreground" />
      <p className="font-medium">{title}</p>
      {description ? <div className="max-w-md text-sm text-muted-foreground">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  )
}

/** A failed load, with a retry (error.tsx passes Next's reset). Shows the digest, never a stack. */
export function ErrorState({ title = 'Something went wrong', error, onRetry }: { title?: string; error?: Error & { digest?: string }; onRetry?: () => void }) {
  return (
    <div role="alert" data-testid="error-state" className="flex flex-col items-center gap-2 rounded-xl border border-red-600/40 p-10 text-center">
      <AlertTriangle aria-hidden className="size-8 text-destructive" />
      <p className="font-medium">{title}</p>
      <p className="max-w-md text-sm text-muted-foreground">
        The page could not be loaded. Try again; if it keeps failing, the server log has the details
        {error?.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      {onRetry ? (
        <Button type="button" variant="outline" size="sm" className="mt-2" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  )
}
