import type { CollectionSlug, Payload } from 'payload'

import { packSample, sampleHour } from '@/features/consumer-groups/lib'
import type { User } from '@/payload-types'

/**
 * Three workspaces (A, B, C) with one document of every workspace-owned collection each, plus
 * unowned synced documents (and a cluster-wide alert rule with its state and history), and four users:
 *   admin      platform admin: sees everything
 *   memberA    active in A, pending in C: sees A only
 *   memberAB   active in A and B: sees A and B
 *   outsider   no membership: sees nothing
 */
export const WORKSPACES = ['A', 'B', 'C'] as const
export type WorkspaceKey = (typeof WORKSPACES)[number]
export const USERS = ['admin', 'memberA', 'memberAB', 'outsider'] as const
export type UserKey = (typeof USERS)[number]
export const PASSWORD = 'correct-horse-battery'

export const VISIBLE_WORKSPACES: Record<UserKey, readonly WorkspaceKey[]> = {
  admin: WORKSPACES,
  memberA: ['A'],
  memberAB: ['A', 'B'],
  outsider: [],
}

/** The collections whose documents carry a `workspace` (null = unowned where allowed). */
export const WORKSPACE_OWNED = [
  'kafka-applications',
  'kafka-virtual-clusters',
  'kafka-topics',
  'kafka-schemas',
  'kafka-schema-versions',
  'kafka-consumer-groups',
  'kafka-consumer-group-lag',
  'kafka-consumer-group-lag-history',
  'kafka-consumer-group-events',
  'alert-channels',
  'alert-rules',
  'alert-states',
  'alert-events',
] as const satisfies readonly CollectionSlug[]
export type WorkspaceOwnedSlug = (typeof WORKSPACE_OWNED)[number]

type Id = number
export type TenancyFixture = {
  users: Record<UserKey, { id: Id; email: string }>
  workspaces: Record<WorkspaceKey, Id>
  /** Which workspace owns each document (null = unowned), per collection. */
  owners: Record<WorkspaceOwnedSlug | 'kafka-clusters' | 'workspace-members', Map<Id, WorkspaceKey[] | null>>
  /** Membership id -> the user it belongs to. */
  membershipUsers: Map<Id, UserKey>
  clusterSecret: string
}

export async function seedTenancyFixture(payload: Payload): Promise<TenancyFixture> {
  const create = <T extends CollectionSlug>(collection: T, data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 }) as Promise<{ id: Id }>

  const users = {} as TenancyFixture['users']
  for (const key of USERS) {
    const email = `${key.toLowerCase()}@orbit.test`
    const user = await create('users', {
      email,
      password: PASSWORD,
      name: key,
      role: key === 'admin' ? 'platform-admin' : 'member',
    })
    users[key] = { id: user.id, email }
  }

  const workspaces = {} as Record<WorkspaceKey, Id>
  for (const key of WORKSPACES) {
    workspaces[key] = (await create('workspaces', { name: `Workspace ${key}`, slug: `ws-${key.toLowerCase()}` })).id
  }

  const memberships = new Map<Id, WorkspaceKey[] | null>()
  const membershipUsers = new Map<Id, UserKey>()
  const member = async (user: UserKey, ws: WorkspaceKey, status: 'active' | 'pending') => {
    const doc = await create('workspace-members', { user: users[user].id, workspace: workspaces[ws], status, role: 'member' })
    memberships.set(doc.id, [ws])
    membershipUsers.set(doc.id, user)
  }
  await member('memberA', 'A', 'active')
  await member('memberA', 'C', 'pending')
  await member('memberAB', 'A', 'active')
  await member('memberAB', 'B', 'active')

  // cluster-1 backs A and B, cluster-2 backs C, cluster-3 backs nothing.
  const clusterSecret = 'sasl-secret-never-returned'
  const clusters = new Map<Id, WorkspaceKey[] | null>()
  const cluster = async (name: string, backs: WorkspaceKey[] | null) => {
    const doc = await create('kafka-clusters', {
      name,
      bootstrapServers: '127.0.0.1:9092',
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-256',
      saslUsername: 'orbit',
      saslPassword: clusterSecret,
      schemaRegistryUrl: 'http://127.0.0.1:8081',
      schemaRegistryPassword: `${clusterSecret}-registry`,
    })
    clusters.set(doc.id, backs)
    return doc.id
  }
  const clusterIds: Record<WorkspaceKey | 'none', Id> = {
    A: await cluster('cluster-1', ['A', 'B']),
    C: await cluster('cluster-2', ['C']),
    none: await cluster('cluster-3', null),
    B: 0,
  }
  clusterIds.B = clusterIds.A

  const owners = Object.fromEntries(WORKSPACE_OWNED.map((slug) => [slug, new Map()])) as TenancyFixture['owners']
  owners['kafka-clusters'] = clusters
  owners['workspace-members'] = memberships
  const own = (slug: WorkspaceOwnedSlug, id: Id, ws: WorkspaceKey | null) => owners[slug].set(id, ws ? [ws] : null)

  for (const ws of [...WORKSPACES, null] as const) {
    const tag = ws ? ws.toLowerCase() : 'unowned'
    const clusterId = ws ? clusterIds[ws] : clusterIds.none
    const workspace = ws ? workspaces[ws] : null
    let application: Id | null = null
    let virtualCluster: Id | null = null
    if (ws) {
      application = (await create('kafka-applications', { workspace, name: `App ${ws}`, slug: `app-${tag}` })).id
      own('kafka-applications', application, ws)
      virtualCluster = (
        await create('kafka-virtual-clusters', {
          name: `vc-${tag}`,
          workspace,
          application,
          environment: 'prod',
          physicalCluster: clusterId,
          topicPrefix: `${tag}-prod-`,
          groupPrefix: `${tag}-prod-`,
        })
      ).id
      own('kafka-virtual-clusters', virtualCluster, ws)
    }
    const ownership = { cluster: clusterId, workspace, virtualCluster, application }
    const topic = await create('kafka-topics', { ...ownership, name: 'orders', fullName: `${tag}-prod-orders`, partitions: 3 })
    own('kafka-topics', topic.id, ws)
    const schema = await create('kafka-schemas', {
      ...ownership,
      subject: `${tag}-prod-orders-value`,
      topic: topic.id,
      format: 'avro',
      status: 'registered',
      content: '{"type":"string"}',
    })
    own('kafka-schemas', schema.id, ws)
    const version = await create('kafka-schema-versions', {
      schema: schema.id,
      cluster: clusterId,
      workspace,
      version: 1,
      registrySchemaId: schema.id,
      content: '{"type":"string"}',
    })
    own('kafka-schema-versions', version.id, ws)
    const group = await create('kafka-consumer-groups', { ...ownership, groupId: `${tag}-prod-billing`, totalLag: 0 })
    own('kafka-consumer-groups', group.id, ws)
    // The group's lag (written through the group, as any lag field is) is its own row, owned like the group.
    const lag = await payload.find({ collection: 'kafka-consumer-group-lag', where: { consumerGroup: { equals: group.id } }, overrideAccess: true, depth: 0 })
    own('kafka-consumer-group-lag', lag.docs[0]!.id, ws)
    // One raw poll of now (lag 7) in its hour row, as the lag check appends it.
    const polled = Date.now()
    const history = await create('kafka-consumer-group-lag-history', {
      consumerGroup: group.id,
      cluster: clusterId,
      workspace,
      virtualCluster,
      timestamp: new Date(sampleHour(polled)).toISOString(),
      samples: packSample({ time: polled, totalLag: 7, maxPartitionLag: 7, lagSeconds: null, memberCount: null, state: null }),
    })
    own('kafka-consumer-group-lag-history', history.id, ws)
    const event = await create('kafka-consumer-group-events', {
      consumerGroup: group.id,
      cluster: clusterId,
      workspace,
      virtualCluster,
      timestamp: new Date().toISOString(),
      kind: 'member_joined',
      memberId: `${tag}-member`,
    })
    own('kafka-consumer-group-events', event.id, ws)
    // A channel without a workspace receives the platform-wide alerts: platform admins only.
    const channel = await create('alert-channels', { name: `${tag} alerts`, workspace, kind: 'alertmanager', alertmanagerUrl: 'http://127.0.0.1:9093' })
    own('alert-channels', channel.id, ws)
    // A workspace's rule on its group; unowned: a platform admin's cluster-wide rule on a cluster's sync.
    const target = ws
      ? { workspace, condition: 'group-lag', threshold: 10, targetKind: 'consumer-group', consumerGroup: group.id }
      : { workspace: null, condition: 'cluster-sync-failing', threshold: 5, targetKind: 'cluster', cluster: clusterId }
    const rule = await create('alert-rules', { name: `Rule ${tag}`, ...target })
    own('alert-rules', rule.id, ws)
    const alert = {
      fingerprint: `rule-${rule.id}/${ws ? 'consumer-group' : 'cluster'}/${ws ? group.id : clusterId}`,
      rule: rule.id,
      workspace,
      targetKind: ws ? 'consumer-group' : 'cluster',
      targetName: ws ? `${tag}-prod-billing` : `cluster ${tag}`,
      clusterName: 'cluster',
      targetPath: '/kafka',
    }
    const state = await create('alert-states', {
      ...alert,
      cluster: clusterId,
      targetId: ws ? group.id : clusterId,
      status: 'firing',
      statusSince: new Date().toISOString(),
    })
    own('alert-states', state.id, ws)
    const transition = await create('alert-events', { ...alert, toStatus: 'firing', at: new Date().toISOString(), notified: true })
    own('alert-events', transition.id, ws)
  }

  return { users, workspaces, owners, membershipUsers, clusterSecret }
}

/** The fixture's users as full documents, for Local API reads `as` them. */
export async function fixtureUsers(payload: Payload, fixture: TenancyFixture): Promise<Record<UserKey, User>> {
  const users = {} as Record<UserKey, User>
  for (const key of USERS) users[key] = await payload.findByID({ collection: 'users', id: fixture.users[key].id, overrideAccess: true })
  return users
}

/** Ids a user may see in a collection according to the fixture's ownership table. */
export function expectedVisibleIds(fixture: TenancyFixture, user: UserKey, slug: keyof TenancyFixture['owners']): Id[] {
  const visible = new Set(VISIBLE_WORKSPACES[user])
  const ids: Id[] = []
  for (const [id, ws] of fixture.owners[slug]) {
    const own = slug === 'workspace-members' && fixture.membershipUsers.get(id) === user
    if (user === 'admin' || own || ws?.some((w) => visible.has(w))) ids.push(id)
  }
  return ids.sort((a, b) => a - b)
}
