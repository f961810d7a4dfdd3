import { notFound } from 'next/navigation'

import { isInScope } from './scope-links'
import type { KafkaScope, ScopedObject } from './types'

/** A detail object outside the scope (e.g. workspace B's schema under /workspaces/a/...) is a 404. */
export function assertInScope(scope: KafkaScope, object: ScopedObject): void {
  if (!isInScope(scope, object)) notFound()
}
