/**
 * A workspace's alert rules as Prometheus alerting rules over the metrics Orbit exports
 * (features/metrics/lag-families.ts: kafka-lag-exporter's names plus orbit_*), for teams that
 * alert from their own Prometheus. Pure: the rule shape below is what the endpoint resolves a
 * stored rule into (targets as clusters and group matchers, `for` in seconds).
 *
 * Schema conditions (an incompatible version, a deleted subject) have no metric: they are listed
 * as skipped, with the reason, and stay with Orbit's own evaluation.
 */

export type GroupPrefixOnCluster = { clusterName: string; groupPrefix: string }

/** Which groups a rule is about, resolved to what the metrics' labels carry (cluster_name, group). */
export type PrometheusRuleTarget =
  | { kind: 'group'; clusterName: string; groupId: string }
  /** A glob over group ids; `within`: only among these group prefixes (one selector per cluster). */
  | { kind: 'group-pattern'; clusterName?: string; pattern: string; within?: readonly GroupPrefixOnCluster[] }
  /** A virtual cluster, or a whole workspace: one group prefix per (physical) cluster. */
  | { kind: 'group-prefixes'; prefixes: readonly GroupPrefixOnCluster[] }
  | { kind: 'cluster'; clusterName: string }

export type PrometheusRuleCondition =
  /** The health verdict at `atLeast` or worse, optionally decided by one verdict rule (e.g. falling-behind). */
  | { kind: 'health'; atLeast: 'warning' | 'error'; rule?: string }
  /** The group's total lag (sum over its partitions) above `messages`. */
  | { kind: 'lag-above'; messages: number }
  /** The group's worst partition time lag above `seconds`. */
  | { kind: 'time-lag-above'; seconds: number }
  /** Lag above 0 and no committed offset moved for `minutes`. */
  | { kind: 'stalled'; minutes: number }
  | { kind: 'group-empty' }
  | { kind: 'schema-incompatible' }
  | { kind: 'subject-deleted' }
  /** A sync job of the cluster failing (its last run failed) for `minutes`. */
  | { kind: 'sync-failing'; minutes: number; job?: string }

export type PrometheusRuleInput = {
  id: number
  name: string
  severity: 'warning' | 'error'
  target: PrometheusRuleTarget
  condition: PrometheusRuleCondition
  /** How long the condition holds before the alert fires (Orbit's "for N evaluations" × the check interval). */
  forSeconds: number
}

export type PrometheusAlertingRule = {
  alert: string
  expr: string
  for: string
  labels: Record<string, string>
  annotations: Record<string, string>
}

export type PrometheusRuleFile = {
  groups: { name: string; rules: PrometheusAlertingRule[] }[]
  skipped: { id: number; name: string; reason: string }[]
}

/** A PromQL string literal (Go-style escapes, which JSON's are a subset of). */
const quote = (value: string) => JSON.stringify(value)

const REGEX_META = /[\\^$.|?*+()[\]{}]/g

/** A literal as RE2. */
export function escapeRegex(literal: string): string {
  return literal.replace(REGEX_META, '\\$&')
}

/** RE2 (fully anchored by PromQL) for a glob: `*` any run, `?` one character, everything else literal. */
export function globToRegex(glob: string): string {
  return [...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegex(c))).join('')
}

/** Per cluster, `cluster_name` and a `group` matcher for any of its prefixes. */
function prefixSelectors(prefixes: readonly GroupPrefixOnCluster[]): string[] {
  const byCluster = new Map<string, string[]>()
  for (const { clusterName, groupPrefix } of prefixes) byCluster.set(clusterName, [...(byCluster.get(clusterName) ?? []), `${escapeRegex(groupPrefix)}.*`])
  return [...byCluster].map(([cluster, patterns]) => `cluster_name=${quote(cluster)},group=~${quote(patterns.join('|'))}`)
}

/** One label selector per cluster the target spans; none for a workspace without virtual clusters. */
function selectors(target: PrometheusRuleTarget): string[] {
  switch (target.kind) {
    case 'group':
      return [`cluster_name=${quote(target.clusterName)},group=${quote(target.groupId)}`]
    case 'group-pattern': {
      const glob = `group=~${quote(globToRegex(target.pattern))}`
      // Two matchers on one label both apply: the pattern, and the workspace's prefixes.
      if (target.within) return prefixSelectors(target.within).map((sel) => `${sel},${glob}`)
      return [[...(target.clusterName ? [`cluster_name=${quote(target.clusterName)}`] : []), glob].join(',')]
    }
    case 'group-prefixes':
      return prefixSelectors(target.prefixes)
    case 'cluster':
      return [`cluster_name=${quote(target.clusterName)}`]
  }
}

const HEALTH_STATUSES = { warning: 'warn|err', error: 'err' } as const

/** The expression for one selector, or the reason there is none. */
function expression(condition: PrometheusRuleCondition, sel: string): string | { reason: string } {
  switch (condition.kind) {
    case 'health': {
      const rule = condition.rule ? `,rule=${quote(condition.rule)}` : ''
      return `orbit_consumergroup_health{${sel},status=~${quote(HEALTH_STATUSES[condition.atLeast])}${rule}} == 1`
    }
    case 'lag-above':
      return `kafka_consumergroup_group_sum_lag{${sel}} > ${condition.messages}`
    case 'time-lag-above':
      return `kafka_consumergroup_group_max_lag_seconds{${sel}} > ${condition.seconds}`
    case 'stalled':
      return `kafka_consumergroup_group_sum_lag{${sel}} > 0 and on (cluster_name, group) max by (cluster_name, group) (changes(kafka_consumergroup_group_offset{${sel}}[${condition.minutes}m])) == 0`
    case 'group-empty':
      return `orbit_consumergroup_members{${sel}} == 0`
    case 'sync-failing': {
      const job = condition.job ? `,job=${quote(condition.job)}` : ''
      return `orbit_sync_last_run_failed{${sel}${job}} == 1`
    }
    case 'schema-incompatible':
    case 'subject-deleted':
      return { reason: 'schema conditions have no exported metric; Orbit evaluates them itself' }
  }
}

/** An alert name Prometheus accepts (a metric name): words of the rule's name joined in CamelCase. */
export function alertName(name: string): string {
  const camel = name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
  return /^[a-zA-Z_]/.test(camel) ? camel : `Orbit${camel}`
}

/** Prometheus durations: whole seconds, minutes or hours. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s % 3600 === 0 && s > 0) return `${s / 3600}h`
  if (s % 60 === 0 && s > 0) return `${s / 60}m`
  return `${s}s`
}

/** Where the alert's subject is in the summary: the group, or the cluster for a cluster rule. */
const SUBJECT = { group: '{{ $labels.group }} on {{ $labels.cluster_name }}', cluster: '{{ $labels.cluster_name }}' } as const

export function prometheusRules(workspaceSlug: string, rules: readonly PrometheusRuleInput[]): PrometheusRuleFile {
  const converted: PrometheusAlertingRule[] = []
  const skipped: PrometheusRuleFile['skipped'] = []
  for (const rule of rules) {
    const parts = selectors(rule.target).map((sel) => expression(rule.condition, sel))
    const reason = parts.find((p): p is { reason: string } => typeof p !== 'string')
    if (reason) {
      skipped.push({ id: rule.id, name: rule.name, reason: reason.reason })
      continue
    }
    if (parts.length === 0) {
      skipped.push({ id: rule.id, name: rule.name, reason: 'the target spans no cluster' })
      continue
    }
    const exprs = parts as string[]
    const subject = rule.target.kind === 'cluster' ? SUBJECT.cluster : SUBJECT.group
    converted.push({
      alert: alertName(rule.name),
      expr: exprs.length === 1 ? exprs[0]! : exprs.map((e) => `(${e})`).join(' or '),
      for: duration(rule.forSeconds),
      labels: { severity: rule.severity, workspace: workspaceSlug, orbit_rule_id: String(rule.id) },
      annotations: { summary: `${rule.name}: ${subject} (value {{ $value }})` },
    })
  }
  return { groups: [{ name: `orbit-${workspaceSlug}`, rules: converted }], skipped }
}

/** The rule file as YAML (every string double-quoted, so no value is ever read as YAML syntax). */
export function prometheusRulesYaml(file: PrometheusRuleFile): string {
  const q = (s: string) => JSON.stringify(s)
  const map = (indent: string, entries: Record<string, string>) => Object.entries(entries).map(([k, v]) => `${indent}${k}: ${q(v)}`)
  const lines = [
    '# Generated by Orbit from the workspace’s alert rules over Orbit’s /api/metrics.',
    ...file.skipped.map((s) => `# skipped rule ${s.id} (${s.name.replace(/[\r\n]/g, ' ')}): ${s.reason}`),
    'groups:',
  ]
  for (const group of file.groups) {
    lines.push(`  - name: ${q(group.name)}`, group.rules.length ? '    rules:' : '    rules: []')
    for (const rule of group.rules) {
      lines.push(`      - alert: ${q(rule.alert)}`, `        expr: ${q(rule.expr)}`, `        for: ${rule.for}`)
      lines.push('        labels:', ...map('          ', rule.labels), '        annotations:', ...map('          ', rule.annotations))
    }
  }
  return `${lines.join('\n')}\n`
}
