import type { Payload } from 'payload'

import type { AlertNotification } from '@/features/alerting/notification'
import type { User } from '@/payload-types'

export const PASSWORD = 'correct-horse-battery'

/**
 * Two teams on one platform: Payments (an owner, an admin and a member) and Logistics (an owner),
 * plus a platform admin. Emails are unique per call (`tag`), so files can share a database kind.
 */
export async function seedTeams(payload: Payload, tag: string) {
  const create = (collection: 'users' | 'workspaces' | 'workspace-members', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 }) as Promise<{ id: number }>
  const user = async (name: string, role: 'platform-admin' | 'member' = 'member') => {
    const email = `${name}-${tag}@orbit.test`
    await create('users', { email, password: PASSWORD, name, role })
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, limit: 1 })
    return found.docs[0] as User
  }
  const payments = (await create('workspaces', { name: 'Payments', slug: `payments-${tag}` })).id
  const logistics = (await create('workspaces', { name: 'Logistics', slug: `logistics-${tag}` })).id
  const users = {
    admin: await user('admin', 'platform-admin'),
    paymentsOwner: await user('payments-owner'),
    paymentsAdmin: await user('payments-admin'),
    paymentsMember: await user('payments-member'),
    logisticsOwner: await user('logistics-owner'),
  }
  const member = (u: User, workspace: number, role: 'owner' | 'admin' | 'member') =>
    create('workspace-members', { user: u.id, workspace, role, status: 'active' })
  await member(users.paymentsOwner, payments, 'owner')
  await member(users.paymentsAdmin, payments, 'admin')
  await member(users.paymentsMember, payments, 'member')
  await member(users.logisticsOwner, logistics, 'owner')
  return { workspaces: { payments, logistics }, users }
}

/** A firing notification of the Payments team's rule about one of its groups. */
export function firingNotification(workspaceId: number | null, name: string, overrides: Partial<AlertNotification> = {}): AlertNotification {
  return {
    fingerprint: `rule-1:group:${name}`,
    workspaceId,
    ruleId: 1,
    ruleName: 'Payments lag',
    status: 'firing',
    severity: 'error',
    target: { kind: 'consumer-group', name, clusterName: 'cluster-1', path: `/w/payments/groups/${name}` },
    summary: `Lag above 1000 messages: 4200 on ${name}`,
    startsAt: '2026-12-03T16:00:00.000Z',
    labels: { alertname: 'PaymentsLag', workspace: 'payments', cluster: 'cluster-1', group: name, severity: 'error' },
    ...overrides,
  }
}

/** Creates a row as the engine would (overrideAccess), answering its id. */
export async function createRow(payload: Payload, collection: string, data: Record<string, unknown>): Promise<number> {
  return ((await payload.create({ collection: collection as 'workspaces', data: data as never, overrideAccess: true, depth: 0 })) as { id: number }).id
}

/** A Payments workspace owning every topic and group named `<run>-…` on the cluster (one virtual cluster). */
export async function seedRunWorkspace(payload: Payload, run: string, clusterId: number): Promise<number> {
  const workspace = await createRow(payload, 'workspaces', { name: 'Payments', slug: `${run}-payments` })
  await createRow(payload, 'kafka-virtual-clusters', {
    name: `${run}-vc`,
    workspace,
    environment: 'prod',
    physicalCluster: clusterId,
    topicPrefix: `${run}-`,
    groupPrefix: `${run}-`,
  })
  return workspace
}
