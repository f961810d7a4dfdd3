import { compressionsAlgorithmsByBitmask } from '@platformatic/kafka'

/**
 * Pure: the timestamp of the first data record at or after an offset, read from the raw bytes of a
 * Fetch response's `records` (record batches, magic v2, as the broker sent them: the first batch may
 * start before the offset, the last may be cut off by the byte limit).
 *
 * Only what the timestamp needs is decoded: the batch header (base offset, attributes, last offset
 * delta, base and max timestamp), and for CreateTime the records' offset and timestamp deltas
 * (record timestamp = baseTimestamp + timestampDelta). With LogAppendTime (attribute bit 3) every
 * record of the batch carries the broker's append time, maxTimestamp, so no record is read. Control
 * batches (transaction markers, bit 5) hold no data and are skipped. A record removed by compaction
 * leaves a hole: the first record after it is taken, the one the consumer reads next.
 * A cut-off batch still yields its header, and for an uncompressed batch the records that arrived
 * whole; a compressed batch needs all its bytes. Null when the bytes hold no such record.
 */
export type RecordTime = { offset: number; timestamp: number; timestampType: 'create' | 'log_append' }

const HEADER_BYTES = 61 // baseOffset .. recordsCount
const LOG_OVERHEAD = 12 // baseOffset + batchLength: the batch's size is batchLength + 12
const COMPRESSION_MASK = 0b111
const LOG_APPEND_TIME = 1 << 3
const CONTROL = 1 << 5
/** RecordBatch.NO_TIMESTAMP: a producer that set none. */
const NO_TIMESTAMP = -1

export function firstRecordTime(records: Buffer, offset: number): RecordTime | null {
  let at = 0
  while (records.length - at >= HEADER_BYTES) {
    const baseOffset = Number(records.readBigInt64BE(at))
    const size = records.readInt32BE(at + 8) + LOG_OVERHEAD
    const magic = records.readInt8(at + 16)
    if (magic !== 2) return null
    const attributes = records.readInt16BE(at + 21)
    const lastOffset = baseOffset + records.readInt32BE(at + 23)
    const whole = records.length - at >= size
    if (lastOffset >= offset && (attributes & CONTROL) === 0) {
      if (attributes & LOG_APPEND_TIME) {
        const timestamp = Number(records.readBigInt64BE(at + 35))
        return timestamp === NO_TIMESTAMP ? null : { offset: Math.max(offset, baseOffset), timestamp, timestampType: 'log_append' }
      }
      const found = firstCreateTime(records.subarray(at, whole ? at + size : records.length), attributes, baseOffset, offset, whole)
      if (found !== undefined) return found
    }
    if (!whole) return null
    at += size
  }
  return null
}

/** A CreateTime batch's first record at or after `offset`; undefined when the batch has none (look on), null when it cannot tell. */
function firstCreateTime(batch: Buffer, attributes: number, baseOffset: number, offset: number, whole: boolean): RecordTime | null | undefined {
  const baseTimestamp = Number(batch.readBigInt64BE(27))
  const count = batch.readInt32BE(57)
  const codec = attributes & COMPRESSION_MASK
  let body = batch.subarray(HEADER_BYTES)
  if (codec !== 0) {
    if (!whole) return null
    const algorithm = compressionsAlgorithmsByBitmask[codec]
    if (!algorithm) return null
    try {
      body = algorithm.decompressSync(body)
    } catch {
      return null
    }
  }
  const reader = new VarIntReader(body)
  for (let i = 0; i < count; i++) {
    const length = reader.varint()
    const start = reader.position
    if (length === null || start + length > body.length) return null // cut off: the rest did not arrive
    reader.position++ // attributes
    const timestampDelta = reader.varint()
    const offsetDelta = reader.varint()
    if (timestampDelta === null || offsetDelta === null) return null
    if (baseOffset + offsetDelta >= offset) {
      const timestamp = baseTimestamp + timestampDelta
      return baseTimestamp === NO_TIMESTAMP ? null : { offset: baseOffset + offsetDelta, timestamp, timestampType: 'create' }
    }
    reader.position = start + length
  }
  return whole ? undefined : null
}

/** Zig-zag variable-length integers (protobuf style, as Kafka's records use them); null past the end. */
class VarIntReader {
  position = 0
  constructor(readonly bytes: Buffer) {}

  varint(): number | null {
    let value = 0n
    let shift = 0n
    while (this.position < this.bytes.length) {
      const byte = this.bytes[this.position++]!
      value |= BigInt(byte & 0x7f) << shift
      if ((byte & 0x80) === 0) return Number((value >> 1n) ^ -(value & 1n))
      shift += 7n
      if (shift > 63n) return null
    }
    return null
  }
}
