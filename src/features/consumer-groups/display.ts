/**
 * How consumer-group facts read on screen: durations, counts, health, state, trend and time-lag method. Pure and
 * free of React so tables, headers and tests share one wording; components map `tone` to colours.
 */
import { worstTimeLagMethod } from '@/features/consumer-groups/lib/partition-time-lag'
import { REBALANCING_STATES, type LagTrend, type TimeLagMethod } from '@/features/consumer-groups/lib/types'
import { formatAgo, formatDuration } from '@/lib/format'

export type Tone = 'ok' | 'warn' | 'err' | 'muted'

const MISSING = '—'

// Shared with the sync health and every page's relative times: defined once in @/lib/format.
export { formatAgo, formatDuration }

/** Offsets and lags with thousands separators; null (no commit, never measured) is "—", 0 is "0". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  return Math.round(value).toLocaleString('en-US')
}

const HEALTH: Record<string, { label: string; tone: Tone }> = {
  ok: { label: 'OK', tone: 'ok' },
  warn: { label: 'Warning', tone: 'warn' },
  err: { label: 'Error', tone: 'err' },
  // Burrow's partition statuses; each makes the group 'err'.
  stop: { label: 'Stopped', tone: 'err' },
  stall: { label: 'Stalled', tone: 'err' },
  rewind: { label: 'Rewind', tone: 'err' },
  // A partition whose window cannot tell STOP or STALL yet (lib/verdict.ts).
  warming: { label: 'Warming up', tone: 'muted' },
}

/**
 * The partition table's position column: a committed offset, or for a share group (which commits
 * none) the share-partition start offset, which the broker persists lazily and which its health therefore does not rest on.
 */
export function positionHeading(groupType: string | null | undefined): { label: string; title: string } {
  if (groupType === 'share') {
    return {
      label: 'Start offset',
      title: "Share-partition start offset (KIP-932): records below it are done. The broker persists it lazily, so health rests on the broker's lag instead",
    }
  }
  return { label: 'Committed', title: 'The committed offset: the next record the group reads' }
}

/** A partition's health key: Burrow's status, or 'warming' while its verdict says warming up. */
export function partitionHealth(p: { status: string | null; rule?: string | null }): string | null {
  return p.rule === 'warming_up' ? 'warming' : p.status
}

/** Group (ok/warn/err/unknown) or partition (ok/warn/stop/stall/rewind/warming) health for a badge. */
export function healthDisplay(status: string | null | undefined): { label: string; tone: Tone } {
  return (status && HEALTH[status]) || { label: 'Unknown', tone: 'muted' }
}

const REBALANCING = new Set<string>(REBALANCING_STATES)

/** Kafka's group state for a badge: Stable is fine, rebalancing is transient, Dead is gone. */
export function stateDisplay(state: string | null | undefined): { label: string; tone: Tone } {
  if (!state) return { label: 'Unknown', tone: 'muted' }
  if (state === 'Stable') return { label: state, tone: 'ok' }
  if (REBALANCING.has(state)) return { label: state, tone: 'warn' }
  if (state === 'Dead') return { label: state, tone: 'err' }
  return { label: state, tone: 'muted' }
}

const TRENDS: Record<LagTrend, { arrow: string; label: string; tone: Tone }> = {
  rising: { arrow: '↗', label: 'Lag rising', tone: 'err' },
  falling: { arrow: '↘', label: 'Lag falling', tone: 'ok' },
  flat: { arrow: '→', label: 'Lag steady', tone: 'muted' },
  unknown: { arrow: '·', label: 'Not enough history', tone: 'muted' },
}

/** The list's trend column: an arrow with an accessible label. */
export function trendDisplay(trend: LagTrend | null | undefined) {
  return TRENDS[trend ?? 'unknown'] ?? TRENDS.unknown
}

/** Time to clear: "caught up" at 0, a duration while catching up, "—" when the lag is not falling. */
export function formatTimeToClear(seconds: number | null | undefined): string {
  if (seconds === 0) return 'caught up'
  return formatDuration(seconds)
}

/** Flags of one partition row, in reading order. */
export function partitionFlags(p: { noCommit?: boolean | null; belowLogStart?: boolean | null }): { key: string; label: string; tone: Tone }[] {
  const flags: { key: string; label: string; tone: Tone }[] = []
  if (p.noCommit) flags.push({ key: 'no-commit', label: 'No commit', tone: 'muted' })
  if (p.belowLogStart) flags.push({ key: 'out-of-range', label: 'Below log start', tone: 'err' })
  return flags
}

const METHOD_DISPLAY: Record<TimeLagMethod, { label: string; title: string }> = {
  record: { label: 'from record', title: 'Exact: the poll time minus the timestamp of the first record not yet consumed' },
  interpolated: {
    label: 'interpolated',
    title: 'Estimated between the two polls whose log ends bracket the committed offset (the record was deleted or not read this check)',
  },
  extrapolated: {
    label: 'extrapolated',
    title: 'Estimated along the log-end trend: the committed offset predates the polls (the record was deleted or not read this check)',
  },
}

const CLOCK_AHEAD = "A record's timestamp is later than the poll (its producer's clock runs ahead): that time lag is shown as 0"

/** How a time lag was obtained, as small text and a tooltip; null when there is no method to tell (no value, or caught up). */
export function timeLagMethodDisplay(method: TimeLagMethod | null | undefined, clamped: boolean | null | undefined): { label: string; title: string } | null {
  if (clamped) return { label: 'clock ahead', title: CLOCK_AHEAD }
  return method ? METHOD_DISPLAY[method] : null
}

/** The group's time lag (its worst partition's): how that value was obtained, and whether any partition's producer clock ran ahead. */
export function groupTimeLagMethodDisplay(
  partitions: readonly { lagSeconds: number | null; lagSecondsMethod?: TimeLagMethod | null; lagSecondsClamped?: boolean }[],
): { label: string; title: string } | null {
  const { method, anyClamped } = worstTimeLagMethod(partitions)
  const shown = timeLagMethodDisplay(method, false)
  if (!anyClamped) return shown
  return shown ? { label: `${shown.label}; clock ahead`, title: `${shown.title}. On some partition: ${CLOCK_AHEAD}` } : timeLagMethodDisplay(null, true)
}
