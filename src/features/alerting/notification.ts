// The contract lives in the domain (lib/notification.ts) so the pure evaluation can build it; this path stays for the channels.
export * from '@/features/alerting/lib/notification'
