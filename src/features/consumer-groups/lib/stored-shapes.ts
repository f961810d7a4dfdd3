/**
 * The JSON the consumer-group collections store, one zod schema (and the type inferred from it)
 * per shape. Writers build these types; the Payload json fields carry them into payload-types.ts;
 * every reader parses through the schema, because a stored value may predate the shape or be junk.
 * A value that does not parse is skipped, never a crash: an array is read element by element, so
 * one bad partition or member costs only itself.
 */
import { z } from 'zod'

import { GROUP_LAG_STATUSES, PARTITION_STATUSES, TIME_LAG_METHODS, VERDICT_RULES } from '@/features/consumer-groups/lib/types'

/** A log-end offset observed at a poll (kafka-lag-exporter's lookup-table point). */
export const offsetTimePointSchema = z.object({ offset: z.number(), time: z.number() })
export type OffsetTimePoint = z.infer<typeof offsetTimePointSchema>

/** kafka-partition-offsets.timeTable: one partition's bounded offset/time table (time-lag.ts). */
export const timeLagTableSchema = z.object({ limit: z.number().int(), points: z.array(offsetTimePointSchema) })
export type TimeLagTable = z.infer<typeof timeLagTableSchema>

/** kafka-partition-offsets.recentLogEnds: the partition's last log-end offsets, oldest first (Burrow's STOP). */
export const recentLogEndsSchema = z.array(z.number())

/** One slot of Burrow's sliding window: a committed offset, when it was seen, and the lag then. */
export const windowSlotSchema = z.object({ offset: z.number(), timestamp: z.number(), lag: z.number().nullable() })
export type WindowSlot = z.infer<typeof windowSlotSchema>

/** A Burrow window as stored: the compact numbers of window-codec.ts, or the slots earlier versions stored. */
export const storedWindowSchema = z.union([z.array(z.number()), z.array(windowSlotSchema)])
export type StoredWindow = z.infer<typeof storedWindowSchema>

/** One element of kafka-consumer-groups.partitionDetail, as the lag check writes it. */
export const partitionDetailSchema = z.object({
  topic: z.string(),
  partition: z.number().int(),
  committedOffset: z.number().nullable(),
  logStartOffset: z.number(),
  logEndOffset: z.number(),
  /** null = no commit, never 0. */
  lag: z.number().nullable(),
  noCommit: z.boolean(),
  belowLogStart: z.boolean(),
  lagSeconds: z.number().nullable(),
  /** How lagSeconds was obtained (TIME_LAG_METHODS); null when it is null or 0 because caught up. Absent in rows written before record timestamps. */
  lagSecondsMethod: z.enum(TIME_LAG_METHODS).nullable().optional(),
  /** The record's timestamp was ahead of the poll (a producer clock in the future): lagSeconds was clamped to 0. */
  lagSecondsClamped: z.boolean().optional(),
  status: z.enum(PARTITION_STATUSES).nullable(),
  owner: z.object({ memberId: z.string(), clientId: z.string(), host: z.string() }).nullable(),
  /** Burrow's window for the next poll. */
  window: storedWindowSchema,
  /** The partition's verdict rule (lib/verdict.ts): Burrow's status, or warming_up / no_commit. Absent in rows written before verdicts. */
  rule: z.enum(VERDICT_RULES).optional(),
  /** The numbers behind `rule`, in words. */
  reason: z.string().optional(),
})
export type PartitionDetail = z.infer<typeof partitionDetailSchema>

/**
 * kafka-consumer-groups.verdictState: what the verdict's stability needs beyond the current verdict
 * (lagStatus, lagRule, lagReason): the candidate status waiting to replace it and on how many polls in a row it held.
 */
export const verdictStateSchema = z.object({
  pending: z.object({ status: z.enum(GROUP_LAG_STATUSES), rule: z.enum(VERDICT_RULES), polls: z.number().int().min(1) }).nullable(),
})
export type VerdictState = z.infer<typeof verdictStateSchema>

/** A streams member's tasks of one subtopology: the partitions it processes of the subtopology's source topics. */
export const streamsTaskSchema = z.object({ subtopologyId: z.string(), sourceTopics: z.array(z.string()), partitions: z.array(z.number().int()) })
export type StreamsTask = z.infer<typeof streamsTaskSchema>

/**
 * One element of kafka-consumer-groups.members, as the group sync writes it. Every type has the
 * member, client, host and the partitions it reads (`assignments`); a share group's member also
 * its subscribed topics, a streams group's member its process and active, standby and warm-up tasks.
 */
export const groupMemberSchema = z.object({
  memberId: z.string(),
  clientId: z.string(),
  host: z.string(),
  assignments: z.array(z.object({ topic: z.string(), partitions: z.array(z.number().int()) })),
  subscribedTopics: z.array(z.string()).optional(),
  streams: z
    .object({
      processId: z.string(),
      instanceId: z.string().nullable(),
      activeTasks: z.array(streamsTaskSchema),
      standbyTasks: z.array(streamsTaskSchema),
      warmupTasks: z.array(streamsTaskSchema),
    })
    .optional(),
})
export type GroupMember = z.infer<typeof groupMemberSchema>

/** kafka-consumer-groups.subscribedTopicNames: physical topic names, sorted. */
export const subscribedTopicNamesSchema = z.array(z.string())

/** A stored value through its schema: the value, or null when it does not match. */
export function parseStored<T>(schema: z.ZodType<T>, stored: unknown): T | null {
  const parsed = schema.safeParse(stored)
  return parsed.success ? parsed.data : null
}

/** The elements of a stored JSON array that match `item`, and how many did not (not an array: all skipped). */
export function parseStoredList<T>(item: z.ZodType<T>, stored: unknown): { items: T[]; skipped: number } {
  if (!Array.isArray(stored)) return { items: [], skipped: stored === null || stored === undefined ? 0 : 1 }
  const items: T[] = []
  for (const element of stored) {
    const parsed = item.safeParse(element)
    if (parsed.success) items.push(parsed.data)
  }
  return { items, skipped: stored.length - items.length }
}
