/**
 * The page benchmark's data, pure and deterministic: where every group and subject belongs, and
 * the rows the sync engine would have written for them (consumer groups with partition detail,
 * lag history in its three tiers, schemas with versions). Sizes come from BENCH_* knobs.
 */
import { createHash } from 'node:crypto'

import { lagTrend, packSamples, sampleHour, type RawLagSample } from '@/features/consumer-groups/lib'

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export const SIZES = {
  groups: num('BENCH_GROUPS', 10_000),
  schemas: num('BENCH_SCHEMAS', 10_000),
  workspaces: num('BENCH_WORKSPACES', 4),
  partitionsPerGroup: num('BENCH_PARTITIONS', 10),
  /** Every group: raw lag rows, one a minute, for the last this many minutes. */
  rawMinutesAll: num('BENCH_RAW_MINUTES', 60),
  /** Every group: hourly rows for the last this many hours, daily rows for this many days. */
  hourlyHoursAll: num('BENCH_HOURLY_HOURS', 6),
  dailyDaysAll: num('BENCH_DAILY_DAYS', 7),
  /** A sample of groups (the detail pages measured): a day of raw rows and 30 days of hourly and daily rows. */
  historySample: num('BENCH_HISTORY_SAMPLE', 50),
  sampleRawDays: num('BENCH_SAMPLE_RAW_DAYS', 1),
  sampleHourlyDays: 30,
}

export const APPS = ['orders', 'billing']
export const ENVS = ['prod', 'staging']
export const PASSWORD = 'bench-ui-password'
export const ADMIN_EMAIL = 'admin@bench-ui.test'
export const MEMBER_EMAIL = 'member@bench-ui.test'

export type VirtualClusterKey = { workspace: number; app: string; env: string; prefix: string }

/** Workspaces 1..N, each with every app in every environment: one virtual cluster each. */
export function virtualClusterKeys(): VirtualClusterKey[] {
  const out: VirtualClusterKey[] = []
  for (let w = 1; w <= SIZES.workspaces; w++) {
    for (const app of APPS) for (const env of ENVS) out.push({ workspace: w, app, env, prefix: `ws${w}-${app}-${env}-` })
  }
  return out
}
export const workspaceSlug = (w: number) => `bench-ws-${w}`

/** Item i belongs to virtual cluster i mod count; every 20th item is unowned (admins only). */
export function ownerIndex(i: number, vcCount: number): number | null {
  return i % 20 === 19 ? null : i % vcCount
}

export type Ownership = { workspace: number | null; virtualCluster: number | null; application: number | null; prefix: string }

const pick = <T>(i: number, table: [number, T][]): T => {
  const r = (i * 7919) % 100
  let acc = 0
  for (const [share, value] of table) if (r < (acc += share)) return value
  return table.at(-1)![1]
}

/** Sample groups: the first `historySample` indices (they rotate over every virtual cluster). */
export const isSampleGroup = (i: number) => i < SIZES.historySample

export type GroupShape = { lagStatus: string; state: string; groupType: string; totalLag: number; members: number }

export function groupShape(i: number): GroupShape {
  const lagStatus = pick(i, [
    [80, 'ok'],
    [10, 'warn'],
    [5, 'err'],
    [5, 'unknown'],
  ])
  const state =
    lagStatus === 'unknown'
      ? 'Empty'
      : pick(i + 3, [
          [85, 'Stable'],
          [10, 'Empty'],
          [5, 'PreparingRebalance'],
        ])
  const groupType = pick(i + 11, [
    [70, 'classic'],
    [25, 'consumer'],
    [3, 'share'],
    [2, 'streams'],
  ])
  const base = lagStatus === 'ok' ? i % 50 : lagStatus === 'warn' ? 1_000 + ((i * 37) % 50_000) : lagStatus === 'err' ? 100_000 + ((i * 131) % 900_000) : 0
  return { lagStatus, state, groupType, totalLag: base, members: state === 'Empty' ? 0 : 1 + (i % 3) }
}

/** The kafka_consumer_groups row the group sync and lag check would have written. */
export function groupRow(i: number, cluster: number, owner: Ownership, now: number): Record<string, unknown> {
  const shape = groupShape(i)
  const groupId = `${owner.prefix}service-${i}-consumer`
  const topic = `${owner.prefix}topic-${i % 1_000}`
  const at = new Date(now).toISOString()
  const members = Array.from({ length: shape.members }, (_, m) => ({
    memberId: `${groupId}-member-${m}-${createHash('md5').update(`${i}:${m}`).digest('hex').slice(0, 12)}`,
    clientId: `${groupId}-client-${m}`,
    host: `/10.0.${i % 250}.${m + 10}`,
    assignments: [{ topic, partitions: Array.from({ length: SIZES.partitionsPerGroup }, (_, p) => p).filter((p) => p % shape.members === m) }],
  }))
  const perPartition = Math.floor(shape.totalLag / SIZES.partitionsPerGroup)
  const partitionDetail = Array.from({ length: SIZES.partitionsPerGroup }, (_, p) => {
    const logEndOffset = 1_000_000 + i * 10 + p * 1_000
    const lag = perPartition + (p === 0 ? shape.totalLag % SIZES.partitionsPerGroup : 0)
    const owner = members.find((m) => m.assignments[0]!.partitions.includes(p))
    return {
      topic,
      partition: p,
      committedOffset: logEndOffset - lag,
      logStartOffset: 0,
      logEndOffset,
      lag,
      noCommit: false,
      belowLogStart: false,
      lagSeconds: lag === 0 ? 0 : Math.round(lag / 50),
      status: shape.lagStatus === 'err' ? 'stall' : shape.lagStatus === 'warn' ? 'warn' : 'ok',
      owner: owner ? { memberId: owner.memberId, clientId: owner.clientId, host: owner.host } : null,
      window: Array.from({ length: 10 }, (_, s) => ({ offset: logEndOffset - lag - (9 - s) * 20, timestamp: now - (9 - s) * 60_000, lag })),
    }
  })
  return {
    groupId,
    cluster,
    workspace: owner.workspace,
    virtualCluster: owner.virtualCluster,
    application: owner.application,
    groupType: shape.groupType,
    protocolType: 'consumer',
    state: shape.state,
    memberCount: shape.members,
    members,
    coordinatorBroker: '1',
    assignmentStrategy: shape.groupType === 'classic' ? 'range' : 'uniform',
    subscribedTopicNames: [topic],
    totalLag: shape.totalLag,
    maxPartitionLag: perPartition + (shape.totalLag % SIZES.partitionsPerGroup),
    partitionDetail,
    lagSeconds: shape.totalLag === 0 ? 0 : Math.round(shape.totalLag / 50),
    lagStatus: shape.lagStatus,
    lagTrend: lagTrend(Array.from({ length: 60 }, (_, k) => ({ time: now - k * MINUTE, totalLag: lagAt(i, now - k * MINUTE) }))),
    lagCheckedAt: at,
    timeToClearSeconds: shape.lagStatus === 'ok' ? 0 : null,
    status: shape.state === 'Empty' && i % 2 === 0 ? 'inactive' : 'active',
    emptySince: shape.state === 'Empty' ? new Date(now - 2 * 86_400_000).toISOString() : null,
    firstSeenAt: new Date(now - 30 * 86_400_000).toISOString(),
    lastSeenAt: at,
    updatedAt: at,
    createdAt: at,
  }
}

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

/** Lag at a time: the group's current lag with a daily wave, so charts have shape. */
function lagAt(i: number, t: number): number {
  const { totalLag } = groupShape(i)
  return Math.max(0, Math.round(totalLag * (0.7 + 0.3 * Math.sin((t / DAY) * 2 * Math.PI + i))))
}

export type HistoryTier = 'raw' | 'hour' | 'day'

/** Timestamps of one group's history rows per tier (raw every minute, hour and day buckets, UTC-aligned). */
export function historyTimes(i: number, now: number): Record<HistoryTier, number[]> {
  const sample = isSampleGroup(i)
  const nowMinute = Math.floor(now / MINUTE) * MINUTE
  const rawMinutes = sample ? SIZES.sampleRawDays * 1_440 : SIZES.rawMinutesAll
  const currentHour = Math.floor(now / HOUR) * HOUR
  const hours = sample ? SIZES.sampleHourlyDays * 24 : SIZES.hourlyHoursAll
  const today = Math.floor(now / DAY) * DAY
  const days = sample ? SIZES.sampleHourlyDays : SIZES.dailyDaysAll
  return {
    raw: Array.from({ length: rawMinutes }, (_, k) => nowMinute - (rawMinutes - 1 - k) * MINUTE),
    hour: Array.from({ length: hours }, (_, k) => currentHour - (hours - k) * HOUR),
    day: Array.from({ length: days }, (_, k) => today - (days - k) * DAY),
  }
}

/** A history row of the hourly or daily tier at `t` (raw samples: rawHistoryRows). */
export function historyRow(i: number, groupId: number, cluster: number, owner: Ownership, tier: 'hour' | 'day', t: number): Record<string, unknown> {
  const lag = lagAt(i, t)
  const at = new Date(t).toISOString()
  const spread = Math.round(lag * 0.2)
  return {
    ...ownedHistoryRow(groupId, cluster, owner, tier, at),
    sampleCount: tier === 'hour' ? 60 : 1_440,
    totalLag: lag,
    totalLagMin: Math.max(0, lag - spread),
    totalLagMax: lag + spread,
    maxPartitionLag: Math.ceil(lag / SIZES.partitionsPerGroup),
    lagSeconds: Math.round(lag / 50),
    lagSecondsMax: Math.round((lag + spread) / 50),
    memberCount: groupShape(i).members,
    state: groupShape(i).state,
    samples: null,
  }
}

/** The raw polls at `times` as the lag check stores them: one row per UTC hour, its polls packed. */
export function rawHistoryRows(i: number, groupId: number, cluster: number, owner: Ownership, times: readonly number[]): Record<string, unknown>[] {
  const byHour = new Map<number, RawLagSample[]>()
  for (const t of times) {
    const lag = lagAt(i, t)
    const polls = byHour.get(sampleHour(t)) ?? []
    polls.push({
      time: t,
      totalLag: lag,
      maxPartitionLag: Math.ceil(lag / SIZES.partitionsPerGroup),
      lagSeconds: Math.round(lag / 50),
      memberCount: groupShape(i).members,
      state: groupShape(i).state,
    })
    byHour.set(sampleHour(t), polls)
  }
  return [...byHour].map(([hour, polls]) => ({
    ...ownedHistoryRow(groupId, cluster, owner, 'raw', new Date(hour).toISOString()),
    sampleCount: null,
    totalLag: null,
    totalLagMin: null,
    totalLagMax: null,
    maxPartitionLag: null,
    lagSeconds: null,
    lagSecondsMax: null,
    memberCount: null,
    state: null,
    samples: packSamples(polls),
  }))
}

function ownedHistoryRow(groupId: number, cluster: number, owner: Ownership, resolution: string, at: string) {
  return {
    consumerGroup: groupId,
    cluster,
    workspace: owner.workspace,
    virtualCluster: owner.virtualCluster,
    timestamp: at,
    resolution,
    updatedAt: at,
    createdAt: at,
  }
}

export type SchemaFormat = 'avro' | 'json' | 'protobuf'
export const schemaFormat = (i: number): SchemaFormat => (i % 5 < 3 ? 'avro' : i % 5 === 3 ? 'json' : 'protobuf')
/** 1 to 5 versions (3 on average); every 7th subject's last version is soft-deleted. */
export const versionCount = (i: number) => 1 + (i % 5)
export const lastVersionDeleted = (i: number) => i % 7 === 3 && versionCount(i) > 1

/** Version v of subject i: ten base fields plus one optional field per later version. */
export function schemaContent(format: SchemaFormat, i: number, v: number): string {
  const base = ['id', 'createdAt', 'customerId', 'amount', 'currency', 'status', 'source', 'region', 'channel', 'note']
  const extra = Array.from({ length: v - 1 }, (_, k) => `field${k + 1}`)
  if (format === 'avro') {
    return JSON.stringify(
      {
        type: 'record',
        name: `Event${i}`,
        namespace: 'com.bench.events',
        fields: [...base.map((name) => ({ name, type: 'string' })), ...extra.map((name) => ({ name, type: ['null', 'long'], default: null }))],
      },
      null,
      2,
    )
  }
  if (format === 'json') {
    const properties = Object.fromEntries([...base.map((n) => [n, { type: 'string' }]), ...extra.map((n) => [n, { type: 'integer' }])])
    return JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title: `Event${i}`, type: 'object', properties, required: ['id'] }, null, 2)
  }
  const fields = [...base.map((n, k) => `  string ${n} = ${k + 1};`), ...extra.map((n, k) => `  int64 ${n} = ${base.length + k + 1};`)]
  return `syntax = "proto3";\npackage bench.events.s${i};\n\nmessage Event {\n${fields.join('\n')}\n}\n`
}

export function subjectName(i: number, owner: Ownership): string {
  return `${owner.prefix}topic-${i}-value`
}

/** The kafka_schemas row and its kafka_schema_versions rows (without the schema id). */
export function schemaRows(i: number, cluster: number, owner: Ownership, now: number) {
  const format = schemaFormat(i)
  const count = versionCount(i)
  const deletedLast = lastVersionDeleted(i)
  const registered = (v: number) => new Date(now - (90 - (i % 60) - v * 5) * DAY).toISOString()
  const at = new Date(now).toISOString()
  const versions = Array.from({ length: count }, (_, k) => {
    const v = k + 1
    const content = schemaContent(format, i, v)
    const incompatible = i % 11 === 5 && v === count && v > 1
    return {
      cluster,
      workspace: owner.workspace,
      version: v,
      registrySchemaId: i * 10 + v,
      format,
      content,
      fingerprint: createHash('sha256').update(content).digest('hex'),
      references: [],
      compatibilityMode: 'BACKWARD',
      isCompatible: !incompatible,
      compatibilityReasons: incompatible ? [`cannot read data written with version ${v - 1}: field1 type changed`] : [],
      status: 'synced',
      error: null,
      softDeleted: deletedLast && v === count,
      registeredAt: registered(v),
      syncedAt: at,
      updatedAt: at,
      createdAt: at,
    }
  })
  const live = versions.filter((v) => !v.softDeleted)
  const latest = live.at(-1)!
  const topicName = `${owner.prefix}topic-${i}`
  const schema = {
    subject: subjectName(i, owner),
    cluster,
    workspace: owner.workspace,
    virtualCluster: owner.virtualCluster,
    application: owner.application,
    topic: null,
    topicName,
    type: 'value',
    format,
    content: latest.content,
    registrySchemaId: latest.registrySchemaId,
    latestVersion: latest.version,
    versionCount: live.length,
    versionList: versions.map((v) => (v.softDeleted ? `${v.version}d` : String(v.version))).join(','),
    compatibilityLevel: 'BACKWARD',
    status: 'registered',
    softDeleted: false,
    lastError: null,
    firstRegisteredAt: versions[0]!.registeredAt,
    lastRegisteredAt: versions.at(-1)!.registeredAt,
    lastSeenAt: at,
    updatedAt: at,
    createdAt: at,
  }
  return { schema, versions }
}
