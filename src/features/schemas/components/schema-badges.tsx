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
