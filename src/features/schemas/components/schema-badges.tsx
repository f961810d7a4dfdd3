import { Badge, StatusBadge, type BadgeTone } from '@/components/badge'
import type { KafkaSchema } from '@/payload-types'

import { FORMAT_LABELS } from '@/features/schemas/view/schema-rows'

const STATUS: Record<KafkaSchema['status'], { tone: BadgeTone; label: string }> = {
  registered: { tone: 'success', label: 'Registered' },
  failed: { tone: 'danger', label: 'Failed' },
  stale: { tone: 'warning', label: 'Stale' },
}

export function SchemaStatusBadge({ status, softDeleted, title }: { status: KafkaSchema['status']; softDeleted?: boolean; title?: string }) {
  if (softDeleted) return <StatusBadge tone="muted" label="Deleted" title={title} />
  const { tone, label } = STATUS[status]
  return <StatusBadge tone={tone} label={label} title={title} data-testid="schema-status" />
}

export function SchemaFormatBadge({ format }: { format: KafkaSchema['format'] }) {
  return (
    <Badge tone="outline" data-testid="schema-format">
      {FORMAT_LABELS[format]}
    </Badge>
  )
}

/**
 * A version's verdict against its predecessor(s) at the subject's level: Compatible, Breaking,
 * "Not checked" under NONE, "Not evaluated" when the sync could not judge it.
 */
export function SchemaVerdictBadge({ compatible, level, title }: { compatible: boolean | null | undefined; level?: string | null; title?: string }) {
  const at = level ? ` (${level})` : ''
  if (compatible === null || compatible === undefined) return <StatusBadge tone="muted" label="Not evaluated" title={title} data-testid="schema-verdict" />
  if (level === 'NONE') return <StatusBadge tone="muted" label="Not checked (NONE)" title={title} data-testid="schema-verdict" data-verdict="none" />
  return compatible ? (
    <StatusBadge tone="success" label={`Compatible${at}`} title={title} data-testid="schema-verdict" data-verdict="compatible" />
  ) : (
    <StatusBadge tone="danger" label={`Breaking${at}`} title={title} data-testid="schema-verdict" data-verdict="breaking" />
  )
}
