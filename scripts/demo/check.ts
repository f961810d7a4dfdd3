/**
 * `npm run demo -- check`: what the running demo shows, read through the REST API as the demo
 * admin and as each member. Fails (exit 1) unless the healthy groups keep up, the falling-behind
 * and stopped groups have lag, every demo subject has its versions (soft-deleted included, with
 * the incompatible ones flagged) and each member sees only their workspaces.
 */
import { unpackRows } from '@/features/consumer-groups/lib'
import { type Doc, OrbitApi } from './api'
import { ADMIN, DEMO_PASSWORD, GROUPS, MEMBERS, WORKSPACES } from './config'
import { DEMO_SUBJECTS } from './schemas'

const appUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:3000'
const admin = await OrbitApi.signIn(appUrl, ADMIN.email, ADMIN.password)
const problems: string[] = []
const expect = (ok: boolean, problem: string) => ok || problems.push(problem)

// The fields read here (depth 0: relations are ids).
type GroupDoc = Doc & {
  state: string | null
  memberCount: number | null
  totalLag: number | null
  lagSeconds: number | null
  lagStatus: string | null
  workspace: number | null
}
type SchemaDoc = Doc & { format: string | null; compatibilityLevel: string | null; workspace: number | null }
type VersionDoc = Doc & { version: number; softDeleted?: boolean | null; isCompatible?: boolean | null }

console.log('consumer groups:')
for (const g of GROUPS) {
  const [doc] = await admin.find<GroupDoc>('kafka-consumer-groups', { groupId: g.groupId })
  if (!doc) {
    problems.push(`group ${g.groupId} not synced`)
    continue
  }
  const lag = doc.totalLag
  console.log(
    `  ${g.groupId}: ${g.behaviour}, state ${doc.state}, members ${doc.memberCount}, lag ${lag}, lag seconds ${doc.lagSeconds}, health ${doc.lagStatus}, workspace ${doc.workspace}`,
  )
  expect(doc.workspace !== null, `group ${g.groupId} has no workspace`)
  if (g.behaviour === 'healthy') expect(lag !== null && lag < 100, `healthy group ${g.groupId} has lag ${lag}`)
  else expect(lag !== null && lag > 0, `${g.behaviour} group ${g.groupId} has no lag`)
  if (g.behaviour === 'stopped') expect(doc.memberCount === 0, `stopped group ${g.groupId} has ${doc.memberCount} members`)
  else expect((doc.memberCount ?? 0) > 0, `live group ${g.groupId} has no members`)
  // Raw history: one row per hour, its polls packed.
  const history = await admin.request<{ docs: { timestamp: string; samples?: string | null }[] }>(
    'GET',
    `/api/kafka-consumer-group-lag-history?where[consumerGroup][equals]=${doc.id}&where[resolution][equals]=raw&limit=3&sort=-timestamp&depth=0`,
  )
  const polls = unpackRows(history.docs).length
  expect(polls >= 2, `group ${g.groupId} has ${polls} lag history samples`)
}

console.log('schemas:')
for (const s of DEMO_SUBJECTS) {
  const [doc] = await admin.find<SchemaDoc>('kafka-schemas', { subject: s.subject })
  if (!doc) {
    problems.push(`subject ${s.subject} not synced`)
    continue
  }
  const versions = await admin.find<VersionDoc>('kafka-schema-versions', { schema: doc.id }, '&sort=version')
  const verdicts = versions.map((v) => `v${v.version}${v.softDeleted ? ' (deleted)' : ''}${v.isCompatible === false ? ' INCOMPATIBLE' : ''}`).join(', ')
  console.log(`  ${s.subject} [${doc.format}, ${doc.compatibilityLevel}]: ${verdicts}`)
  expect(versions.length === s.versions.length, `subject ${s.subject} has ${versions.length} of ${s.versions.length} versions`)
  expect(doc.workspace !== null, `subject ${s.subject} has no workspace`)
}

console.log('members see only their workspaces:')
const slugs = new Map<number, string>()
for (const w of WORKSPACES) slugs.set((await admin.find('workspaces', { slug: w.slug }))[0]!.id, w.slug)
for (const m of MEMBERS) {
  const member = await OrbitApi.signIn(appUrl, m.email, DEMO_PASSWORD)
  const groups = await member.request<{ docs: { groupId: string; workspace: number }[] }>('GET', '/api/kafka-consumer-groups?depth=0&limit=1000')
  const seen = [...new Set(groups.docs.map((g) => slugs.get(g.workspace) ?? `other:${g.workspace}`))].sort()
  console.log(`  ${m.email}: groups of ${seen.join(', ') || 'none'}`)
  expect(
    seen.every((slug) => m.workspaces.includes(slug)),
    `${m.email} sees groups of ${seen.join(', ')}`,
  )
}

if (problems.length) {
  console.log(`\nNOT OK:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log('\nOK')
