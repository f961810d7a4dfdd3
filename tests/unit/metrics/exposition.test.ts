import { describe, expect, it } from 'vitest'

import { addSample, escapeLabelValue, expositionChunks, metricFamily, renderExposition } from '@/features/metrics/exposition'
import { lagMetricFamilies, lagMetrics } from '@/features/metrics/lag-families'
import { committedPartition } from '@tests/unit/metrics/partition-detail'

describe('renderExposition', () => {
  it('escapes label values so Kafka-supplied names cannot break a line or forge a series', () => {
    expect(escapeLabelValue('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd')
    const m = metricFamily('m', 'h')
    addSample(m, { group: 'x"} 1\nforged{a="' }, 2)
    const text = renderExposition([m])
    expect(text).toBe('# HELP m h\n# TYPE m gauge\nm{group="x\\"} 1\\nforged{a=\\""} 2\n')
    expect(text.split('\n').filter((line) => line.startsWith('m'))).toHaveLength(1)
  })

  it('leaves out empty families and formats special values', () => {
    expect(renderExposition([metricFamily('empty', 'h')])).toBe('')
    const v = metricFamily('v', 'h')
    addSample(v, {}, Infinity)
    addSample(v, {}, Number.NaN)
    const text = renderExposition([v])
    expect(text).toContain('v +Inf\nv NaN\n')
  })
})

describe('lagMetricFamilies', () => {
  it('reports sync health per cluster and job only for jobs that ran', () => {
    const families = lagMetricFamilies(
      [],
      [
        {
          name: 'prod',
          syncHealth: { lagCheck: { lastOutcome: 'failed', lastDurationMs: 1500, lastSuccessAt: '2026-01-01T00:00:00.000Z' }, schemaSync: null },
        },
      ],
    )
    const text = renderExposition(families)
    expect(text).toContain('orbit_sync_last_run_failed{cluster_name="prod",job="lagCheck"} 1\n')
    expect(text).toContain('orbit_sync_last_duration_seconds{cluster_name="prod",job="lagCheck"} 1.5\n')
    expect(text).toContain(`orbit_sync_last_success_timestamp_seconds{cluster_name="prod",job="lagCheck"} ${Date.UTC(2026, 0, 1) / 1000}\n`)
    expect(text).not.toContain('job="schemaSync"')
  })

  it('marks groups without a protocol as simple consumers and sums lag per topic', () => {
    const detail = (topic: string, partition: number, lag: number | null) => ({
      topic,
      partition,
      committedOffset: lag === null ? null : 10,
      logStartOffset: 0,
      logEndOffset: 10 + (lag ?? 0),
      lag,
      noCommit: lag === null,
      belowLogStart: false,
      lagSeconds: null,
      status: null,
      owner: null,
      window: [],
    })
    const text = renderExposition(
      lagMetricFamilies(
        [
          {
            groupId: 'g',
            clusterName: 'c',
            protocolType: '',
            totalLag: 5,
            maxPartitionLag: 3,
            partitionDetail: [detail('t', 0, 3), detail('t', 1, 2), detail('u', 0, null)],
          },
        ],
        [],
      ),
    )
    expect(text).toContain('kafka_consumergroup_group_max_lag{cluster_name="c",group="g",is_simple_consumer="true"} 3\n')
    expect(text).toContain('kafka_consumergroup_group_topic_sum_lag{cluster_name="c",group="g",topic="t"} 5\n')
    expect(text).not.toContain('topic="u"} ')
    expect(text).toContain('orbit_consumergroup_health{cluster_name="c",group="g",status="unknown"} 1\n')
  })

  it('labels every health sample of a group with the verdict’s rule', () => {
    const text = renderExposition(lagMetricFamilies([{ groupId: 'g', clusterName: 'c', lagStatus: 'warn', lagRule: 'falling_behind' }], []))
    expect(text).toContain('orbit_consumergroup_health{cluster_name="c",group="g",status="warn",rule="falling_behind"} 1\n')
    expect(text).toContain('orbit_consumergroup_health{cluster_name="c",group="g",status="ok",rule="falling_behind"} 0\n')
  })

  it('reports a group whose stored partition detail does not parse without its partitions', () => {
    const text = renderExposition(
      lagMetricFamilies([{ groupId: 'g', clusterName: 'c', protocolType: 'consumer', totalLag: 1, partitionDetail: [{ topic: 't' }, 'x'] }], []),
    )
    expect(text).toContain('kafka_consumergroup_group_sum_lag{cluster_name="c",group="g"} 1\n')
    expect(text).not.toContain('topic="t"')
  })
})

describe('lagMetrics', () => {
  const detail = committedPartition
  const groups = [
    { groupId: 'a', clusterName: 'c', protocolType: 'consumer', totalLag: 3, partitionDetail: [detail('t', 0, 3)] },
    { groupId: 'b', clusterName: 'c', protocolType: 'consumer', totalLag: 4, partitionDetail: [detail('t', 0, 4), detail('t', 1, 0)] },
  ]

  it('renders the same exposition whether groups arrive at once or page by page', () => {
    const paged = lagMetrics()
    for (const group of groups) paged.add([group])
    expect(renderExposition(paged.families([]))).toBe(renderExposition(lagMetricFamilies(groups, [])))
  })

  it('streams one chunk per family, every family’s samples together, each partition’s offsets once', () => {
    const chunks = [...expositionChunks(lagMetricFamilies(groups, []))]
    for (const chunk of chunks) {
      const name = /^# HELP (\S+)/.exec(chunk)![1]!
      expect(
        chunk
          .split('\n')
          .filter((l) => l && !l.startsWith('#'))
          .every((l) => l.startsWith(`${name}{`)),
      ).toBe(true)
    }
    const latest = chunks.find((c) => c.startsWith('# HELP kafka_partition_latest_offset '))!
    expect(latest.split('\n').filter((l) => l.startsWith('kafka_partition_latest_offset{'))).toEqual([
      'kafka_partition_latest_offset{cluster_name="c",topic="t",partition="0"} 13',
      'kafka_partition_latest_offset{cluster_name="c",topic="t",partition="1"} 10',
    ])
  })

  it('escapes every label of a group, its partitions and owners, and renders parsed partitions as stored ones', () => {
    const owned = { ...detail('t"1', 0, 2), owner: { memberId: 'm\\1', clientId: 'c\n1', host: '/h"1' } }
    const stored = { groupId: 'g"1', clusterName: 'c\\1', protocolType: 'consumer', lagRule: 'burrow', partitionDetail: [owned] }
    const text = renderExposition(lagMetricFamilies([stored], []))
    expect(text).toContain(
      'kafka_consumergroup_group_lag{cluster_name="c\\\\1",group="g\\"1",topic="t\\"1",partition="0",member_host="/h\\"1",consumer_id="m\\\\1",client_id="c\\n1"} 2\n',
    )
    expect(text).toContain('kafka_partition_latest_offset{cluster_name="c\\\\1",topic="t\\"1",partition="0"} 12\n')
    expect(text).toContain('orbit_consumergroup_health{cluster_name="c\\\\1",group="g\\"1",status="unknown",rule="burrow"} 1\n')
    expect(renderExposition(lagMetricFamilies([{ ...stored, partitionDetail: undefined, partitions: [owned] }], []))).toBe(text)
  })
})
