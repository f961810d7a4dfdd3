import { z } from 'zod'

/**
 * The stored shape of a notification (alert-deliveries.notification): every reader parses through
 * it. The same shape as AlertNotification (features/alerting/notification.ts), checked in
 * channels/deliveries.ts (the domain may not import the feature's types).
 */
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
})
