/** The kinds of alert channel, as stored in alert-channels.kind. */
export const CHANNEL_KINDS = ['webhook', 'slack', 'email', 'alertmanager'] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]

/** How a delivery of one notification to one channel stands (alert-deliveries.status). */
export const DELIVERY_STATUSES = ['pending', 'sending', 'retrying', 'sent', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** The statuses a delivery is (re)sent from once its nextAttemptAt is due; `sending` = a sender that stopped mid-attempt. */
export const DUE_STATUSES = ['pending', 'sending', 'retrying'] as const satisfies readonly DeliveryStatus[]
