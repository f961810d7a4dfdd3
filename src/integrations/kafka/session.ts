import {
  type API,
  apiVersionsV3,
  type Connection,
  ConnectionPool,
  FindCoordinatorKeyTypes,
  findCoordinatorV4,
  findCoordinatorV5,
  findCoordinatorV6,
  metadataV11,
  metadataV12,
} from '@platformatic/kafka'

import type { BrokerAddress } from '@/integrations/kafka/connection-options'
import { KafkaProtocolError, KafkaUnsupportedError, protocolErrorName } from '@/integrations/kafka/errors'
import { TryAgain, withRetries } from '@/integrations/kafka/retry'
import type { Coordinator } from '@/integrations/kafka/types'
import { chunk } from '@/lib/chunk'

/* eslint-disable @typescript-eslint/no-explicit-any -- API tuples are heterogeneous */
type AnyApi = API<any[], any>
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Broker errors that mean "ask FindCoordinator again, maybe a little later". */
const COORDINATOR_ERRORS = new Set([14, 15, 16]) // COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR
/** Tries of a coordinator lookup, and the wait after the first (doubling: 300, 600, 1200 ms). */
const COORDINATOR_ATTEMPTS = 4
const COORDINATOR_RETRY_DELAY_MS = 300

export function isCoordinatorError(code: number): boolean {
  return COORDINATOR_ERRORS.has(code)
}

/**
 * What the group and offset operations share: one connection pool (kept across calls, so a client
 * reused across sync cycles keeps its sockets), the negotiated API versions, and a cache of group
 * coordinators (dropped per group when a broker says it moved).
 */
export class KafkaSession {
  #apiVersions: Promise<Map<number, { min: number; max: number }>> | undefined
  readonly #coordinators = new Map<string, Coordinator>()

  constructor(
    readonly pool: ConnectionPool,
    readonly bootstrap: BrokerAddress[],
    readonly brokersLabel: string[],
    readonly groupBatchSize: number,
  ) {}

  bootstrapConnection(): Promise<Connection> {
    return this.pool.getFirstAvailable(this.bootstrap)
  }

  connectionTo(broker: BrokerAddress): Promise<Connection> {
    return this.pool.get({ host: broker.host, port: broker.port })
  }

  /**
   * Sends one request. Responses that carry per-item error codes are returned as they are (the
   * library throws a ResponseError holding the parsed response): callers read the codes per item.
   */
  async call<A extends unknown[], R>(api: API<A, R>, connection: Connection, ...args: A): Promise<R> {
    try {
      return await api.async(connection, ...args)
    } catch (error) {
      const response = (error as { code?: string; response?: R }).response
      if ((error as { code?: string }).code === 'PLT_KFK_RESPONSE' && response !== undefined) return response
      throw error
    }
  }

  /** The first of `candidates` (newest first, all the same API) that the broker supports. */
  async pickApi<T extends AnyApi>(name: string, candidates: T[]): Promise<T> {
    this.#apiVersions ??= this.bootstrapConnection()
      .then((connection) => apiVersionsV3.api.async(connection, 'orbit', '1'))
      .then((response) => new Map(response.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }])))
    const versions = await this.#apiVersions.catch((error: unknown) => {
      this.#apiVersions = undefined
      throw error
    })
    const range = versions.get(candidates[0]!.key)
    const api = range && candidates.find((c) => c.version >= range.min && c.version <= range.max)
    if (!api) {
      const wanted = candidates.map((c) => `v${c.version}`).join(' or ')
      throw new KafkaUnsupportedError(`The broker does not support ${name} ${wanted} (it offers ${range ? `v${range.min}-v${range.max}` : 'none'})`, {
        brokers: this.brokersLabel,
        operation: name,
      })
    }
    return api
  }

  /** Cluster metadata: brokers by node id, and for the given topics (null: every topic) their partitions' leaders. */
  async metadata(topics: string[] | null) {
    const api = await this.pickApi('Metadata', [metadataV12.api, metadataV11.api])
    const connection = await this.bootstrapConnection()
    const response = await this.call(api, connection, topics, false, false)
    const brokers = new Map<number, BrokerAddress>(response.brokers.map((b) => [b.nodeId, { host: b.host, port: b.port }]))
    return { brokers, topics: response.topics }
  }

  /** Coordinators of the groups, from the cache or one batched FindCoordinator per `groupBatchSize` groups. */
  async coordinators(groupIds: string[]): Promise<Map<string, Coordinator>> {
    // v4+ takes many keys per request (KIP-699).
    const api = await this.pickApi('FindCoordinator', [findCoordinatorV6.api, findCoordinatorV5.api, findCoordinatorV4.api])
    let missing = [...new Set(groupIds)].filter((id) => !this.#coordinators.has(id))
    if (missing.length > 0) {
      await withRetries(
        async () => {
          const retry: string[] = []
          let lastError = 0
          await Promise.all(
            chunk(missing, this.groupBatchSize).map(async (keys) => {
              const connection = await this.bootstrapConnection()
              const response = await this.call(api, connection, FindCoordinatorKeyTypes.GROUP, keys)
              for (const c of response.coordinators) {
                if (c.errorCode === 0) this.#coordinators.set(c.key, { nodeId: c.nodeId, host: c.host, port: c.port })
                else if (isCoordinatorError(c.errorCode)) retry.push(c.key)
                else throw this.protocolError('FindCoordinator', c.errorCode, c.key)
                lastError = c.errorCode || lastError
              }
            }),
          )
          missing = retry
          if (retry.length > 0) throw new TryAgain(this.protocolError('FindCoordinator', lastError, retry[0]!))
        },
        { attempts: COORDINATOR_ATTEMPTS, firstDelayMs: COORDINATOR_RETRY_DELAY_MS },
      )
    }
    return new Map(groupIds.map((id) => [id, this.#coordinators.get(id)!]))
  }

  forgetCoordinators(groupIds: Iterable<string>): void {
    for (const id of groupIds) this.#coordinators.delete(id)
  }

  /**
   * Runs `perCoordinator` once per (coordinator, batch of groups) and retries, after a fresh
   * FindCoordinator, the groups whose answer says the coordinator moved or is still loading.
   * `perCoordinator` returns the ids to retry.
   */
  async byCoordinator(
    groupIds: string[],
    perCoordinator: (coordinator: Coordinator, connection: Connection, batch: string[]) => Promise<string[]>,
  ): Promise<Map<string, Coordinator>> {
    const found = new Map<string, Coordinator>()
    let pending = [...new Set(groupIds)]
    if (pending.length === 0) return found
    await withRetries(
      async () => {
        const coordinators = await this.coordinators(pending)
        const byNode = new Map<number, { coordinator: Coordinator; ids: string[] }>()
        for (const [id, coordinator] of coordinators) {
          found.set(id, coordinator)
          const entry = byNode.get(coordinator.nodeId) ?? { coordinator, ids: [] }
          entry.ids.push(id)
          byNode.set(coordinator.nodeId, entry)
        }
        const retry: string[] = []
        await Promise.all(
          [...byNode.values()].flatMap(({ coordinator, ids }) =>
            chunk(ids, this.groupBatchSize).map(async (batch) => {
              const connection = await this.connectionTo(coordinator)
              retry.push(...(await perCoordinator(coordinator, connection, batch)))
            }),
          ),
        )
        this.forgetCoordinators(retry)
        pending = retry
        if (retry.length > 0) {
          throw new TryAgain(
            new KafkaProtocolError(`Group coordinator still unavailable for ${retry.length} group(s), e.g. "${retry[0]}"`, {
              brokers: this.brokersLabel,
              operation: 'group coordinator lookup',
              errorCode: 15,
            }),
          )
        }
      },
      { attempts: COORDINATOR_ATTEMPTS, firstDelayMs: COORDINATOR_RETRY_DELAY_MS },
    )
    return found
  }

  protocolError(operation: string, errorCode: number, subject: string, message?: string | null): KafkaProtocolError {
    const detail = message ? `: ${message}` : ''
    return new KafkaProtocolError(`${operation} failed for "${subject}" with ${protocolErrorName(errorCode)}${detail}`, {
      brokers: this.brokersLabel,
      operation,
      errorCode,
    })
  }
}
