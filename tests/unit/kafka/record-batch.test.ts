import { CompressionAlgorithms, createRecordsBatch, type CompressionAlgorithmValue } from '@platformatic/kafka'
import { describe, expect, it } from 'vitest'

import { decodeRecordTimes, firstRecordTime, recordTimeAt } from '@/integrations/kafka/record-batch'

const T0 = 1_767_225_600_000 // 2026-01-01T00:00:00Z

/** One v2 batch as a producer writes it (CreateTime), moved to `baseOffset`; `attributes` OR-ed in (the CRC is not checked). */
function batch(baseOffset: number, timestamps: number[], options: { attributes?: number; compression?: CompressionAlgorithmValue } = {}): Buffer {
  const messages = timestamps.map((t, i) => ({ topic: 't', value: Buffer.from(`value-${i}`), timestamp: BigInt(t) }))
  const bytes = Buffer.from(createRecordsBatch(messages, { compression: options.compression ?? CompressionAlgorithms.NONE }).buffer)
  bytes.writeBigInt64BE(BigInt(baseOffset), 0)
  if (options.attributes) bytes.writeInt16BE(bytes.readInt16BE(21) | options.attributes, 21)
  return bytes
}

describe('firstRecordTime', () => {
  it('reads the CreateTime of the record at the offset inside a batch that starts before it', () => {
    const records = batch(100, [T0, T0 + 1_000, T0 + 2_500, T0 + 4_000])
    expect(firstRecordTime(records, 102)).toEqual({ offset: 102, timestamp: T0 + 2_500, timestampType: 'create' })
  })

  it('reads a record older than the batch base timestamp (a negative delta) and a delta of days', () => {
    const records = batch(0, [T0, T0 - 1_500, T0 + 3 * 86_400_000])
    expect([1, 2].map((o) => firstRecordTime(records, o)?.timestamp)).toEqual([T0 - 1_500, T0 + 3 * 86_400_000])
  })

  it('skips whole batches before the offset and reads the next one', () => {
    const records = Buffer.concat([batch(0, [T0, T0 + 10]), batch(2, [T0 + 7_000, T0 + 8_000])])
    expect(firstRecordTime(records, 3)).toEqual({ offset: 3, timestamp: T0 + 8_000, timestampType: 'create' })
  })

  it('uses the batch max timestamp for every record under LogAppendTime', () => {
    const records = batch(50, [T0, T0 + 1_000, T0 + 9_000], { attributes: 1 << 3 })
    expect(firstRecordTime(records, 50)).toEqual({ offset: 50, timestamp: T0 + 9_000, timestampType: 'log_append' })
  })

  it('skips a control batch (transaction marker) and takes the next data record', () => {
    const records = Buffer.concat([batch(10, [T0 + 1], { attributes: 1 << 5 }), batch(11, [T0 + 3_000])])
    expect(firstRecordTime(records, 10)).toEqual({ offset: 11, timestamp: T0 + 3_000, timestampType: 'create' })
  })

  it('takes the next record after a compaction hole (offsets 24..29 removed)', () => {
    // Offsets 20 and 23 survived compaction: a batch spanning 20..23 with two records, offset deltas 0 and 3.
    const records = batch(20, [T0, T0 + 1_000, T0 + 2_000, T0 + 3_000])
    const compacted = Buffer.concat([records, batch(30, [T0 + 60_000])])
    expect(firstRecordTime(compacted, 24)).toEqual({ offset: 30, timestamp: T0 + 60_000, timestampType: 'create' })
  })

  it('reads a compressed batch when it arrived whole', () => {
    const records = batch(7, [T0, T0 + 500, T0 + 1_500], { compression: CompressionAlgorithms.GZIP })
    expect(records.readInt16BE(21) & 0b111).toBe(1)
    expect(firstRecordTime(records, 9)).toEqual({ offset: 9, timestamp: T0 + 1_500, timestampType: 'create' })
  })

  it('reads the records that arrived whole of a batch cut off by the byte limit, and nothing past them', () => {
    const records = batch(0, [T0, T0 + 1_000, T0 + 2_000])
    const cut = records.subarray(0, records.length - 5)
    expect(firstRecordTime(cut, 1)).toEqual({ offset: 1, timestamp: T0 + 1_000, timestampType: 'create' })
    expect(firstRecordTime(cut, 2)).toBeNull()
  })

  it('cannot read a compressed batch that was cut off', () => {
    const records = batch(0, [T0, T0 + 1_000], { compression: CompressionAlgorithms.GZIP })
    expect(firstRecordTime(records.subarray(0, records.length - 3), 0)).toBeNull()
  })

  it('is null for a producer that set no timestamp, for no bytes, and for bytes shorter than a batch header', () => {
    expect(firstRecordTime(batch(0, [-1]), 0)).toBeNull()
    expect(firstRecordTime(Buffer.alloc(0), 0)).toBeNull()
    expect(firstRecordTime(batch(0, [T0]).subarray(0, 40), 0)).toBeNull()
  })

  it('dates several offsets from one answer, and says how far its bytes reach', () => {
    const records = Buffer.concat([batch(0, [T0, T0 + 1_000]), batch(2, [T0 + 5_000], { attributes: 1 << 3 }), batch(3, [T0 + 9_000])])
    const { spans, coveredTo } = decodeRecordTimes(records.subarray(0, records.length - 4))
    expect(coveredTo).toBe(2) // the last batch was cut off before its only record
    expect([0, 1, 2].map((o) => recordTimeAt(spans, o)?.timestamp)).toEqual([T0, T0 + 1_000, T0 + 5_000])
    expect(recordTimeAt(spans, 3)).toBeNull()
  })
})
