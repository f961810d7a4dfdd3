/**
 * Prometheus text exposition format (version 0.0.4): pure rendering of metric families.
 * Label values are escaped as the format requires (backslash, double quote, newline), so group,
 * topic and host names supplied by Kafka can never break a line or forge a series.
 */
export type Labels = Record<string, string | number>
export type Sample = { labels: Labels; value: number }
export type MetricFamily = { name: string; help: string; type: 'gauge' | 'counter'; samples: Sample[] }

export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels)
  if (entries.length === 0) return ''
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(String(value))}"`).join(',')}}`
}

/** Families with no samples are left out (a HELP line without samples is noise to Prometheus). */
export function renderExposition(families: readonly MetricFamily[]): string {
  const lines: string[] = []
  for (const family of families) {
    if (family.samples.length === 0) continue
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`)
    for (const sample of family.samples) lines.push(`${family.name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`)
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
