import { subscribe, unsubscribe } from 'node:diagnostics_channel'

import { protocolAPIsById } from '@platformatic/kafka'

/**
 * Counts Kafka protocol requests at the lowest level the library exposes: @platformatic/kafka
 * publishes `tracing:plt:kafka:connections:api:start` from `Connection#sendRequest`, right before a
 * request is written to the socket. Every request is counted, including the ApiVersions,
 * SaslHandshake and SaslAuthenticate requests of a new connection. Connections are attributed to
 * a client through the `context` object its connection pool hands to each connection.
 */
const CHANNEL = 'tracing:plt:kafka:connections:api:start'

type SendContext = { connection?: { context?: unknown }; apiKey?: number }

export class RequestCounter {
  #total = 0
  readonly #byApi = new Map<string, number>()
  readonly #listener: (message: unknown) => void

  constructor(readonly owner: object) {
    this.#listener = (message) => {
      const ctx = message as SendContext
      if (ctx.connection?.context !== owner) return
      this.#total++
      const name = protocolAPIsById[ctx.apiKey ?? -1] ?? `api-${ctx.apiKey}`
      this.#byApi.set(name, (this.#byApi.get(name) ?? 0) + 1)
    }
    subscribe(CHANNEL, this.#listener)
  }

  get total(): number {
    return this.#total
  }

  /** Requests per API name, e.g. `{ OffsetFetch: 1, FindCoordinator: 1 }`. */
  byApi(): Record<string, number> {
    return Object.fromEntries(this.#byApi)
  }

  stop(): void {
    unsubscribe(CHANNEL, this.#listener)
  }
}
