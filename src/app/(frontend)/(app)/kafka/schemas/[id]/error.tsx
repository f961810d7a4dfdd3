'use client'

import { RouteError } from '@/components/route-error'

export default function SchemaError(props: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return <RouteError {...props} title="The schema could not be loaded" />
}
