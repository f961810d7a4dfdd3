import type { Field } from 'payload'
import { z } from 'zod'

import { typedJson } from '@/collections/fields/typedJson'
import { partitionDetailSchema, verdictStateSchema } from '@/features/consumer-groups/lib/stored-shapes'
import { GROUP_LAG_STATUSES, LAG_TRENDS, VERDICT_RULES } from '@/features/consumer-groups/lib/types'

/**
 * A group's latest lag as the lag check writes it (kafka-consumer-group-lag), and as the group
 * shows it (the same fields, virtual on kafka-consumer-groups through its `lag` relationship).
 */
export const groupLagFields = [
  { name: 'totalLag', type: 'number' },
  { name: 'maxPartitionLag', type: 'number' },
  {
    name: 'partitionDetail',
    type: 'json',
    typescriptSchema: typedJson(z.array(partitionDetailSchema)),
    admin: { description: 'Per-partition offsets, lag, time lag, status' },
  },
  { name: 'lagSeconds', type: 'number' },
  { name: 'lagStatus', type: 'select', options: [...GROUP_LAG_STATUSES] },
  { name: 'lagRule', type: 'select', options: [...VERDICT_RULES], admin: { description: 'The rule that produced the health verdict (lib/verdict.ts)' } },
  { name: 'lagReason', type: 'text', admin: { description: 'The health verdict’s rule and numbers, in words' } },
  {
    name: 'verdictState',
    type: 'json',
    typescriptSchema: typedJson(verdictStateSchema),
    admin: { description: 'The verdict’s stability: a new status waiting for consecutive polls' },
  },
  {
    name: 'lagTrend',
    type: 'select',
    options: [...LAG_TRENDS],
    admin: { description: 'Direction of the total lag over the last hour, set by the lag check' },
  },
  { name: 'lagCheckedAt', type: 'date' },
  {
    name: 'timeToClearSeconds',
    type: 'number',
    admin: { description: 'Estimated seconds until the lag is consumed at the current catch-up rate (empty when not catching up)' },
  },
] as const satisfies Field[]

/** The lag fields' names: what a lag check writes, and what a write to a group forwards to its lag row. */
export const GROUP_LAG_FIELD_NAMES = groupLagFields.map((f) => f.name)
export type GroupLagFieldName = (typeof GROUP_LAG_FIELD_NAMES)[number]

/** The lag fields as the group shows them: read through its `lag` relationship, sortable and filterable with one join. */
export const groupLagFieldsOnGroup: Field[] = groupLagFields.map((field) => ({ ...field, virtual: `lag.${field.name}` }))
