/**
 * What the demo creates, named once: accounts, workspaces, applications, virtual clusters,
 * topics, consumer groups and their traffic. Names are fixed (not random) so a re-run finds and
 * reuses what the previous run created; every Kafka and registry name starts with `demo-`.
 */

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'orbit-demo-password'

export const ADMIN = {
  email: process.env.ORBIT_ADMIN_EMAIL || 'admin@orbit.demo',
  password: process.env.ORBIT_ADMIN_PASSWORD || 'orbit-demo-admin',
}

export type DemoUser = { email: string; name: string; workspaces: string[] }
export const MEMBERS: DemoUser[] = [
  { email: 'alice@orbit.demo', name: 'Alice (Payments)', workspaces: ['payments'] },
  { email: 'bob@orbit.demo', name: 'Bob (Logistics)', workspaces: ['logistics'] },
  { email: 'carol@orbit.demo', name: 'Carol (both)', workspaces: ['payments', 'logistics'] },
]

export const CLUSTER_NAME = 'demo-local'

export type DemoWorkspace = { slug: string; name: string; description: string }
export const WORKSPACES: DemoWorkspace[] = [
  { slug: 'payments', name: 'Payments', description: 'Checkout and billing (demo)' },
  { slug: 'logistics', name: 'Logistics', description: 'Shipping and tracking (demo)' },
]

export type DemoApplication = { workspace: string; slug: string; name: string }
export const APPLICATIONS: DemoApplication[] = [
  { workspace: 'payments', slug: 'checkout', name: 'Checkout' },
  { workspace: 'payments', slug: 'billing', name: 'Billing' },
  { workspace: 'logistics', slug: 'shipping', name: 'Shipping' },
]

/** One virtual cluster per application and environment; its prefix owns topics, groups and subjects. */
export type DemoVirtualCluster = { workspace: string; application: string; environment: string; prefix: string }
export const prefixOf = (workspace: string, application: string, environment: string) => `demo-${workspace}-${application}-${environment}-`
export const VIRTUAL_CLUSTERS: DemoVirtualCluster[] = [
  ['payments', 'checkout', 'prod'],
  ['payments', 'checkout', 'staging'],
  ['payments', 'billing', 'prod'],
  ['logistics', 'shipping', 'prod'],
].map(([workspace, application, environment]) => ({
  workspace: workspace!,
  application: application!,
  environment: environment!,
  prefix: prefixOf(workspace!, application!, environment!),
}))

/** Topics: physical name = prefix + name. `perSecond` is what the producer writes. */
export type DemoTopic = { prefix: string; name: string; partitions: number; perSecond: number }
const checkoutProd = prefixOf('payments', 'checkout', 'prod')
const checkoutStaging = prefixOf('payments', 'checkout', 'staging')
const billingProd = prefixOf('payments', 'billing', 'prod')
const shippingProd = prefixOf('logistics', 'shipping', 'prod')
export const TOPICS: DemoTopic[] = [
  { prefix: checkoutProd, name: 'orders', partitions: 3, perSecond: 6 },
  { prefix: checkoutProd, name: 'payments', partitions: 3, perSecond: 6 },
  { prefix: checkoutStaging, name: 'orders', partitions: 1, perSecond: 1 },
  { prefix: billingProd, name: 'invoices', partitions: 2, perSecond: 2 },
  { prefix: shippingProd, name: 'shipments', partitions: 3, perSecond: 3 },
  { prefix: shippingProd, name: 'tracking-events', partitions: 2, perSecond: 4 },
]
export const topicName = (t: DemoTopic) => `${t.prefix}${t.name}`

/**
 * Consumer groups and how they behave:
 *   healthy   consumes everything as it arrives (lag stays near 0)
 *   behind    consumes `perSecond` records a second, slower than the topic grows (lag rises)
 *   stopped   consumed and committed once, then left (no members; lag grows with the topic)
 */
export type GroupBehaviour = 'healthy' | 'behind' | 'stopped'
export type DemoGroup = { groupId: string; topic: string; behaviour: GroupBehaviour; protocol: 'classic' | 'consumer'; perSecond?: number }
export const GROUPS: DemoGroup[] = [
  { groupId: `${checkoutProd}order-processor`, topic: `${checkoutProd}orders`, behaviour: 'healthy', protocol: 'classic' },
  { groupId: `${billingProd}payment-ledger`, topic: `${checkoutProd}payments`, behaviour: 'behind', protocol: 'consumer', perSecond: 3 },
  { groupId: `${billingProd}invoice-mailer`, topic: `${billingProd}invoices`, behaviour: 'healthy', protocol: 'consumer' },
  { groupId: `${shippingProd}label-printer`, topic: `${shippingProd}shipments`, behaviour: 'stopped', protocol: 'classic' },
  { groupId: `${shippingProd}tracker`, topic: `${shippingProd}tracking-events`, behaviour: 'healthy', protocol: 'classic' },
]

/** Sync intervals the demo runs the app with (seconds): short, so the pages move. */
export const DEMO_INTERVALS = { schemaSync: 30, consumerGroupSync: 15, lagCheck: 15 }
