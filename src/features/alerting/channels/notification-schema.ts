import { z } from 'zod'

import type { AlertNotification } from '@/features/alerting/notification'

/** The stored shape of a notification (alert-deliveries.notification): every reader parses through it. */
export const alertNotificationSchema = z.object({
  fingerprint: z.string(),
  workspaceId: z.number().int().nullable(),
  ruleId: z.number().int().nullable(),
  ruleName: z.string(),
  status: z.enum(['firing', 'resolved', 'test']),
  severity: z.enum(['warning', 'error']),
  target: z.object({
    kind: z.enum(['consumer-group', 'schema-subject', 'cluster']),
    name: z.string(),
    clusterName: z.string(),
    path: z.string(),
  }),
  summary: z.string(),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  labels: z.record(z.string(), z.string()),
}) satisfies z.ZodType<AlertNotification>
