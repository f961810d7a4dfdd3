import { describe, expect, it } from 'vitest'

import { escapeLabelValue, renderExposition } from '@/features/metrics/exposition'
import { lagMetricFamilies } from '@/features/metrics/lag-families'

describe('renderExposition', () => {
  it('escapes label values so Kafka-supplied names cannot break a line or forge a series', () => {
    expect(escapeLabelValue('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd')
    const text = renderExposition([{ name: 'm', help: 'h', type: 'gauge', samples: [{ labels: { group: 'x"} 1\nforged{a="' }, value: 2 }] }])
    expect(text).toBe('# HELP m h\n# TYPE m gauge\nm{group="x\\"} 1\\nforged{a=\\""} 2\n')
    expect(text.split('\n').filter((line) => line.startsWith('m'))).toHaveLength(1)
  })

  it('leaves out empty families and formats special values', () => {
    expect(renderExposition([{ name: 'empty', help: 'h', type: 'gauge', samples: [] }])).toBe('')
    const text = renderExposition([{ name: 'v', help: 'h', type: 'gauge', samples: [{ labels: {}, value: Infinity }, { labels: {}, value: Number.NaN }] }])
    expect(text).toContain('v +Inf\nv NaN\n')
  })
})

describe('lagMetricFamilies', () => {
  it('reports sync health per cluster and job only for jobs that ran', () => {
    const families = lagMetricFamilies([], [
      { name: 'prod', syncHealth: { lagCheck: { lastOutcome: 'failed', lastDurationMs: 1500, lastSuccessAt: '2026-01-01T00:00:00.000Z' }, schemaSync: null } },
    ])
    const text = renderExposition(families)
    expect(text).toContain('orbit_sync_last_run_failed{cluster_name="prod",job="lagCheck"} 1\n')
    expect(text).toContain('orbit_sync_last_duration_seconds{cluster_name="prod",job="lagCheck"} 1.5\n')
    expect(text).toContain(`orbit_sync_last_success_timestamp_seconds{cluster_name="prod",job="lagCheck"} ${Date.UTC(2026, 0, 1) / 1000}\n`)
    expect(text).not.toContain('job="schemaSync"')
  })

  it('marks groups without a protocol as simple consumers and sums lag per topic', () => {
    const detail = (topic: string, partition: number, lag: number | null) => ({
      topic, partition, committedOffset: lag === null ? null : 10, logStartOffset: 0, logEndOffset: 10 + (lag ?? 0), lag, noCommit: lag === null,
      belowLogStart: false, lagSeconds: null, status: null, owner: null, window: [],
    })
    const text = renderExposition(
      lagMetricFamilies([{ groupId: 'g', clusterName: 'c', protocolType: '', totalLag: 5, maxPartitionLag: 3, partitionDetail: [detail('t', 0, 3), detail('t', 1, 2), detail('u', 0, null)] }], []),
    )
    expect(text).toContain('kafka_consumergroup_group_max_lag{cluster_name="c",group="g",is_simple_consumer="true"} 3\n')
    expect(text).toContain('kafka_consumergroup_group_topic_sum_lag{cluster_name="c",group="g",topic="t"} 5\n')
    expect(text).not.toContain('topic="u"} ')
    expect(text).toContain('orbit_consumergroup_health{cluster_name="c",group="g",status="unknown"} 1\n')
  })
})
