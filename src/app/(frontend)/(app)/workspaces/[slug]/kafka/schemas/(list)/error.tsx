'use client'

import { RouteError } from '@/components/route-error'

export default function SchemaListError(props: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return <RouteError {...props} title="The schemas could not be loaded" />
}
