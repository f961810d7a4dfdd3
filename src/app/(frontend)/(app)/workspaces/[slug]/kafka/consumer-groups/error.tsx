'use client'

import { ErrorState } from '@/components/states'

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="Consumer groups could not be loaded" error={error} onRetry={reset} />
}
