import type { Payload } from 'payload'

import type { AlertNotification } from '@/features/alerting/notification'

/**
 * Hands notifications to the workspace's channels. Placeholder until the channels land: it
 * accepts and drops them, so the evaluation can be built and tested on its own state.
 */
export async function enqueueNotifications(_payload: Payload, _notifications: readonly AlertNotification[]): Promise<void> {}
