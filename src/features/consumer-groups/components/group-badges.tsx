import { StatusBadge, type BadgeTone } from '@/components/badge'
import { healthDisplay, stateDisplay, trendDisplay, type Tone } from '@/features/consumer-groups/display'
import type { LagTrend } from '@/features/consumer-groups/lib'
import { cn } from '@/lib/utils'

const BADGE_TONE: Record<Tone, BadgeTone> = { ok: 'success', warn: 'warning', err: 'danger', muted: 'muted' }

export function toBadgeTone(tone: Tone): BadgeTone {
  return BADGE_TONE[tone]
}

/** Health verdict of a group or partition; the rule and its numbers on hover. */
export function HealthBadge({ status, rule, reason }: { status: string | null | undefined; rule?: string | null; reason?: string | null }) {
  const { label, tone } = healthDisplay(status)
  return (
    <StatusBadge
      tone={BADGE_TONE[tone]}
      label={label}
      title={reason ? `${rule ? `${rule}: ` : ''}${reason}` : undefined}
      data-testid="health-badge"
      data-health={status ?? 'unknown'}
      data-rule={rule ?? undefined}
    />
  )
}

/** Kafka's group state (Stable, Empty, rebalancing, Dead). */
export function StateBadge({ state }: { state: string | null | undefined }) {
  const { label, tone } = stateDisplay(state)
  return <StatusBadge tone={BADGE_TONE[tone]} label={label} data-testid="state-badge" />
}

const TREND_CLASS: Record<Tone, string> = {
  ok: 'text-emerald-600 dark:text-emerald-400',
  warn: 'text-amber-600 dark:text-amber-400',
  err: 'text-red-600 dark:text-red-400',
  muted: 'text-muted-foreground',
}

/** The lag direction over the last hour as an arrow, with its meaning for screen readers and on hover. */
export function TrendArrow({ trend }: { trend: LagTrend | null | undefined }) {
  const { arrow, label, tone } = trendDisplay(trend)
  return (
    <span title={label} data-testid="trend" data-trend={trend ?? 'unknown'} className={cn('text-base leading-none', TREND_CLASS[tone])}>
      <span aria-hidden>{arrow}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
