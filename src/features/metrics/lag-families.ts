import { SYNC_JOBS, type SyncJob } from '@/features/sync-health/lib/jobs'
import {
  GROUP_LAG_STATUSES,
  parseStoredList,
  type PartitionDetail,
  partitionDetailSchema,
  partitionKey,
  type PartitionKey,
} from '@/features/consumer-groups/lib'

import { addRenderedSample, addSample, escapeLabelValue, type Labels, type MetricFamily, metricFamily, renderLabels } from '@/features/metrics/exposition'

/** What the metrics read of a group (one row of kafka-consumer-groups). */
export type GroupForMetrics = {
  groupId: string
  clusterName: string
  protocolType?: string | null
  memberCount?: number | null
  totalLag?: number | null
  maxPartitionLag?: number | null
  lagSeconds?: number | null
  lagStatus?: string | null
  /** The verdict's rule (lib/verdict.ts); the health series' `rule` label when set. */
  lagRule?: string | null
  /** As stored: parsed here through the domain's schema, once per group (when `partitions` is absent). */
  partitionDetail?: unknown
  /** The partitions already parsed (the lag check's own, just evaluated): used as they are. */
  partitions?: readonly PartitionDetail[]
}

type JobHealth = { lastSuccessAt?: string | null; lastOutcome?: string | null; lastDurationMs?: number | null }
export type ClusterForMetrics = { name: string; syncHealth?: Partial<Record<SyncJob, JobHealth | null>> | null }

const HEALTH_STATUSES = GROUP_LAG_STATUSES

/**
 * The per-group families in exposition order: name and help, the one place a scrape's HELP lines
 * come from (lagMetrics renders with them, the endpoint writes the headers of stored lines).
 */
export const GROUP_FAMILIES = {
  offset: { name: 'kafka_consumergroup_group_offset', help: 'The last committed offset of the group for this partition.' },
  lag: { name: 'kafka_consumergroup_group_lag', help: 'Log-end offset minus the committed offset for this partition.' },
  lagSeconds: { name: 'kafka_consumergroup_group_lag_seconds', help: 'Estimated time lag of this partition, in seconds.' },
  maxLag: { name: 'kafka_consumergroup_group_max_lag', help: 'The highest partition lag in offsets of the group.' },
  maxLagSeconds: { name: 'kafka_consumergroup_group_max_lag_seconds', help: 'The highest partition time lag of the group, in seconds.' },
  sumLag: { name: 'kafka_consumergroup_group_sum_lag', help: 'The sum of the lag of every partition of the group.' },
  topicSumLag: { name: 'kafka_consumergroup_group_topic_sum_lag', help: 'The sum of the lag of every partition of this topic for the group.' },
  latest: { name: 'kafka_partition_latest_offset', help: 'The log-end offset of the partition.' },
  earliest: { name: 'kafka_partition_earliest_offset', help: 'The log-start offset of the partition.' },
  health: {
    name: 'orbit_consumergroup_health',
    help: 'Health verdict of the group (Burrow plus falling behind, warm-up, stability): 1 for its current status, 0 for the others; rule = the rule that decided.',
  },
  members: { name: 'orbit_consumergroup_members', help: 'Members of the group.' },
} as const satisfies Record<string, { name: string; help: string }>

/** Families whose series are per partition, not per group: shared by every group (and workspace) reading the partition. */
export const PARTITION_FAMILY_NAMES: ReadonlySet<string> = new Set([GROUP_FAMILIES.latest.name, GROUP_FAMILIES.earliest.name])

/** Every group family is a gauge. */
export const GROUP_FAMILY_TYPE = 'gauge' satisfies MetricFamily['type']

export type LagMetrics = ReturnType<typeof lagMetrics>

/**
 * Metric families with kafka-lag-exporter's names and labels (so its Grafana dashboards work
 * unchanged), Orbit's health per group, and sync health per cluster and job. A partition whose
 * group never committed has no offset, lag or lag-seconds sample (kafka-lag-exporter reports only
 * committed partitions); a real lag of 0 is reported as 0. Groups are added slice by slice (the lag
 * check renders each slice of a cycle and stores its lines, `take`), so no one holds every group's
 * partition detail at once; a stored partition that does not parse has no samples.
 */
export function lagMetrics() {
  const family = (key: keyof typeof GROUP_FAMILIES) => metricFamily(GROUP_FAMILIES[key].name, GROUP_FAMILIES[key].help, GROUP_FAMILY_TYPE)
  const offset = family('offset')
  const lag = family('lag')
  const lagSeconds = family('lagSeconds')
  const maxLag = family('maxLag')
  const maxLagSeconds = family('maxLagSeconds')
  const sumLag = family('sumLag')
  const topicSumLag = family('topicSumLag')
  const latest = family('latest')
  const earliest = family('earliest')
  const health = family('health')
  const members = family('members')
  const groupFamilies = [offset, lag, lagSeconds, maxLag, maxLagSeconds, sumLag, topicSumLag, latest, earliest, health, members]
  // Partition offsets are reported once per cluster however many groups read the partition.
  const seenPartitions = new Map<string, Set<PartitionKey>>()

  return {
    add(groups: readonly GroupForMetrics[]): void {
      for (const group of groups) {
        // Label text is built once per group and once per partition, in the order renderLabels
        // writes (cluster_name, group, …): a cycle renders ~400,000 samples, and a label object
        // per sample was most of the snapshot's garbage.
        const base = `${label('cluster_name', group.clusterName)},${label('group', group.groupId)}`
        const isSimple = `{${base},${label('is_simple_consumer', String(!group.protocolType))}}`
        push(maxLag, isSimple, group.maxPartitionLag)
        push(maxLagSeconds, isSimple, group.lagSeconds)
        push(sumLag, `{${base}}`, group.totalLag)
        push(members, `{${base}}`, group.memberCount)
        // Every status sample of a group carries the current rule, so a group's four series change together when it does.
        const rule = group.lagRule ? `,${label('rule', group.lagRule)}` : ''
        for (const status of HEALTH_STATUSES)
          addRenderedSample(health, `{${base},${label('status', status)}${rule}}`, (group.lagStatus ?? 'unknown') === status ? 1 : 0)

        const topicLag = new Map<string, number>()
        let seen = seenPartitions.get(group.clusterName)
        if (!seen) seenPartitions.set(group.clusterName, (seen = new Set()))
        const cluster = label('cluster_name', group.clusterName)
        for (const p of group.partitions ?? parseStoredList(partitionDetailSchema, group.partitionDetail).items) {
          const where = `${label('topic', p.topic)},${label('partition', p.partition)}`
          const owner = `${label('member_host', p.owner?.host ?? '')},${label('consumer_id', p.owner?.memberId ?? '')},${label('client_id', p.owner?.clientId ?? '')}`
          // Rendered once for the three families that share them (most of a scrape's samples).
          const rendered = `{${base},${where},${owner}}`
          push(offset, rendered, p.committedOffset)
          push(lag, rendered, p.lag)
          push(lagSeconds, rendered, p.lag === null ? null : p.lagSeconds)
          if (p.lag !== null) topicLag.set(p.topic, (topicLag.get(p.topic) ?? 0) + p.lag)
          const key = partitionKey(p.topic, p.partition)
          if (!seen.has(key)) {
            seen.add(key)
            push(latest, `{${cluster},${where}}`, p.logEndOffset)
            push(earliest, `{${cluster},${where}}`, p.logStartOffset)
          }
        }
        for (const [topic, sum] of topicLag) addRenderedSample(topicSumLag, `{${base},${label('topic', topic)}}`, sum)
      }
    },
    families(clusters: readonly ClusterForMetrics[]): MetricFamily[] {
      return [...groupFamilies, ...syncFamilies(clusters)]
    },
    /**
     * The group families' lines rendered since the last take, which are then dropped (the
     * partitions already reported stay remembered): for rendering a cycle slice by slice.
     */
    take(): { name: string; lines: string[] }[] {
      return groupFamilies.map((f) => {
        const lines = f.lines
        f.lines = []
        return { name: f.name, lines }
      })
    },
  }
}

/** Every family for these groups and clusters at once (see lagMetrics). */
export function lagMetricFamilies(groups: readonly GroupForMetrics[], clusters: readonly ClusterForMetrics[]): MetricFamily[] {
  const metrics = lagMetrics()
  metrics.add(groups)
  return metrics.families(clusters)
}

export function syncFamilies(clusters: readonly ClusterForMetrics[]): MetricFamily[] {
  const duration = metricFamily('orbit_sync_last_duration_seconds', 'Duration of the last run of the job on the cluster.')
  const lastSuccess = metricFamily('orbit_sync_last_success_timestamp_seconds', 'Unix time of the last successful run of the job on the cluster.')
  const failed = metricFamily('orbit_sync_last_run_failed', '1 when the last run of the job on the cluster failed, else 0.')
  for (const cluster of clusters) {
    for (const job of SYNC_JOBS) {
      const h = cluster.syncHealth?.[job]
      if (!h?.lastOutcome) continue
      const labels = { cluster_name: cluster.name, job }
      push(duration, labels, h.lastDurationMs == null ? null : h.lastDurationMs / 1000)
      push(lastSuccess, labels, h.lastSuccessAt ? Date.parse(h.lastSuccessAt) / 1000 : null)
      addSample(failed, labels, h.lastOutcome === 'failed' ? 1 : 0)
    }
  }
  return [duration, lastSuccess, failed]
}

/** One label as renderLabels writes it: name="value", escaped. */
function label(name: string, value: string | number): string {
  return `${name}="${escapeLabelValue(String(value))}"`
}

function push(family: MetricFamily, labels: Labels | string, value: number | null | undefined) {
  if (value === null || value === undefined || !Number.isFinite(value)) return
  addRenderedSample(family, typeof labels === 'string' ? labels : renderLabels(labels), value)
}
