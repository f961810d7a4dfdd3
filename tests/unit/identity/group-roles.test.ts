import { describe, expect, it } from 'vitest'

import { groupsFromClaim, parseGroupList, planMembershipSync, rolesFromGroups, type WorkspaceGroupMapping } from '@/features/identity/lib/group-roles'

const payments: WorkspaceGroupMapping = { workspaceId: 1, owners: ['/orbit/payments-owners'], admins: [], members: ['/orbit/payments-members'] }
const logistics: WorkspaceGroupMapping = { workspaceId: 2, owners: [], admins: ['/orbit/logistics-admins'], members: ['/orbit/logistics-members'] }

describe('rolesFromGroups', () => {
  it('grants each workspace the highest role its groups name', () => {
    const roles = rolesFromGroups([payments, logistics], ['/orbit/payments-members', '/orbit/payments-owners', '/orbit/logistics-members'])
    expect(Object.fromEntries(roles)).toEqual({ '1': { workspaceId: 1, role: 'owner' }, '2': { workspaceId: 2, role: 'member' } })
  })

  it('grants nothing for a group no workspace names', () => {
    expect(rolesFromGroups([payments, logistics], ['/unrelated/marketing']).size).toBe(0)
  })

  it('matches claim values exactly (no prefix or case folding)', () => {
    expect(rolesFromGroups([payments], ['/orbit/payments-owners-old', '/ORBIT/payments-owners']).size).toBe(0)
  })
})

describe('planMembershipSync', () => {
  const granted = rolesFromGroups([payments, logistics], ['/orbit/payments-members'])

  it('creates the missing membership, removes the one whose group is gone, updates a changed role', () => {
    const plan = planMembershipSync(
      [
        { id: 10, workspaceId: 1, role: 'owner', source: 'idp' },
        { id: 11, workspaceId: 2, role: 'member', source: 'idp' },
      ],
      granted,
    )
    expect(plan).toEqual({ create: [], update: [{ id: 10, role: 'member' }], remove: [11] })
  })

  it('creates memberships for a first sign-in', () => {
    expect(planMembershipSync([], granted)).toEqual({ create: [{ workspaceId: 1, role: 'member' }], update: [], remove: [] })
  })

  it('never touches a hand-made membership, nor adds a second one beside it', () => {
    const plan = planMembershipSync(
      [
        { id: 20, workspaceId: 1, role: 'admin', source: 'manual' },
        { id: 21, workspaceId: 2, role: 'member', source: 'manual' },
      ],
      granted,
    )
    expect(plan).toEqual({ create: [], update: [], remove: [] })
  })
})

describe('groupsFromClaim and parseGroupList', () => {
  it('reads arrays, single strings and space-separated strings, dropping non-strings', () => {
    expect(groupsFromClaim(['a', 3, '', 'b'])).toEqual(['a', 'b'])
    expect(groupsFromClaim('a b')).toEqual(['a', 'b'])
    expect(groupsFromClaim(undefined)).toEqual([])
  })

  it('splits a comma-separated setting', () => {
    expect(parseGroupList(' /orbit/platform-admins , admins,, ')).toEqual(['/orbit/platform-admins', 'admins'])
    expect(parseGroupList(undefined)).toEqual([])
  })
})
