import { randomBytes } from 'node:crypto'

import { ConnectionPool } from '@platformatic/kafka'
import pTimeout from 'p-timeout'

import { parseBroker, toConnectionOptions } from '@/integrations/kafka/connection-options'
import { KafkaTimeoutError, KafkaUnsupportedError, toKafkaAdminError } from '@/integrations/kafka/errors'
import { describeGroups, listGroups } from '@/integrations/kafka/groups'
import { fetchCommittedOffsets, fetchPartitionOffsets, fetchShareGroupOffsets } from '@/integrations/kafka/offsets'
import { fetchRecordTimes, type RecordRead, type RecordReadLimits, type RecordReadsResult } from '@/integrations/kafka/record-timestamps'
import { describeTopicConfigs, listTopics } from '@/integrations/kafka/topics'
import { RequestCounter } from '@/integrations/kafka/request-counter'
import { KafkaSession } from '@/integrations/kafka/session'
import type { CommittedOffset, GroupDescription, GroupListing, GroupRef, PartitionOffsets, TopicConfigs, TopicMetadata } from '@/integrations/kafka/types'
import type { ClusterConnection } from '@/integrations/cluster-connection'

export type KafkaAdminClientOptions = {
  clientId?: string
  /** Per broker connection (TCP, TLS and SASL). Default 10 s. */
  connectTimeoutMs?: number
  /** Per protocol request. Default 30 s. */
  requestTimeoutMs?: number
  /** Whole public call (all its requests and retries). Default 120 s. */
  operationTimeoutMs?: number
  /** Groups per FindCoordinator, DescribeGroups, ConsumerGroupDescribe, ShareGroupDescribe, StreamsGroupDescribe, OffsetFetch and DescribeShareGroupOffsets request. Default 200. */
  groupBatchSize?: number
}

export interface KafkaAdminClient {
  /** Kafka protocol requests this client has sent (see request-counter.ts for what counts). */
  readonly requestCount: number
  requestCountsByApi(): Record<string, number>
  listGroups(): Promise<GroupListing[]>
  describeGroups(groups: GroupRef[]): Promise<GroupDescription[]>
  fetchCommittedOffsets(groupIds: string[]): Promise<Map<string, CommittedOffset[]>>
  /** Share groups' start offsets and the broker's lag (DescribeShareGroupOffsets); empty lists on a broker without it. */
  fetchShareGroupOffsets(groupIds: string[]): Promise<Map<string, CommittedOffset[]>>
  fetchPartitionOffsets(topics: string[]): Promise<PartitionOffsets[]>
  /** Timestamps of the records at the given offsets (record-timestamps.ts): per read, one outcome per offset. */
  fetchRecordTimes(reads: RecordRead[], limits: RecordReadLimits): Promise<RecordReadsResult>
  /** Every topic with its partitions (one Metadata request). */
  listTopics(): Promise<TopicMetadata[]>
  /** The given config keys of many topics (one DescribeConfigs per 500 topics). */
  describeTopicConfigs(topics: string[], keys: readonly string[]): Promise<Map<string, TopicConfigs>>
  close(): Promise<void>
}

/**
 * An admin client for one cluster, meant to live across sync cycles: its connection pool keeps one
 * socket per broker (reconnecting when one drops), and it caches API versions and group
 * coordinators. Every call is bounded by `operationTimeoutMs`; every error is a KafkaAdminError.
 */
export function createKafkaAdminClient(connection: ClusterConnection, options: KafkaAdminClientOptions = {}): KafkaAdminClient {
  const brokers = connection.bootstrapServers.filter((s) => s.trim() !== '')
  const label = brokers.map((s) => s.trim())
  if (brokers.length === 0) {
    throw new KafkaUnsupportedError(`Cluster "${connection.name}" has no bootstrap servers`, { brokers: [], operation: 'connect' })
  }
  const owner = {} // identifies this client's connections to the request counter
  const counter = new RequestCounter(owner)
  const clientId = options.clientId ?? `orbit-admin-${randomBytes(3).toString('hex')}`
  const pool = new ConnectionPool(
    clientId,
    toConnectionOptions(connection, { connectTimeoutMs: options.connectTimeoutMs ?? 10_000, requestTimeoutMs: options.requestTimeoutMs ?? 30_000 }, owner),
  )
  const session = new KafkaSession(pool, brokers.map(parseBroker), label, options.groupBatchSize ?? 200)
  const operationTimeoutMs = options.operationTimeoutMs ?? 120_000
  let closed = false

  async function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    if (closed) throw new KafkaUnsupportedError(`The Kafka admin client for ${label.join(',')} is closed`, { brokers: label, operation })
    // The library's calls take no AbortSignal: past the deadline the caller stops waiting, and the
    // request still in flight ends on its own request timeout.
    const timeout = new KafkaTimeoutError(`Kafka ${operation} on ${label.join(',')} took longer than ${operationTimeoutMs} ms`, { brokers: label, operation })
    try {
      return await pTimeout(work(), { milliseconds: operationTimeoutMs, message: timeout })
    } catch (error) {
      throw toKafkaAdminError(error, { brokers: label, operation })
    }
  }

  return {
    get requestCount() {
      return counter.total
    },
    requestCountsByApi: () => counter.byApi(),
    listGroups: () => run('listGroups', () => listGroups(session)),
    describeGroups: (groups) => run('describeGroups', () => describeGroups(session, groups)),
    fetchCommittedOffsets: (groupIds) => run('fetchCommittedOffsets', () => fetchCommittedOffsets(session, groupIds)),
    fetchShareGroupOffsets: (groupIds) => run('fetchShareGroupOffsets', () => fetchShareGroupOffsets(session, groupIds)),
    fetchPartitionOffsets: (topics) => run('fetchPartitionOffsets', () => fetchPartitionOffsets(session, topics)),
    fetchRecordTimes: (reads, limits) => run('fetchRecordTimes', () => fetchRecordTimes(session, reads, limits)),
    listTopics: () => run('listTopics', () => listTopics(session)),
    describeTopicConfigs: (topics, keys) => run('describeTopicConfigs', () => describeTopicConfigs(session, topics, keys)),
    async close() {
      if (closed) return
      closed = true
      counter.stop()
      await pool.close()
    },
  }
}
