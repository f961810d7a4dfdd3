import Link from 'next/link'

import { Badge, StatusBadge, type BadgeTone } from '@/components/badge'
import type { ChangeCategory, CompatibilityVerdict } from '@/features/schemas/lib'
import { cn } from '@/lib/utils'

import { diffStats, splitDiff, type DiffLine } from '@/features/schemas/view/text-diff'

export type DiffChange = { kind: string; rule: string; category: ChangeCategory; path: string; text: string }

const CATEGORY_TONE: Record<ChangeCategory, BadgeTone> = { WIRE: 'danger', WIRE_JSON: 'warning', FILE: 'info', COSMETIC: 'muted' }

export type SchemaVersionDiffProps = {
  left: number
  right: number
  /** Every version number of the subject, for the two pickers (newest first). */
  versions: Array<{ version: number; label: string }>
  lines: DiffLine[]
  changes: DiffChange[]
  verdict: CompatibilityVerdict | null
  view: 'split' | 'unified'
  /** The page's path and the query values the compare form keeps (e.g. the shown version). */
  action: string
  keep: Record<string, string>
  splitHref: string
  unifiedHref: string
}

const LINE_TONE: Record<DiffLine['kind'], string> = {
  same: '',
  added: 'bg-emerald-500/15 text-emerald-900 dark:text-emerald-200',
  removed: 'bg-red-500/15 text-red-900 dark:text-red-200',
}
const MARK: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '-' }

function Cell({ line, side }: { line: DiffLine | null; side: 'left' | 'right' }) {
  if (!line) return <td colSpan={2} className="bg-muted/40" />
  const number = side === 'left' ? line.left : line.right
  return (
    <>
      <td className="w-10 pr-2 text-right align-top text-muted-foreground select-none">{number}</td>
      <td className={cn('align-top whitespace-pre-wrap break-all', LINE_TONE[line.kind])} data-kind={line.kind}>
        <span aria-hidden className="select-none">
          {MARK[line.kind]}{' '}
        </span>
        {line.text}
      </td>
    </>
  )
}

/**
 * Any two versions of a subject: pickers (a GET form, so the diff is a shareable URL), the verdict
 * of the right version against the left under the subject's compatibility level, the semantic
 * change list, and the text diff of the pretty-printed schemas side by side or unified.
 */
export function SchemaVersionDiff(props: SchemaVersionDiffProps) {
  const { left, right, versions, lines, changes, verdict, view } = props
  const stats = diffStats(lines)
  const picker = (name: 'left' | 'right', value: number, label: string) => (
    <label className="grid gap-1 text-xs text-muted-foreground">
      {label}
      <select
        name={name}
        defaultValue={String(value)}
        data-testid={`diff-${name}`}
        className="h-9 rounded-md border border-input bg-background px-2 text-sm text-foreground"
      >
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section aria-labelledby="diff-heading" className="grid gap-4 rounded-xl border bg-card p-4" data-testid="schema-diff">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="diff-heading" className="font-semibold">
          Compare versions
        </h2>
        <form method="get" action={props.action} className="flex flex-wrap items-end gap-2" data-testid="diff-form">
          {Object.entries(props.keep).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {picker('left', left, 'From')}
          <span className="pb-2 text-sm text-muted-foreground">compared to</span>
          {picker('right', right, 'To')}
          <button
            type="submit"
            className="h-9 rounded-md border bg-background px-3 text-sm font-medium hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            View diff
          </button>
        </form>
      </div>

      <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="diff-verdict">
        <span className="font-medium">
          v{left} → v{right}
        </span>
        {verdict ? (
          <StatusBadge tone={verdict.compatible ? 'success' : 'danger'} label={`${verdict.compatible ? 'Compatible' : 'Incompatible'} (${verdict.level})`} />
        ) : (
          <StatusBadge tone="muted" label="Compatibility not evaluated" />
        )}
        <span className="text-muted-foreground">
          +{stats.added} / −{stats.removed} lines
        </span>
      </div>
      {verdict && verdict.reasons.length > 0 ? (
        <ul className="list-disc pl-6 text-sm text-muted-foreground" data-testid="diff-reasons">
          {verdict.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : null}

      <div className="grid gap-2">
        <h3 className="text-sm font-medium">Field changes</h3>
        {changes.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="diff-no-changes">
            No field-level changes between these versions.
          </p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="diff-changes">
            {changes.map((change, i) => (
              <li key={i} data-kind={change.kind} data-path={change.path} data-rule={change.rule} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span
                  aria-hidden
                  className={cn(
                    'w-4 text-center font-mono',
                    change.kind === 'field-added' ? 'text-emerald-600' : change.kind === 'field-removed' ? 'text-red-600' : 'text-amber-600',
                  )}
                >
                  {change.kind === 'field-added' ? '+' : change.kind === 'field-removed' ? '−' : '~'}
                </span>
                <span className="min-w-0 break-words">{change.text}</span>
                <Badge tone={CATEGORY_TONE[change.category]} title={`Category ${change.category}`} data-testid="change-rule">
                  <code>{change.rule}</code>
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="grid gap-2">
        <div className="flex items-center gap-2 text-sm">
          <h3 className="font-medium">Text diff</h3>
          <nav aria-label="Diff layout" className="ml-auto flex gap-1">
            <Link
              href={props.splitHref}
              scroll={false}
              aria-current={view === 'split' ? 'true' : undefined}
              className={cn('rounded-md px-2 py-1', view === 'split' ? 'bg-accent font-medium' : 'text-muted-foreground hover:text-foreground')}
            >
              Side by side
            </Link>
            <Link
              href={props.unifiedHref}
              scroll={false}
              aria-current={view === 'unified' ? 'true' : undefined}
              className={cn('rounded-md px-2 py-1', view === 'unified' ? 'bg-accent font-medium' : 'text-muted-foreground hover:text-foreground')}
            >
              Unified
            </Link>
          </nav>
        </div>
        <div className="overflow-x-auto rounded-md border font-mono text-xs leading-5">
          {view === 'split' ? (
            <table className="w-full table-fixed" data-testid="diff-split">
              <caption className="sr-only">
                Version {left} on the left, version {right} on the right
              </caption>
              <colgroup>
                <col className="w-10" />
                <col />
                <col className="w-10" />
                <col />
              </colgroup>
              <tbody>
                {splitDiff(lines).map((row, i) => (
                  <tr key={i}>
                    <Cell line={row.left} side="left" />
                    <Cell line={row.right} side="right" />
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <table className="w-full" data-testid="diff-unified">
              <caption className="sr-only">
                Changes from version {left} to version {right}
              </caption>
              <tbody>
                {lines.map((line, i) => (
                  <tr key={i} className={LINE_TONE[line.kind]} data-kind={line.kind}>
                    <td className="w-10 pr-2 text-right text-muted-foreground select-none">{line.left ?? ''}</td>
                    <td className="w-10 pr-2 text-right text-muted-foreground select-none">{line.right ?? ''}</td>
                    <td className="whitespace-pre-wrap break-all">
                      <span aria-hidden className="select-none">
                        {MARK[line.kind]}{' '}
                      </span>
                      {line.text}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  )
}
