import { describe, expect, it } from 'vitest'

import { toGroupListRow, toMemberRows, toPartitionRows, toSubtopologyRows } from '@/features/consumer-groups/rows'

describe('toGroupListRow', () => {
  it('keeps the shown facts and the names of related documents, nothing else', () => {
    const row = toGroupListRow({
      id: 7,
      groupId: 'a-prod-billing',
      groupType: 'classic',
      state: 'Stable',
      memberCount: 2,
      totalLag: 0,
      lagSeconds: null,
      lagStatus: 'ok',
      lagRule: 'burrow_ok',
      lagReason: 'all 1 partition(s) OK',
      status: 'active',
      workspace: { id: 1, name: 'Payments', slug: 'payments' },
      application: { id: 3, name: 'Checkout' },
      virtualCluster: { id: 4, name: 'vc', environment: 'prod' },
      cluster: { id: 5, name: 'local' },
      lagTrend: 'falling',
    })
    expect(row).toEqual({
      id: 7,
      groupId: 'a-prod-billing',
      groupType: 'classic',
      state: 'Stable',
      memberCount: 2,
      totalLag: 0,
      lagSeconds: null,
      lagStatus: 'ok',
      lagRule: 'burrow_ok',
      lagReason: 'all 1 partition(s) OK',
      lagTrend: 'falling',
      status: 'active',
      workspace: 'Payments',
      application: 'Checkout',
      environment: 'prod',
      cluster: 'local',
    })
  })

  it('shows relations given only as ids (depth 0) or absent as empty', () => {
    const row = toGroupListRow({ id: 1, groupId: 'g', workspace: 3, application: null })
    expect(row).toMatchObject({ workspace: null, application: null, environment: null, cluster: null, lagTrend: 'unknown', status: 'active', totalLag: null })
  })
})

describe('toPartitionRows', () => {
  it('reads the lag check’s partition detail, sorted by topic and partition, without the Burrow window', () => {
    const rows = toPartitionRows([
      {
        topic: 'b',
        partition: 1,
        committedOffset: null,
        logStartOffset: 0,
        logEndOffset: 8,
        lag: null,
        noCommit: true,
        belowLogStart: false,
        lagSeconds: null,
        status: null,
        owner: null,
        window: [{ offset: 1, timestamp: 1, lag: 1 }],
      },
      {
        topic: 'a',
        partition: 2,
        committedOffset: 3,
        logStartOffset: 5,
        logEndOffset: 20,
        lag: 15,
        noCommit: false,
        belowLogStart: true,
        lagSeconds: 12.5,
        lagSecondsMethod: 'interpolated',
        lagSecondsClamped: false,
        status: 'warn',
        owner: { memberId: 'm-1', clientId: 'client-1', host: '/10.0.0.1' },
        window: [],
        rule: 'burrow_warn',
        reason: 'lag rose on every commit in the window: 3 → 15',
      },
      { partition: 3 },
      null,
    ])
    expect(rows).toEqual([
      {
        topic: 'a',
        partition: 2,
        committedOffset: 3,
        logStartOffset: 5,
        logEndOffset: 20,
        lag: 15,
        lagSeconds: 12.5,
        lagSecondsMethod: 'interpolated',
        lagSecondsClamped: false,
        status: 'warn',
        rule: 'burrow_warn',
        reason: 'lag rose on every commit in the window: 3 → 15',
        owner: 'client-1',
        ownerHost: '/10.0.0.1',
        noCommit: false,
        belowLogStart: true,
      },
      {
        topic: 'b',
        partition: 1,
        committedOffset: null,
        logStartOffset: 0,
        logEndOffset: 8,
        lag: null,
        lagSeconds: null,
        // Stored before record timestamps: no method, not clamped.
        lagSecondsMethod: null,
        lagSecondsClamped: false,
        status: null,
        rule: null,
        reason: null,
        owner: null,
        ownerHost: null,
        noCommit: true,
        belowLogStart: false,
      },
    ])
    expect(toPartitionRows(null)).toEqual([])
    expect(toPartitionRows({})).toEqual([])
  })
})

describe('toMemberRows', () => {
  it('lists each member’s assigned partitions per topic', () => {
    const rows = toMemberRows([
      { memberId: 'm-2', clientId: 'c-2', host: '/h2', assignments: [] },
      {
        memberId: 'm-1',
        clientId: 'c-1',
        host: '/h1',
        assignments: [
          { topic: 'z', partitions: [2, 0] },
          { topic: 'a', partitions: [1] },
        ],
      },
    ])
    expect(rows).toEqual([
      { memberId: 'm-1', clientId: 'c-1', host: '/h1', assignments: ['a: 1', 'z: 0, 2'], partitionCount: 3 },
      { memberId: 'm-2', clientId: 'c-2', host: '/h2', assignments: [], partitionCount: 0 },
    ])
    expect(toMemberRows(undefined)).toEqual([])
  })
})

describe('toMemberRows and toSubtopologyRows for share and streams groups', () => {
  const task = (subtopologyId: string, sourceTopics: string[], partitions: number[]) => ({ subtopologyId, sourceTopics, partitions })
  type Task = ReturnType<typeof task>
  /** Member n of process p-n, reading partition n of the input, with these active and standby tasks. */
  const member = (n: number, activeTasks: Task[], standbyTasks: Task[]) => ({
    memberId: `m-${n}`,
    clientId: `app-${n}`,
    host: `/h${n}`,
    assignments: [{ topic: 'in', partitions: [n - 1] }],
    streams: { processId: `p-${n}`, instanceId: null, activeTasks, standbyTasks, warmupTasks: [] },
  })
  const streamsMembers = [
    member(1, [task('1', ['rep'], [0]), task('0', ['in'], [0])], [task('0', ['in'], [1])]),
    member(2, [task('0', ['in'], [1]), task('1', ['rep'], [1])], [task('0', ['in'], [0])]),
  ]

  it('shows a share member’s subscribed topics', () => {
    const [row] = toMemberRows([
      { memberId: 'm', clientId: 'c', host: '/h', assignments: [{ topic: 'jobs', partitions: [1, 0] }], subscribedTopics: ['jobs', 'audit'] },
    ])
    expect(row).toEqual({ memberId: 'm', clientId: 'c', host: '/h', assignments: ['jobs: 0, 1'], partitionCount: 2, subscribedTopics: ['audit', 'jobs'] })
  })

  it('shows a streams member’s process and its tasks per subtopology, in subtopology order', () => {
    const [first] = toMemberRows(streamsMembers)
    expect(first).toMatchObject({
      processId: 'p-1',
      activeTasks: ['subtopology 0: 0', 'subtopology 1: 0'],
      standbyTasks: ['subtopology 0: 1'],
      warmupTasks: [],
    })
  })

  it('counts each subtopology’s task partitions over all members', () => {
    expect(toSubtopologyRows(streamsMembers)).toEqual([
      { subtopologyId: '0', sourceTopics: ['in'], activeTasks: 2, standbyTasks: 2, warmupTasks: 0 },
      { subtopologyId: '1', sourceTopics: ['rep'], activeTasks: 2, standbyTasks: 0, warmupTasks: 0 },
    ])
    expect(toSubtopologyRows([{ memberId: 'm', clientId: 'c', host: '/h', assignments: [] }])).toEqual([])
  })
})
