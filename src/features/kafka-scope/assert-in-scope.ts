import { notFound } from 'next/navigation'

import { isInScope } from '@/features/kafka-scope/scope-links'
import type { KafkaScope, ScopedObject } from '@/features/kafka-scope/types'

/** A detail object outside the scope (e.g. workspace B's schema under /workspaces/a/...) is a 404. */
export function assertInScope(scope: KafkaScope, object: ScopedObject): void {
  if (!isInScope(scope, object)) notFound()
}
