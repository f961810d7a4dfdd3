'use client'

import { ErrorState } from '@/components/states'

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="Topics could not be loaded" error={error} onRetry={reset} />
}
