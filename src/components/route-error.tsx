'use client'

import { ErrorState } from '@/components/states'

/**
 * The body of every error.tsx: the failure and a retry that re-renders the segment on the server
 * (Next's `retry` refreshes the route; `reset` alone would only re-render the client).
 */
export function RouteError({ error, reset, retry, title }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void; title?: string }) {
  return <ErrorState title={title} error={error} onRetry={retry ?? reset} />
}
