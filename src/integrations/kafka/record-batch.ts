import { compressionsAlgorithmsByBitmask } from '@platformatic/kafka'

/**
 * Pure: the timestamps of the records in the raw bytes of a Fetch response's `records` (record
 * batches, magic v2, as the broker sent them: the first batch may start before the fetch offset,
 * the last may be cut off by the byte limit), as spans in offset order, and the timestamp of the
 * first data record at or after an offset from them.
 *
 * Only what the timestamp needs is decoded: the batch header (base offset, attributes, last offset
 * delta, base and max timestamp), and for CreateTime the records' offset and timestamp deltas
 * (record timestamp = baseTimestamp + timestampDelta), one span per record. With LogAppendTime
 * (attribute bit 3) every record of the batch carries the broker's append time, maxTimestamp: one
 * span for the batch, no record read. Control batches (transaction markers, bit 5) hold no data
 * and are skipped. A record removed by compaction leaves a hole: the first record after it is the
 * one the consumer reads next. Of a cut-off batch the records that arrived whole are read if it is
 * uncompressed; a compressed batch needs all its bytes. Decoding stops at the first batch it
 * cannot read, so the spans cover the log without gaps up to their last offset.
 */
export type RecordTime = { offset: number; timestamp: number; timestampType: 'create' | 'log_append' }

/** Records `firstOffset`..`lastOffset` (those that exist) carry `timestamp`. */
export type RecordTimeSpan = { firstOffset: number; lastOffset: number; timestamp: number; timestampType: RecordTime['timestampType'] }

const HEADER_BYTES = 61 // baseOffset .. recordsCount
const LOG_OVERHEAD = 12 // baseOffset + batchLength: the batch's size is batchLength + 12
const COMPRESSION_MASK = 0b111
const LOG_APPEND_TIME = 1 << 3
const CONTROL = 1 << 5
/** RecordBatch.NO_TIMESTAMP: a producer that set none. */
const NO_TIMESTAMP = -1

/** The decoded spans; `coveredTo` is the last offset the bytes account for (-1 when none), control batches included. */
export function decodeRecordTimes(records: Buffer): { spans: RecordTimeSpan[]; coveredTo: number } {
  const spans: RecordTimeSpan[] = []
  let coveredTo = -1
  let at = 0
  while (records.length - at >= HEADER_BYTES) {
    const baseOffset = Number(records.readBigInt64BE(at))
    const size = records.readInt32BE(at + 8) + LOG_OVERHEAD
    if (records.readInt8(at + 16) !== 2) break // magic: only v2 batches carry these fields
    const attributes = records.readInt16BE(at + 21)
    const lastOffset = baseOffset + records.readInt32BE(at + 23)
    const whole = records.length - at >= size
    if (attributes & CONTROL) {
      if (!whole) break
      coveredTo = lastOffset
    } else if (attributes & LOG_APPEND_TIME) {
      const timestamp = Number(records.readBigInt64BE(at + 35))
      if (timestamp === NO_TIMESTAMP) break
      spans.push({ firstOffset: baseOffset, lastOffset, timestamp, timestampType: 'log_append' })
      coveredTo = lastOffset
    } else {
      const read = createTimes(records.subarray(at, whole ? at + size : records.length), attributes, baseOffset, whole)
      spans.push(...read.spans)
      if (read.spans.length > 0) coveredTo = read.spans.at(-1)!.lastOffset
      if (!read.complete) break
      coveredTo = lastOffset
    }
    if (!whole) break
    at += size
  }
  return { spans, coveredTo }
}

/** The first data record at or after `offset` among the spans; null when they do not reach it. */
export function recordTimeAt(spans: readonly RecordTimeSpan[], offset: number): RecordTime | null {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (spans[mid]!.lastOffset < offset) low = mid + 1
    else high = mid
  }
  const span = spans[low]
  return span ? { offset: Math.max(offset, span.firstOffset), timestamp: span.timestamp, timestampType: span.timestampType } : null
}

/** The timestamp of the first data record at or after `offset` in the bytes; null when they hold none. */
export function firstRecordTime(records: Buffer, offset: number): RecordTime | null {
  return recordTimeAt(decodeRecordTimes(records).spans, offset)
}

/** A CreateTime batch's records as spans; `complete` when every record was read. */
function createTimes(batch: Buffer, attributes: number, baseOffset: number, whole: boolean): { spans: RecordTimeSpan[]; complete: boolean } {
  const spans: RecordTimeSpan[] = []
  const baseTimestamp = Number(batch.readBigInt64BE(27))
  const count = batch.readInt32BE(57)
  const codec = attributes & COMPRESSION_MASK
  if (baseTimestamp === NO_TIMESTAMP) return { spans, complete: false }
  let body = batch.subarray(HEADER_BYTES)
  if (codec !== 0) {
    const algorithm = whole ? compressionsAlgorithmsByBitmask[codec] : undefined
    if (!algorithm) return { spans, complete: false }
    try {
      body = algorithm.decompressSync(body)
    } catch {
      return { spans, complete: false }
    }
  }
  const reader = new VarIntReader(body)
  for (let i = 0; i < count; i++) {
    const length = reader.varint()
    const start = reader.position
    if (length === null || start + length > body.length) return { spans, complete: false } // cut off: the rest did not arrive
    reader.position++ // attributes
    const timestampDelta = reader.varint()
    const offsetDelta = reader.varint()
    if (timestampDelta === null || offsetDelta === null) return { spans, complete: false }
    const offset = baseOffset + offsetDelta
    spans.push({ firstOffset: offset, lastOffset: offset, timestamp: baseTimestamp + timestampDelta, timestampType: 'create' })
    reader.position = start + length
  }
  return { spans, complete: whole }
}

/**
 * Zig-zag variable-length integers (protobuf style, as Kafka's records use them), in plain numbers
 * (no BigInt: this runs for every record of every answer); null past the end or from 2^49 on, which
 * no offset or timestamp delta reaches.
 */
class VarIntReader {
  position = 0
  constructor(readonly bytes: Buffer) {}

  varint(): number | null {
    let value = 0
    let scale = 1
    while (this.position < this.bytes.length) {
      const byte = this.bytes[this.position++]!
      value += (byte & 0x7f) * scale
      if ((byte & 0x80) === 0) return value % 2 === 0 ? value / 2 : -(value + 1) / 2
      scale *= 128
      if (scale >= 2 ** 49) return null
    }
    return null
  }
}
