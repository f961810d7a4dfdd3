import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { peers } from '@tests/helpers/peers'

import { E2E_ADMIN } from './support/admin'
import { launchBrowser, newPage, screenshot, signIn } from './support/browser'
import { rest } from './support/rest'
import { ensureScenario, syncNow, type E2EScenario } from './support/scenario'

/**
 * Schema pages in a real browser on data from a real sync: subjects in the three formats evolve
 * over several versions in the registry peer under each workspace's topic prefix, then the
 * registry sync runs through the public "sync now" endpoint.
 */
let browser: Browser
let scenario: E2EScenario
let registry: SchemaRegistryClient
const ids: Record<string, number> = {}
/** Unowned (no run id, no prefix), so only the platform admin sees them: Invoice -> Money -> Currency. */
const refRun = `orbit-e2e-ref-${randomBytes(4).toString('hex')}-`
const refSubjects = { currency: `${refRun}currency-value`, money: `${refRun}money-value`, invoices: `${refRun}invoices-value` }
/** Owned by no workspace (no run id, no prefix): only its failure shows, in the banner. */
const retiredSubject = `orbit-e2e-retired-${randomBytes(4).toString('hex')}-value`
let subjects: { orders: string; payments: string; events: string; customers: string; invoices: string; ledger: string }

const avro = (fields: object[], name: string) => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields })
const proto = (fields: string) => `syntax = "proto3";\npackage acme;\nmessage Payment {\n${fields}}\n`
const jsonSchema = (properties: Record<string, object>) => JSON.stringify({ type: 'object', properties })

async function registerSubjects() {
  const id = { name: 'id', type: 'string' }
  const amount = { name: 'amount', type: 'long', default: 0 }
  const currency = { name: 'currency', type: 'string', default: 'EUR' }
  await registry.setSubjectCompatibility(subjects.orders, 'BACKWARD').catch(() => undefined)
  for (const fields of [[id], [id, amount], [id, amount, currency], [id, currency]]) {
    await registry.registerSchema(subjects.orders, { schema: avro(fields, 'Order') })
  }
  // Set after registration: under BACKWARD the verdict flags v2's new required field.
  for (const fields of [[id], [id, { name: 'email', type: 'string' }]]) await registry.registerSchema(subjects.customers, { schema: avro(fields, 'Customer') })
  await registry.setSubjectCompatibility(subjects.customers, 'BACKWARD')
  for (const fields of ['  string id = 1;\n', '  string id = 1;\n  int64 cents = 2;\n', '  string id = 1;\n  int64 cents = 2;\n  string currency = 3;\n']) {
    await registry.registerSchema(subjects.payments, { schemaType: 'PROTOBUF', schema: proto(fields) })
  }
  await registry.registerSchema(subjects.events, { schemaType: 'JSON', schema: jsonSchema({ id: { type: 'string' } }) })
  await registry.registerSchema(subjects.events, { schemaType: 'JSON', schema: jsonSchema({ id: { type: 'string' }, kind: { type: 'string' } }) })
  await registry.registerSchema(subjects.invoices, { schema: avro([{ name: 'invoiceId', type: 'string' }], 'Invoice') })
  await registry.registerSchema(subjects.invoices, {
    schema: avro(
      [
        { name: 'invoiceId', type: 'string' },
        { name: 'betaSecretTotal', type: 'long', default: 0 },
      ],
      'Invoice',
    ),
  })
  await registry.registerSchema(subjects.ledger, { schemaType: 'JSON', schema: jsonSchema({ entry: { type: 'string' } }) })
  await registerReferenceChain()
  await registry.registerSchema(retiredSubject, { schema: avro([id], 'Retired') })
  await registry.deleteSubject(retiredSubject)
}

/** Money v2 retypes `cents`; Invoice v2 moves to Money v2 and breaks through the reference. */
async function registerReferenceChain() {
  const { currency, money, invoices } = refSubjects
  const moneyFields = (cents: string) => [
    { name: 'cents', type: cents },
    { name: 'currency', type: 'com.acme.Currency' },
  ]
  const currencyRef = [{ name: 'com.acme.Currency', subject: currency, version: 1 }]
  await registry.registerSchema(currency, { schema: JSON.stringify({ type: 'enum', name: 'Currency', namespace: 'com.acme', symbols: ['EUR'] }) })
  await registry.registerSchema(money, { schema: avro(moneyFields('long'), 'Money'), references: currencyRef })
  await registry.registerSchema(money, { schema: avro(moneyFields('string'), 'Money'), references: currencyRef })
  const invoice = (extra: object[]) => avro([{ name: 'total', type: 'com.acme.Money' }, ...extra], 'Invoice')
  await registry.registerSchema(invoices, { schema: invoice([]), references: [{ name: 'com.acme.Money', subject: money, version: 1 }] })
  await registry.registerSchema(invoices, {
    schema: invoice([{ name: 'note', type: ['null', 'string'], default: null }]),
    references: [{ name: 'com.acme.Money', subject: money, version: 2 }],
  })
  for (const subject of Object.values(refSubjects)) await registry.setSubjectCompatibility(subject, 'BACKWARD')
}

beforeAll(async () => {
  browser = await launchBrowser()
  scenario = await ensureScenario()
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  const a = scenario.virtualClusters.a.topicPrefix
  const b = scenario.virtualClusters.b.topicPrefix
  subjects = {
    orders: `${a}orders-value`,
    payments: `${a}payments-value`,
    events: `${a}events-value`,
    customers: `${a}customers-value`,
    invoices: `${b}invoices-value`,
    ledger: `${b}ledger-value`,
  }
  await registerSubjects()
  await syncNow(scenario, 'schemaSync')
  const found = await rest<{ docs: Array<{ id: number; subject: string }> }>(
    scenario.adminToken,
    'GET',
    `/kafka-schemas?where[subject][like]=${encodeURIComponent(scenario.runId)}&limit=100&depth=0`,
  )
  for (const [key, subject] of Object.entries(subjects)) {
    const doc = found.docs.find((d) => d.subject === subject)
    if (!doc) throw new Error(`schema ${subject} was not synced`)
    ids[key] = doc.id
  }
  const refs = await rest<{ docs: Array<{ id: number; subject: string }> }>(
    scenario.adminToken,
    'GET',
    `/kafka-schemas?where[subject][like]=${encodeURIComponent(refRun)}&limit=10&depth=0`,
  )
  for (const [key, subject] of Object.entries(refSubjects)) {
    const doc = refs.docs.find((d) => d.subject === subject)
    if (!doc) throw new Error(`schema ${subject} was not synced`)
    ids[`ref-${key}`] = doc.id
  }
})

afterAll(async () => {
  await browser?.close()
})

const rows = (page: Page) => page.getByTestId('schema-row')
const rowSubjects = async (page: Page) => (await rows(page).getByTestId('schema-link').allTextContents()).map((s) => s.trim())
const cardValue = (page: Page, id: string) => page.getByTestId(`${id}-value`).textContent()

/**
 * The banner shows the scenario cluster's registry sync exactly as its stored sync health says: an
 * item with the outcome's label when the last run did not succeed, none when it did.
 * (The registry is shared with every other test, so the outcome itself is not fixed here: a fully
 * soft-deleted subject such as `retiredSubject` is fetched by schema id when the listing knows its
 * ids, and Apicurio answers 404 for its versions otherwise. A failed sync's item is checked with a
 * broken cluster in the admin's test.)
 */
async function expectBannerMatchesSyncHealth(page: Page) {
  const cluster = await rest<{ name: string; syncHealth?: { schemaSync?: { lastOutcome?: string; lastError?: string | null } } }>(
    scenario.adminToken,
    'GET',
    `/kafka-clusters/${scenario.clusterId}?depth=0`,
  )
  const health = cluster.syncHealth?.schemaSync
  const label = health?.lastOutcome === 'succeeded' ? null : health?.lastOutcome === 'partial' ? 'Partly failed' : 'Failed'
  const items = page.getByTestId('sync-health-item').filter({ hasText: cluster.name })
  // One item with the outcome's label when the last run did not succeed, none when it did.
  expect(await items.count()).toBe(label === null ? 0 : 1)
  if (label !== null) expect(await items.textContent()).toContain(label)
}

async function memberPage(who: 'memberA' | 'memberB') {
  const page = await newPage(browser)
  await signIn(page, scenario.users[who].email, scenario.users[who].password)
  return page
}

describe('schema pages in a real browser', () => {
  it('lists the member’s schemas across workspaces with the synced numbers', async () => {
    const page = await memberPage('memberA')
    await page.goto('/kafka/schemas')
    expect((await rowSubjects(page)).sort()).toEqual([subjects.customers, subjects.events, subjects.orders, subjects.payments].sort())
    expect(await cardValue(page, 'summary-total')).toBe('4')
    expect(await cardValue(page, 'summary-avro')).toBe('2')
    expect(await cardValue(page, 'summary-protobuf')).toBe('1')
    expect(await cardValue(page, 'summary-json')).toBe('1')
    const orders = rows(page).filter({ hasText: subjects.orders })
    const cells = (await orders.locator('td').allTextContents()).map((c) => c.trim())
    // Subject, Workspace, Application, Env, Topic, Format, Latest, Versions, Compatibility, Latest verdict, Status, Last registered
    expect(cells.slice(0, 11)).toEqual([
      subjects.orders,
      scenario.workspaces.a.name,
      'Checkout',
      'dev',
      subjects.orders.replace(/-value$/, ''),
      'Avro',
      'v4',
      '4',
      'BACKWARD',
      'Compatible (BACKWARD)',
      'Registered',
    ])
    // Last registered reads "… ago" (every-page checks the text); the registry's time in UTC is on hover.
    expect(await orders.getByTestId('cell-last-registered').getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/)
    // count() does not wait; the poll rides out a re-render of the list (seen once in three runs).
    await expect.poll(() => page.getByRole('columnheader', { name: 'Workspace' }).count(), { timeout: 10_000 }).toBe(1)
    await expectBannerMatchesSyncHealth(page)
    await screenshot(page, 'schemas-unified')
    await page.close()
  })

  it('sorts and pages on the server through the URL', async () => {
    const page = await memberPage('memberA')
    await page.goto('/kafka/schemas')
    await page.getByTestId('sort-versionCount').click()
    await page.waitForURL(/sort=versionCount/)
    await expect.poll(async () => (await rowSubjects(page)).at(-1)).toBe(subjects.orders)
    await page.getByTestId('sort-versionCount').click()
    await page.waitForURL(/sort=-versionCount/)
    await expect.poll(async () => (await rowSubjects(page))[0]).toBe(subjects.orders)
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Versions')

    await page.goto('/kafka/schemas?limit=3&sort=subject')
    expect(await page.getByTestId('pagination-range').textContent()).toBe('Showing 1–3 of 4 schemas')
    await page.getByRole('link', { name: 'Page 2' }).click()
    await page.waitForURL(/page=2/)
    await expect.poll(() => rowSubjects(page)).toEqual([subjects.payments])
    expect(await page.getByTestId('pagination-range').textContent()).toBe('Showing 4–4 of 4 schemas')
    await page.close()
  })

  it('keeps search and filters in the URL across a reload', async () => {
    const page = await memberPage('memberA')
    await page.goto('/kafka/schemas')
    await page.getByTestId('filter-format').selectOption('protobuf')
    await page.waitForURL(/format=protobuf/)
    await expect.poll(() => rowSubjects(page)).toEqual([subjects.payments])
    await page.getByTestId('filter-reset').click()
    await page.waitForURL((url) => !url.search.includes('format'))
    await expect.poll(async () => (await rowSubjects(page)).length).toBe(4)

    await page.getByTestId('filter-search').fill('customers')
    await page.waitForURL(/search=customers/)
    await expect.poll(() => rowSubjects(page)).toEqual([subjects.customers])
    await page.getByTestId('filter-status').selectOption('registered')
    await page.waitForURL(/status=registered/)
    await page.reload()
    expect(await page.getByTestId('filter-search').inputValue()).toBe('customers')
    expect(await page.getByTestId('filter-status').inputValue()).toBe('registered')
    expect(await rowSubjects(page)).toEqual([subjects.customers])
    expect(await cardValue(page, 'summary-total')).toBe('1')
    await screenshot(page, 'schemas-filtered')

    await page.getByTestId('filter-search').fill('no-such-subject')
    await page.waitForURL(/search=no-such-subject/)
    await page.getByTestId('empty-state').waitFor()
    expect(await rows(page).count()).toBe(0)
    await screenshot(page, 'schemas-empty')
    await page.close()
  })

  it('shows the workspace overview, its virtual cluster and the scoped schema lists', async () => {
    const page = await memberPage('memberA')
    const ws = scenario.workspaces.a
    await page.goto('/kafka')
    expect(await cardValue(page, 'overview-schemas')).toBe('4')
    await page.getByTestId('workspace-switcher').selectOption(ws.slug)
    await page.waitForURL(`**/workspaces/${ws.slug}/kafka`)
    await expect.poll(() => page.getByTestId('workspace-name').textContent()).toBe(ws.name)
    expect(await cardValue(page, 'overview-schemas')).toBe('4')
    const vcRow = page.getByTestId('virtual-cluster-row')
    expect(await vcRow.count()).toBe(1)
    expect(await vcRow.textContent()).toContain(scenario.virtualClusters.a.topicPrefix)
    await screenshot(page, 'workspace-overview')

    await page.getByRole('link', { name: 'Schemas', exact: true }).first().click()
    await page.waitForURL(`**/workspaces/${ws.slug}/kafka/schemas`)
    await page.getByTestId('schema-table').waitFor()
    expect((await rowSubjects(page)).length).toBe(4)
    expect(await page.getByRole('columnheader', { name: 'Workspace' }).count()).toBe(0)
    expect(await page.getByRole('columnheader', { name: 'Application' }).count()).toBe(1)
    await screenshot(page, 'schemas-workspace')

    await page.goto(`/workspaces/${ws.slug}/kafka`)
    await vcRow.getByRole('link', { name: 'Schemas' }).click()
    await page.waitForURL(`**/workspaces/${ws.slug}/kafka/applications/checkout/dev/schemas`)
    await page.getByTestId('schema-table').waitFor()
    expect((await rowSubjects(page)).sort()).toEqual([subjects.customers, subjects.events, subjects.orders, subjects.payments].sort())
    expect(await page.getByRole('columnheader', { name: 'Application' }).count()).toBe(0)
    expect(await page.getByTestId('vc-environment').textContent()).toBe('dev')
    // Details from a virtual cluster open in its workspace.
    expect(await rows(page).filter({ hasText: subjects.orders }).getByTestId('schema-link').getAttribute('href')).toBe(
      `/workspaces/${ws.slug}/kafka/schemas/${ids.orders}`,
    )
    await screenshot(page, 'schemas-virtual-cluster')
    await page.close()
  })

  it('shows the version timeline, a version, and diffs between any two versions as shareable links', async () => {
    const page = await memberPage('memberA')
    const detail = `/workspaces/${scenario.workspaces.a.slug}/kafka/schemas/${ids.orders}`
    await page.goto(detail)
    expect(await page.getByTestId('schema-subject').textContent()).toBe(subjects.orders)
    const summaries = await page.getByTestId('timeline-summary').allTextContents()
    expect(summaries).toHaveLength(4)
    expect(summaries[3]).toBe('Initial schema')
    expect(summaries[2]).toMatch(/^Added field '.*amount' \(long\)$/)
    expect(summaries[1]).toMatch(/^Added field '.*currency' \(string\)$/)
    expect(summaries[0]).toMatch(/^Removed field '.*amount' \(long\)$/)
    expect(await page.getByTestId('schema-content').getAttribute('data-version')).toBe('4')
    expect(JSON.parse((await page.getByTestId('schema-content').textContent()) ?? '')).toMatchObject({
      name: 'Order',
      fields: [{ name: 'id' }, { name: 'currency' }],
    })
    // Default comparison: the latest version against the one before.
    expect(await page.getByTestId('diff-verdict').textContent()).toContain('v3 → v4')
    await screenshot(page, 'schema-detail')

    await page.goto(`${detail}?left=1&right=3`)
    const changes = page.getByTestId('diff-changes').locator('li')
    expect(await changes.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-kind')} ${i.getAttribute('data-path')?.split('.').pop()}`))).toEqual([
      'field-added amount',
      'field-added currency',
    ])
    expect(await page.getByTestId('diff-verdict').textContent()).toContain('Compatible (BACKWARD)')
    const added = await page.getByTestId('diff-split').locator('td[data-kind="added"]').allTextContents()
    expect(added.join('\n')).toContain('"currency"')
    expect(added.join('\n')).toContain('"amount"')
    await screenshot(page, 'schema-diff-split')

    await page.getByRole('link', { name: 'Unified' }).click()
    await page.waitForURL(/view=unified/)
    const unifiedAdded = await page.getByTestId('diff-unified').locator('tr[data-kind="added"]').allTextContents()
    expect(unifiedAdded.some((line) => line.includes('"currency"'))).toBe(true)
    await screenshot(page, 'schema-diff-unified')

    await page.getByTestId('diff-left').selectOption('3')
    await page.getByTestId('diff-right').selectOption('4')
    await page.getByRole('button', { name: 'View diff' }).click()
    await page.waitForURL(/left=3&right=4/)
    await page.reload()
    expect(
      await page
        .getByTestId('diff-changes')
        .locator('li')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind'))),
    ).toEqual(['field-removed'])
    expect(await page.getByTestId('diff-changes').textContent()).toContain('amount')
    expect(await page.getByTestId('diff-unified').count()).toBe(1)

    // A version picked from the timeline, then copied and downloaded as shown.
    await page.getByTestId('timeline-entry').filter({ hasText: 'Initial schema' }).getByRole('link', { name: 'v1' }).click()
    await page.waitForURL(/version=1/)
    expect(await page.getByTestId('schema-content').getAttribute('data-version')).toBe('1')
    const shownText = await page.getByTestId('schema-content').textContent()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByTestId('copy-schema').click()
    await expect.poll(() => page.getByTestId('copy-schema').textContent()).toContain('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownText)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-schema').click()])
    expect(download.suggestedFilename()).toBe(`${subjects.orders}.v1.avsc`)
    await page.close()
  })

  it('flags an incompatible change under the subject’s level, and diffs Protobuf and JSON Schema too', async () => {
    const page = await memberPage('memberA')
    await page.goto(`/kafka/schemas/${ids.customers}?left=1&right=2`)
    expect(await page.getByTestId('diff-verdict').textContent()).toContain('Incompatible (BACKWARD)')
    expect(await page.getByTestId('diff-changes').textContent()).toMatch(/Added field '.*email' \(string\)/)
    expect(await page.getByTestId('diff-reasons').locator('li').count()).toBeGreaterThan(0)
    await screenshot(page, 'schema-diff-incompatible')

    await page.goto(`/kafka/schemas/${ids.payments}`)
    const payments = await page.getByTestId('timeline-summary').allTextContents()
    expect(payments).toHaveLength(3)
    expect(payments[0]).toContain('currency')
    expect(payments[1]).toContain('cents')
    expect(await page.getByTestId('schema-content').textContent()).toContain('string currency = 3;')
    await screenshot(page, 'schema-detail-protobuf')

    await page.goto(`/kafka/schemas/${ids.events}`)
    const events = await page.getByTestId('timeline-summary').allTextContents()
    expect(events).toHaveLength(2)
    expect(events[0]).toContain('kind')
    await page.close()
  })

  it('gives a member of workspace A nothing of workspace B through lists, search, detail URLs or ids', async () => {
    const page = await memberPage('memberA')
    const a = scenario.workspaces.a
    const b = scenario.workspaces.b
    await page.goto('/kafka/schemas?search=invoices')
    await page.getByTestId('empty-state').waitFor()
    expect(await rows(page).count()).toBe(0)
    await page.goto(`/kafka/schemas?workspace=${b.id}`)
    expect(await rows(page).count()).toBe(0)
    expect(await page.getByTestId('filter-workspace').locator('option').allTextContents()).toEqual(['All', a.name])
    await page.goto(`/workspaces/${a.slug}/kafka/schemas?workspace=${b.id}`)
    expect((await rowSubjects(page)).length).toBe(4)

    for (const url of [
      `/kafka/schemas/${ids.invoices}`,
      `/kafka/schemas/${ids.ledger}?left=1&right=1`,
      `/workspaces/${a.slug}/kafka/schemas/${ids.invoices}`,
      `/workspaces/${b.slug}/kafka/schemas/${ids.invoices}`,
      `/workspaces/${b.slug}/kafka/schemas`,
      `/workspaces/${b.slug}/kafka`,
      `/workspaces/${b.slug}/kafka/applications/billing/dev/schemas`,
      `/workspaces/${a.slug}/kafka/applications/billing/dev/schemas`,
      `/kafka/schemas/999999999`,
      `/kafka/schemas/not-a-number`,
    ]) {
      const response = await page.goto(url)
      expect(response?.status(), url).toBe(404)
      await page.getByTestId('not-found').waitFor()
      const body = (await page.locator('main').textContent()) ?? ''
      expect(body).not.toContain('invoices')
      expect(body).not.toContain(b.name)
    }
    await screenshot(page, 'schema-not-found')
    await page.close()

    const pageB = await memberPage('memberB')
    await pageB.goto('/kafka/schemas')
    expect((await rowSubjects(pageB)).sort()).toEqual([subjects.invoices, subjects.ledger].sort())
    expect((await pageB.goto(`/workspaces/${b.slug}/kafka/schemas/${ids.orders}`))?.status()).toBe(404)
    expect((await pageB.goto(`/kafka/schemas/${ids.orders}`))?.status()).toBe(404)
    await pageB.close()
  })

  it('shows the platform admin every workspace’s schemas and a failed registry sync, in dark mode too', async () => {
    // A cluster whose registry refuses connections: its sync fails and the banner says so.
    const name = `e2e-broken-registry-${scenario.runId}`
    const broken = await rest<{ doc: { id: number } }>(scenario.adminToken, 'POST', '/kafka-clusters', {
      name,
      bootstrapServers: peers.kafkaBootstrap,
      securityProtocol: 'PLAINTEXT',
      schemaRegistryUrl: 'http://127.0.0.1:9/apis/ccompat/v7',
    })
    const run = await rest<{ results?: Array<{ outcome: string }> }>(scenario.adminToken, 'POST', `/kafka-clusters/${broken.doc.id}/sync?job=schemaSync`)
    expect(run.results?.[0]?.outcome).toBe('failed')

    const page = await newPage(browser)
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password)
    await page.goto(`/kafka/schemas?search=${scenario.runId}`)
    expect((await rowSubjects(page)).sort()).toEqual(Object.values(subjects).sort())
    const workspaces = await rows(page).locator('td:nth-child(2)').allTextContents()
    expect(new Set(workspaces)).toEqual(new Set([scenario.workspaces.a.name, scenario.workspaces.b.name]))
    const problem = page.getByTestId('sync-health-item').filter({ hasText: name })
    expect(await problem.count()).toBe(1)
    expect(await problem.textContent()).toContain('Failed')
    await expectBannerMatchesSyncHealth(page)
    await screenshot(page, 'schemas-admin-sync-failed')
    // Disabled again so the scheduler stops retrying it for the rest of the run.
    await rest(scenario.adminToken, 'PATCH', `/kafka-clusters/${broken.doc.id}`, { enabled: false })

    await page.getByTestId('theme-toggle').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('dark')
    await page.reload()
    expect(await page.evaluate(() => document.documentElement.className)).toContain('dark')
    await screenshot(page, 'schemas-admin-dark')
    await page.goto(`/kafka/schemas/${ids.invoices}`)
    expect(await page.getByTestId('schema-subject').textContent()).toBe(subjects.invoices)
    await screenshot(page, 'schema-detail-dark')
    await page.close()
  })

  it('resolves references: verdicts, References and Referenced by, the dependents graph and the breaking marks', async () => {
    const page = await newPage(browser)
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password)
    await page.goto(`/kafka/schemas/${ids['ref-invoices']}`)
    // The timeline marks v2 breaking, for the right reason and the right way round.
    const v2 = page.locator('[data-testid="timeline-entry"][data-version="2"]')
    expect(await v2.getByTestId('schema-verdict').getAttribute('data-verdict')).toBe('breaking')
    expect(await v2.getByTestId('timeline-reasons').textContent()).toContain(
      'the new schema cannot read data written with v1: Invoice.total.cents: long cannot be read as string (TYPE_MISMATCH)',
    )
    expect(await v2.getByTestId('timeline-summary').textContent()).not.toContain('could not be computed')
    expect(await page.getByTestId('diff-verdict').textContent()).toContain('Incompatible (BACKWARD)')
    expect(await page.locator('[data-testid="diff-changes"] li[data-path="Invoice.total.cents"]').getAttribute('data-rule')).toBe('FIELD_SAME_TYPE')
    const reference = page.getByTestId('reference')
    expect(await reference.getAttribute('data-subject')).toBe(refSubjects.money)
    expect(await reference.getAttribute('data-version')).toBe('2')
    await screenshot(page, 'schema-references-breaking')

    await page.goto(`/kafka/schemas/${ids['ref-currency']}`)
    expect(await page.getByTestId('referenced-by').getAttribute('data-subject')).toBe(refSubjects.money)
    expect(await page.getByTestId('dependents-count').textContent()).toContain('2 subjects a change could break')
    expect(
      await page.getByTestId('dependent').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-subject'), n.getAttribute('data-depth')])),
    ).toEqual([
      [refSubjects.money, '0'],
      [refSubjects.invoices, '1'],
    ])
    await page.getByTestId('dependent').filter({ hasText: refSubjects.invoices }).getByRole('link', { name: refSubjects.invoices }).click()
    await page.waitForURL(new RegExp(`/kafka/schemas/${ids['ref-invoices']}`))
    await screenshot(page, 'schema-dependents')

    await page.goto(`/kafka/schemas?search=${refRun}&verdict=incompatible`)
    expect((await rowSubjects(page)).sort()).toEqual([refSubjects.invoices, refSubjects.money].sort())
    expect(await page.getByTestId('filter-verdict').inputValue()).toBe('incompatible')
    await page.goto('/kafka')
    expect(Number(await cardValue(page, 'overview-schemas-breaking'))).toBeGreaterThanOrEqual(2)
    await page.close()
  })
})
