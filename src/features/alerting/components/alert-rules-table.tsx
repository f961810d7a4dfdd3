import Link from 'next/link'

import { AlertCell, AlertRow, AlertTable } from '@/features/alerting/components/alert-table'

import { StatusBadge } from '@/components/badge'
import { Button } from '@/components/ui/button'
import type { AlertActions } from '@/features/alerting/components/alert-actions'
import { describeCondition, TARGET_KIND_LABELS } from '@/features/alerting/display'
import { paths } from '@/lib/paths'
import type { AlertRule } from '@/payload-types'

/** The workspace's rules: condition, target, timing; managers edit, enable or disable, test and delete them. */
export function AlertRulesTable({ slug, rules, canManage, actions }: { slug: string; rules: AlertRule[]; canManage: boolean; actions: AlertActions }) {
  if (rules.length === 0) return <p className="text-sm text-muted-foreground">No rules yet.</p>
  const hidden = (id: number) => (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={id} />
    </>
  )
  return (
    <AlertTable testId="alert-rules" headers={['Rule', 'Condition', 'Target', 'For / repeat', 'State', ...(canManage ? ['Actions'] : [])]}>
      {rules.map((rule) => (
        <AlertRow key={rule.id}>
          <AlertCell className="font-medium">
            {canManage ? (
              <Link href={paths.workspaceAlertRule(slug, rule.id)} className="underline-offset-4 hover:underline">
                {rule.name}
              </Link>
            ) : (
              rule.name
            )}
          </AlertCell>
          <AlertCell label="Condition" wide>
            {describeCondition(rule)}
          </AlertCell>
          <AlertCell label="Target">
            {TARGET_KIND_LABELS[rule.targetKind]}
            {rule.pattern ? <span className="font-mono text-xs"> {rule.pattern}</span> : null}
          </AlertCell>
          <AlertCell label="For / repeat" className="whitespace-nowrap">
            {rule.forEvaluations}× / {rule.repeatIntervalMinutes} min
          </AlertCell>
          <AlertCell label="State">
            <StatusBadge tone={rule.enabled === false ? 'muted' : 'info'} label={rule.enabled === false ? 'disabled' : 'enabled'} />
          </AlertCell>
          {canManage ? (
            <AlertCell label="Actions" wide>
              <div className="flex flex-wrap gap-1">
                <form action={actions.toggleRule}>
                  {hidden(rule.id)}
                  <input type="hidden" name="enabled" value={rule.enabled === false ? 'true' : 'false'} />
                  <Button size="sm" variant="outline" type="submit">
                    {rule.enabled === false ? 'Enable' : 'Disable'}
                  </Button>
                </form>
                <form action={actions.testRule}>
                  {hidden(rule.id)}
                  <Button size="sm" variant="outline" type="submit">
                    Send a test
                  </Button>
                </form>
                <form action={actions.deleteRule}>
                  {hidden(rule.id)}
                  <Button size="sm" variant="ghost" type="submit">
                    Delete
                  </Button>
                </form>
              </div>
            </AlertCell>
          ) : null}
        </AlertRow>
      ))}
    </AlertTable>
  )
}
