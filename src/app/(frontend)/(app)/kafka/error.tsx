'use client'

import { RouteError } from '@/components/route-error'

export default function OverviewError(props: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return <RouteError {...props} title="The overview could not be loaded" />
}
