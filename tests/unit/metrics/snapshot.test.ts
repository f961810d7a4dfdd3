import { describe, expect, it } from 'vitest'

import { renderExposition } from '@/features/metrics/exposition'
import { lagMetricFamilies } from '@/features/metrics/lag-families'
import { snapshotRenderer } from '@/features/metrics/snapshot'
import { committedPartition } from '@tests/unit/metrics/partition-detail'

const group = (groupId: string, workspace: number | null, lag: number) => ({
  groupId,
  workspace,
  clusterName: 'c',
  protocolType: 'consumer',
  totalLag: lag,
  partitionDetail: [committedPartition('t', 0, lag)],
})
const seriesLines = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'))

describe('snapshotRenderer', () => {
  it('renders, slice by slice, exactly the series of the live rendering of one workspace', () => {
    const groups = [group('a', 1, 3), group('b', 1, 4), group('c', 1, 5)]
    const renderer = snapshotRenderer()
    const chunks = [...renderer.render(groups.slice(0, 2)), ...renderer.render(groups.slice(2))]
    const stored = chunks.flatMap((c) => c.lines.split('\n'))
    expect(stored.sort()).toEqual(seriesLines(renderExposition(lagMetricFamilies(groups, []))).sort())
  })

  it('keeps workspaces apart and reports a partition once per workspace across slices', () => {
    const renderer = snapshotRenderer()
    const first = renderer.render([group('a', 1, 3), group('b', 2, 3)])
    const second = renderer.render([group('c', 1, 3)])
    const latest = (chunks: typeof first, workspace: number) => chunks.filter((c) => c.workspace === workspace && c.family === 'kafka_partition_latest_offset')
    expect(latest(first, 1).map((c) => c.lines)).toEqual(['kafka_partition_latest_offset{cluster_name="c",topic="t",partition="0"} 13'])
    expect(latest(first, 2)).toHaveLength(1)
    expect(latest(second, 1)).toEqual([])
    expect(second.find((c) => c.family === 'kafka_consumergroup_group_sum_lag')).toEqual({
      workspace: 1,
      family: 'kafka_consumergroup_group_sum_lag',
      lines: 'kafka_consumergroup_group_sum_lag{cluster_name="c",group="c"} 3',
    })
  })
})
