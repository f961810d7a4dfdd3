/**
 * Typed failures of the Kafka admin client. Messages name the cluster's bootstrap servers and what
 * happened, never a password: SASL credentials live only in the connection options.
 */
import { protocolErrorsCodesById } from '@platformatic/kafka'

export type KafkaAdminErrorDetails = { brokers: string[]; operation: string; cause?: unknown }

export class KafkaAdminError extends Error {
  readonly brokers: string[]
  readonly operation: string

  constructor(message: string, details: KafkaAdminErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = new.target.name
    this.brokers = details.brokers
    this.operation = details.operation
  }
}

/** No broker answered: refused, DNS failure, TLS handshake failure, connection dropped. */
export class KafkaUnreachableError extends KafkaAdminError {}

/** SASL authentication failed (wrong mechanism, user or password). */
export class KafkaAuthenticationError extends KafkaAdminError {}

/** An operation did not finish within its deadline. */
export class KafkaTimeoutError extends KafkaAdminError {}

/** The broker answered with an error code (e.g. GROUP_AUTHORIZATION_FAILED). */
export class KafkaProtocolError extends KafkaAdminError {
  readonly errorCode: number
  readonly errorName: string

  constructor(message: string, details: KafkaAdminErrorDetails & { errorCode: number }) {
    super(message, details)
    this.errorCode = details.errorCode
    this.errorName = protocolErrorName(details.errorCode)
  }
}

/** The broker lacks an API (or version) this client needs, or the client was closed. */
export class KafkaUnsupportedError extends KafkaAdminError {}

export function protocolErrorName(code: number): string {
  return protocolErrorsCodesById[code] ?? `error code ${code}`
}

type LibraryError = Error & { code?: string; errors?: unknown[]; cause?: unknown }

/** Walks an error, its cause and aggregated errors depth-first. */
function* errorChain(error: unknown, depth = 0): Generator<LibraryError> {
  if (!(error instanceof Error) || depth > 8) return
  const e = error as LibraryError
  yield e
  for (const inner of e.errors ?? []) yield* errorChain(inner, depth + 1)
  if (e.cause) yield* errorChain(e.cause, depth + 1)
}

/** Turns anything the library (or a socket) throws into one of the typed errors above. */
export function toKafkaAdminError(error: unknown, details: Omit<KafkaAdminErrorDetails, 'cause'>): KafkaAdminError {
  if (error instanceof KafkaAdminError) return error
  const where = `${details.operation} on ${details.brokers.join(',')}`
  const chain = [...errorChain(error)]
  const has = (test: (e: LibraryError) => boolean) => chain.find(test)
  const reason = (e: LibraryError | undefined) => e?.message ?? String(error)

  const auth = has((e) => e.code === 'PLT_KFK_AUTHENTICATION')
  if (auth) return new KafkaAuthenticationError(`Kafka authentication failed (${where}): ${reason(auth)}`, { ...details, cause: error })
  const timeout = has((e) => e.code === 'PLT_KFK_TIMEOUT' || /timed out/i.test(e.message))
  if (timeout) return new KafkaTimeoutError(`Kafka did not answer in time (${where}): ${reason(timeout)}`, { ...details, cause: error })
  const network = has((e) => e.code === 'PLT_KFK_NETWORK' || 'errno' in e || e.message === 'Broker requires TLS.')
  if (network) {
    const root = chain.findLast((e) => 'errno' in e || e.code === 'PLT_KFK_USER') ?? network
    return new KafkaUnreachableError(`Kafka is unreachable (${where}): ${reason(root)}`, { ...details, cause: error })
  }
  const unsupported = has((e) => e.code === 'PLT_KFK_UNSUPPORTED_API' || e.code === 'PLT_KFK_UNSUPPORTED')
  if (unsupported) return new KafkaUnsupportedError(`Kafka does not support this (${where}): ${reason(unsupported)}`, { ...details, cause: error })
  return new KafkaAdminError(`Kafka ${where} failed: ${reason(chain[0])}`, { ...details, cause: error })
}
