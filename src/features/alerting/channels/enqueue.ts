import type { Payload } from 'payload'

import { deliverDue, type DeliveryOptions, storeDeliveries } from '@/features/alerting/channels/deliveries'
import type { AlertNotification } from '@/features/alerting/notification'

/**
 * Hands notifications to the workspace's channels: one delivery per (notification, enabled channel
 * of its workspace; platform-wide channels for a notification without one) is stored, then each is
 * attempted once. Failures wait for their retry in the database (resumeDeliveries).
 */
export async function enqueueNotifications(payload: Payload, notifications: readonly AlertNotification[], options: DeliveryOptions = {}): Promise<void> {
  if (notifications.length === 0) return
  const now = options.now?.() ?? new Date()
  const ids = await storeDeliveries(payload, notifications, now)
  await deliverDue(payload, { ...options, ids })
}

/** Sends the deliveries that are due: retries, and whatever a stopped process left pending. The sync runners call it each cycle. */
export async function resumeDeliveries(payload: Payload, options: DeliveryOptions = {}): Promise<number> {
  return deliverDue(payload, options)
}
