import Link from 'next/link'

import { relationId } from '@/features/kafka-scope'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { ActionMessage } from '@/features/alerting/components/alert-table'
import type { FormAction } from '@/features/alerting/components/alert-actions'
import { Field } from '@/features/alerting/components/form-field'
import { CONDITION_LABELS, TARGET_KIND_LABELS } from '@/features/alerting/display'
import { ALERT_SEVERITIES, HEALTH_LEVELS, THRESHOLD_UNITS } from '@/features/alerting/lib/types'
import { WORKSPACE_TARGET_KINDS } from '@/features/alerting/rule-form'
import { VERDICT_RULES } from '@/features/consumer-groups/lib/types'
import { paths } from '@/lib/paths'
import type { AlertRule } from '@/payload-types'

/** The workspace rule conditions (the cluster's sync is a platform admin's cluster-wide rule). */
const CONDITIONS = (Object.keys(CONDITION_LABELS) as AlertRule['condition'][]).filter((c) => c !== 'cluster-sync-failing')

const selectClass = 'h-9 w-full rounded-md border bg-background px-2 text-sm'

/**
 * Create or edit a rule. A plain form posted to a server action, so it works before (or without)
 * JavaScript; fields a condition or target does not use are ignored server-side.
 */
export function RuleForm({
  slug,
  action,
  rule,
  groupId,
  virtualClusters,
  error,
}: {
  slug: string
  action: FormAction
  rule?: AlertRule
  groupId?: string | null
  virtualClusters: { id: number; label: string }[]
  error?: string
}) {
  const units = Object.entries(THRESHOLD_UNITS)
    .map(([c, unit]) => `${CONDITION_LABELS[c as AlertRule['condition']]}: ${unit}`)
    .join('; ')
  return (
    <form action={action} className="grid max-w-2xl gap-4" data-testid="rule-form">
      <input type="hidden" name="slug" value={slug} />
      {rule ? <input type="hidden" name="id" value={rule.id} /> : null}
      <ActionMessage tone="error" text={error} />
      <Field label="Name" htmlFor="name">
        <Input id="name" name="name" required maxLength={200} defaultValue={rule?.name ?? ''} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Condition" htmlFor="condition">
          <select id="condition" name="condition" className={selectClass} defaultValue={rule?.condition ?? 'group-lag'}>
            {CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {CONDITION_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Threshold" htmlFor="threshold" hint={units}>
          <Input id="threshold" name="threshold" type="number" min={0} step="any" defaultValue={rule?.threshold ?? ''} />
        </Field>
        <Field label="Health at" htmlFor="healthLevel" hint="Group health only">
          <select id="healthLevel" name="healthLevel" className={selectClass} defaultValue={rule?.healthLevel ?? 'warn'}>
            {HEALTH_LEVELS.map((h) => (
              <option key={h} value={h}>
                {h === 'warn' ? 'Warning or Error' : 'Error'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Verdict rule" htmlFor="verdictRule" hint="Group health only; empty = any">
          <select id="verdictRule" name="verdictRule" className={selectClass} defaultValue={rule?.verdictRule ?? ''}>
            <option value="">any</option>
            {VERDICT_RULES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Target" htmlFor="targetKind">
          <select id="targetKind" name="targetKind" className={selectClass} defaultValue={rule?.targetKind ?? 'workspace'}>
            {WORKSPACE_TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {TARGET_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Virtual cluster" htmlFor="virtualCluster" hint="Target: virtual cluster">
          <select id="virtualCluster" name="virtualCluster" className={selectClass} defaultValue={String(relationId(rule?.virtualCluster) ?? '')}>
            <option value="">—</option>
            {virtualClusters.map((vc) => (
              <option key={vc.id} value={vc.id}>
                {vc.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Consumer group" htmlFor="groupId" hint="Target: consumer group (its id in Kafka)">
          <Input id="groupId" name="groupId" maxLength={500} defaultValue={groupId ?? ''} />
        </Field>
        <Field label="Name pattern" htmlFor="pattern" hint="Target: name pattern, e.g. billing-* (* and ?)">
          <Input id="pattern" name="pattern" maxLength={500} defaultValue={rule?.pattern ?? ''} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="For (evaluations)" htmlFor="forEvaluations">
          <Input id="forEvaluations" name="forEvaluations" type="number" min={1} defaultValue={rule?.forEvaluations ?? 1} />
        </Field>
        <Field label="Repeat (minutes)" htmlFor="repeatIntervalMinutes">
          <Input id="repeatIntervalMinutes" name="repeatIntervalMinutes" type="number" min={1} defaultValue={rule?.repeatIntervalMinutes ?? 240} />
        </Field>
        <Field label="Severity" htmlFor="severity">
          <select id="severity" name="severity" className={selectClass} defaultValue={rule?.severity ?? 'warning'}>
            {ALERT_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={rule?.enabled !== false} /> Enabled
      </label>
      <div className="flex gap-2">
        <Button type="submit">{rule ? 'Save' : 'Create rule'}</Button>
        <Button asChild variant="ghost">
          <Link href={paths.workspaceAlerts(slug)}>Cancel</Link>
        </Button>
      </div>
    </form>
  )
}
