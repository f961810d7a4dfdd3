import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatCount } from '@/features/consumer-groups/display'

import { E2E_ADMIN } from './support/admin'
import { launchBrowser, newPage, screenshot, signIn } from './support/browser'
import { EVENTS_COMMITTED, ensureGroupScenario, produceToOrders, type GroupScenario, type SideGroups } from './support/group-scenario'
import { syncNow } from './support/scenario'
import { rest, whereEquals } from './support/rest'

let browser: Browser
let s: GroupScenario
const ids: Record<string, number> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  s = await ensureGroupScenario()
  for (const side of [s.groups.a, s.groups.b]) {
    for (const groupId of [side.caughtUp, side.lagging, side.live]) {
      const found = await rest<{ docs: { id: number }[] }>(s.adminToken, 'GET', `/kafka-consumer-groups?${whereEquals({ groupId })}&limit=1&depth=0`)
      if (!found.docs[0]) throw new Error(`the group sync did not store ${groupId}`)
      ids[groupId] = found.docs[0].id
    }
  }
})

afterAll(async () => {
  await s?.stop()
  await browser?.close()
})

const paths = {
  unified: '/kafka/consumer-groups',
  unifiedGroup: (id: number) => `/kafka/consumer-groups/${id}`,
  workspace: (slug: string) => `/workspaces/${slug}/kafka/consumer-groups`,
  workspaceGroup: (slug: string, id: number) => `/workspaces/${slug}/kafka/consumer-groups/${id}`,
  virtualCluster: (slug: string, app: string) => `/workspaces/${slug}/kafka/applications/${app}/dev/consumer-groups`,
}

/** A page signed in as `as`; `width` sets a 900 px high viewport of that width (else the default). */
async function signedIn(as: 'memberA' | 'memberB' | 'admin', width?: number): Promise<Page> {
  const page = await newPage(browser)
  if (width !== undefined) await page.setViewportSize({ width, height: 900 })
  const cred = as === 'admin' ? E2E_ADMIN : s.users[as]
  await signIn(page, cred.email, cred.password)
  return page
}

const groupNames = (side: SideGroups) => [side.caughtUp, side.lagging, side.live]

/** group id -> the row's lag cell text, for every row of the list on the page. */
async function listedLags(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('consumer-group-list-page').waitFor()
  const rows = page.getByTestId('group-row')
  const out: Record<string, string> = {}
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    out[(await row.getByTestId('group-link').textContent())!.trim()] = (await row.getByTestId('cell-lag').textContent())!.trim()
  }
  return out
}

// Page renders share two cores with the broker, the database and the e2e server: allow slow polls.
const SLOW = { timeout: 30_000, interval: 500 }

async function expectRows(page: Page, expected: Record<string, string>) {
  await expect.poll(() => listedLags(page), SLOW).toEqual(expected)
}

function expectedLags(side: SideGroups): Record<string, string> {
  return {
    [side.caughtUp]: '0',
    [side.lagging]: formatCount(side.laggingTotal),
    // The live consumer committed one record of one partition; the others have no commit.
    [side.live]: expect.stringMatching(/^[\d,]+$/),
  }
}

// Topic pages share this file's broker scenario (its groups, topics and live consumer are made
// once per file), and run before the group pages' tests, which produce more records.
const topicIds: Record<string, number> = {}
const topicsOf = (slug: string) => `/workspaces/${slug}/kafka/topics`
const topicOf = (slug: string, id: number) => `/workspaces/${slug}/kafka/topics/${id}`
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** Topic name (inside the virtual cluster) -> its worst-lag cell, for every row on the page. */
async function listedTopics(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('topic-list-page').waitFor()
  const rows = page.getByTestId('topic-row')
  const out: Record<string, string> = {}
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    out[(await row.getByTestId('topic-link').textContent())!.trim()] = (await row.getByTestId('cell-worst-lag').textContent())!.trim()
  }
  return out
}

const pageIsWiderThanViewport = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe('topic pages and the links between things', () => {
  beforeAll(async () => {
    // Topics first, then the group sync links groups to them, then the topics take the groups' lag from the lag checks.
    await syncNow(s, 'topicSync')
    await syncNow(s, 'consumerGroupSync')
    await syncNow(s, 'topicSync')
    for (const side of [s.groups.a, s.groups.b]) {
      for (const fullName of [side.orders, side.events]) {
        const found = await rest<{ docs: { id: number }[] }>(s.adminToken, 'GET', `/kafka-topics?${whereEquals({ fullName })}&limit=1&depth=0`)
        if (!found.docs[0]) throw new Error(`the topic sync did not store ${fullName}`)
        topicIds[fullName] = found.docs[0].id
      }
    }
  })

  it('lists a member’s topics with their worst group lag, sorted by lag, and never another workspace’s', async () => {
    const page = await signedIn('memberA', 1440)
    const a = s.groups.a
    await page.goto(`${topicsOf(s.workspaces.a.slug)}?sort=-worstGroupLag`)
    const lagOnOrders = sum(a.laggingOrders)
    await expect.poll(async () => (await listedTopics(page))['orders'], SLOW).toBe(formatCount(lagOnOrders))
    const names = Object.keys(await listedTopics(page))
    expect(names).toContain('events')
    expect(names[0]).toBe('orders')
    expect(names).not.toContain(s.groups.b.orders)
    expect(await page.getByRole('link', { name: 'Topics' }).first().getAttribute('aria-current')).toBe('page')
    await screenshot(page, 'topics-workspace')
    await page.close()
  })

  it('shows a topic’s partitions with the log offsets Kafka has, and its consumers by lag, linked both ways', async () => {
    const page = await signedIn('memberA', 1440)
    const a = s.groups.a
    const response = await page.goto(topicOf(s.workspaces.a.slug, topicIds[a.orders]!))
    expect(response?.status()).toBe(200)
    expect(await page.getByTestId('topic-name').textContent()).toBe('orders')
    await expect.poll(() => page.getByTestId('cell-log-end').allTextContents(), SLOW).toEqual(a.ordersEnd.map((end) => formatCount(end)))
    const consumers = page.getByTestId('topic-consumer-row')
    await expect.poll(() => consumers.first().getByTestId('consumer-link').textContent(), SLOW).toBe(a.lagging)
    expect(await consumers.first().getByTestId('cell-topic-lag').textContent()).toBe(formatCount(sum(a.laggingOrders)))
    expect(await page.getByTestId('breadcrumbs').getByRole('link', { name: 'Topics' }).getAttribute('href')).toBe(topicsOf(s.workspaces.a.slug))
    await screenshot(page, 'topic-detail')

    // topic -> group -> back to the topic
    await consumers.first().getByTestId('consumer-link').click()
    await page.waitForURL(/\/consumer-groups\/\d+$/)
    expect(await page.getByTestId('group-id').textContent()).toBe(a.lagging)
    await page.getByTestId('group-topic-link').filter({ hasText: 'orders' }).click()
    await page.waitForURL(new RegExp(`/topics/${topicIds[a.orders]}$`))
    // topic -> workspace
    await page.getByTestId('owner-workspace').getByRole('link').click()
    await page.waitForURL(new RegExp(`/workspaces/${s.workspaces.a.slug}/kafka$`))
    await page.close()
  })

  it('answers 404 for another workspace’s topic', async () => {
    const page = await signedIn('memberA', 1440)
    const response = await page.goto(topicOf(s.workspaces.a.slug, topicIds[s.groups.b.orders]!))
    expect(response?.status()).toBe(404)
    const unified = await page.goto(`/kafka/topics/${topicIds[s.groups.b.orders]}`)
    expect(unified?.status()).toBe(404)
    await page.close()
  })

  it('opens the filtered group list from the overview’s “groups with lag” card', async () => {
    const page = await signedIn('memberA', 1440)
    await page.goto(`/workspaces/${s.workspaces.a.slug}/kafka`)
    await page.getByTestId('overview-groups-lagging').getByRole('link').first().click()
    await page.waitForURL(/consumer-groups\?hasLag=true/)
    expect(await page.getByTestId('filter-hasLag').inputValue()).toBe('true')
    await page.close()
  })

  it('opens the virtual cluster’s own overview with a Topics tab', async () => {
    const page = await signedIn('memberA', 1440)
    const response = await page.goto(`/workspaces/${s.workspaces.a.slug}/kafka/applications/${s.applications.a.slug}/dev`)
    expect(response?.status()).toBe(200)
    expect(page.url()).toMatch(/\/dev$/)
    expect(await page.getByTestId('vc-name').textContent()).toBe(s.virtualClusters.a.name)
    await page.getByRole('navigation', { name: 'Virtual cluster sections' }).getByRole('link', { name: 'Topics' }).click()
    await page.waitForURL(/\/dev\/topics$/)
    await expect.poll(async () => Object.keys(await listedTopics(page)).sort(), SLOW).toEqual(['events', 'orders'])
    await page.close()
  })

  it('keeps the topic pages within a 390 px viewport (tables scroll inside their container)', async () => {
    const page = await signedIn('memberA', 390)
    await page.goto(topicsOf(s.workspaces.a.slug))
    await page.getByTestId('topic-row').first().waitFor()
    expect(await pageIsWiderThanViewport(page)).toBe(false)
    await screenshot(page, 'topics-390')
    await page.goto(topicOf(s.workspaces.a.slug, topicIds[s.groups.a.orders]!))
    await page.getByTestId('topic-partition-row').first().waitFor()
    expect(await pageIsWiderThanViewport(page)).toBe(false)
    await page.close()
  })
})

describe('consumer-group pages on the real broker', () => {
  it('lists a member’s groups with their lag on the unified, workspace and virtual-cluster pages', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a

    await page.goto(paths.unified)
    await expectRows(page, expectedLags(a))
    expect(await page.getByTestId('summary-total-value').textContent()).toBe('3')
    expect(await page.getByTestId('summary-lagging-value').textContent()).toBe('2')
    // The live consumer's group is Stable; the two offset-only groups are Empty.
    expect(await page.getByTestId('summary-states').textContent()).toBe('Stable 1 · Rebalancing 0 · Empty 2 · 0 inactive')
    await screenshot(page, 'groups-unified')

    await page.goto(paths.workspace(s.workspaces.a.slug))
    await expectRows(page, expectedLags(a))
    await screenshot(page, 'groups-workspace')

    await page.goto(paths.virtualCluster(s.workspaces.a.slug, s.applications.a.slug))
    await expectRows(page, expectedLags(a))
    // Inside one virtual cluster the application and environment columns are left out.
    expect(await page.getByRole('columnheader', { name: 'App' }).count()).toBe(0)
    await screenshot(page, 'groups-virtual-cluster')
    await page.close()
  })

  it('filters and sorts in the URL, and the filters survive a reload', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    await page.goto(paths.workspace(s.workspaces.a.slug))
    await page.getByTestId('filter-search').fill('caught')
    await page.waitForURL(/search=caught/)
    await expectRows(page, { [a.caughtUp]: '0' })
    await page.reload()
    await expectRows(page, { [a.caughtUp]: '0' })
    expect(await page.getByTestId('filter-search').inputValue()).toBe('caught')

    await page.goto(paths.workspace(s.workspaces.a.slug))
    await page.getByTestId('filter-hasLag').selectOption('true')
    await page.waitForURL(/hasLag=true/)
    await expect.poll(async () => Object.keys(await listedLags(page)).sort(), SLOW).toEqual([a.lagging, a.live].sort())
    await page.reload()
    expect(await page.getByTestId('filter-hasLag').inputValue()).toBe('true')
    await expect.poll(async () => Object.keys(await listedLags(page)).sort(), SLOW).toEqual([a.lagging, a.live].sort())
    await screenshot(page, 'groups-filtered')

    await page.goto(`${paths.workspace(s.workspaces.a.slug)}?sort=-totalLag`)
    await page.getByTestId('group-row').first().waitFor()
    const lags = Object.values(await listedLags(page)).map((t) => Number(t.replace(/,/g, '')))
    expect(lags).toEqual([...lags].sort((x, y) => y - x))
    await page.getByTestId('sort-groupId').click()
    await page.waitForURL(/sort=groupId/)
    await expect.poll(async () => Object.keys(await listedLags(page)), SLOW).toEqual(groupNames(a).sort())
    await page.close()
  })

  it('shows the lagging group’s partitions with the committed offsets, log ends and lags Kafka has', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    const response = await page.goto(paths.workspaceGroup(s.workspaces.a.slug, ids[a.lagging]!))
    expect(response?.status()).toBe(200)
    expect(await page.getByTestId('group-id').textContent()).toBe(a.lagging)
    expect(await page.getByTestId('fact-total-lag').textContent()).toBe(formatCount(a.laggingTotal))
    expect(await page.getByTestId('fact-max-lag').textContent()).toBe(formatCount(Math.max(...a.laggingOrders, a.eventsEnd - EVENTS_COMMITTED)))

    const rows = page.getByTestId('partition-row')
    expect(await rows.count()).toBe(4)
    const cells = async (i: number) => {
      const row = rows.nth(i)
      return {
        text: (await row.textContent()) ?? '',
        committed: await row.getByTestId('cell-committed').textContent(),
        end: await row.getByTestId('cell-log-end').textContent(),
        lag: await row.getByTestId('cell-lag').textContent(),
        flags: await row.locator('[data-flag]').evaluateAll((els) => els.map((el) => el.getAttribute('data-flag'))),
      }
    }
    // Sorted by topic: <prefix>events before <prefix>orders.
    const events = await cells(0)
    expect(events).toMatchObject({
      committed: formatCount(EVENTS_COMMITTED),
      end: formatCount(a.eventsEnd),
      lag: formatCount(a.eventsEnd - EVENTS_COMMITTED),
      flags: ['out-of-range'],
    })
    expect(events.text).toContain(a.events)
    for (let p = 0; p < 3; p++) {
      const row = await cells(p + 1)
      expect(row.text).toContain(a.orders)
      expect(row).toMatchObject({
        committed: formatCount(a.ordersEnd[p]! - a.laggingOrders[p]!),
        end: formatCount(a.ordersEnd[p]),
        lag: formatCount(a.laggingOrders[p]),
        flags: [],
      })
    }
    // An offset-only group: no members.
    await page.getByTestId('members-empty').waitFor()
    await screenshot(page, 'group-detail-lagging')

    const caught = await page.goto(paths.unifiedGroup(ids[a.caughtUp]!))
    expect(caught?.status()).toBe(200)
    expect(await page.getByTestId('fact-total-lag').textContent()).toBe('0')
    expect(await page.getByTestId('partition-row').locator('[data-testid=cell-lag]').allTextContents()).toEqual(['0', '0', '0'])
    await screenshot(page, 'group-detail-caught-up')
    await page.close()
  })

  it('shows the live group’s member, its assignment and the partitions it never committed', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    await page.goto(paths.workspaceGroup(s.workspaces.a.slug, ids[a.live]!))
    const members = page.getByTestId('member-row')
    expect(await members.count()).toBe(1)
    expect(await members.first().textContent()).toContain(a.liveClientId)
    expect(await members.first().getByTestId('cell-assignments').textContent()).toContain(`${a.orders}: 0, 1, 2`)
    const rows = page.getByTestId('partition-row')
    expect(await rows.count()).toBe(3)
    const noCommit = await page.locator('[data-testid=partition-row] [data-flag=no-commit]').count()
    expect(noCommit).toBe(2)
    // The one committed partition: committed 1, lag = its log end - 1; owned by the live client.
    const committed = (await page.getByTestId('cell-committed').allTextContents()).filter((t) => t !== '—')
    expect(committed).toEqual(['1'])
    const committedRow = rows.filter({ has: page.locator('[data-testid=cell-committed]', { hasText: /^1$/ }) })
    const partition = Number(await committedRow.locator('td').nth(1).textContent())
    expect(await committedRow.getByTestId('cell-lag').textContent()).toBe(formatCount(a.ordersEnd[partition]! - 1))
    expect(await rows.first().textContent()).toContain(a.liveClientId)
    await screenshot(page, 'group-detail-live')
    await page.close()
  })

  it('draws the lag chart for every range, with the range in the URL', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    await page.goto(paths.workspaceGroup(s.workspaces.a.slug, ids[a.lagging]!))
    for (const range of ['1h', '6h', '24h', '7d', '30d']) {
      await page.getByTestId(`lag-range-${range}`).click()
      await page.waitForURL(new RegExp(`range=${range}`))
      const chart = page.getByTestId('lag-chart')
      await chart.waitFor()
      await expect.poll(async () => page.getByTestId(`lag-range-${range}`).getAttribute('aria-current'), SLOW).toBe('true')
      const points = Number(await chart.getAttribute('data-points'))
      // Two lag checks ran: raw ranges have a point per check, hourly ranges at least this hour's.
      expect(points).toBeGreaterThanOrEqual(range === '7d' || range === '30d' ? 1 : 2)
      // One drawn dot per point with a known lag (every point here: each group had commits).
      expect(Number(await chart.getAttribute('data-lag-points'))).toBe(points)
      await expect.poll(() => chart.locator('circle.lag-dot').count(), SLOW).toBe(points)
      // A line needs two points; a single hourly point is its dot alone.
      if (points >= 2) expect(await chart.locator('path.recharts-line-curve').count()).toBeGreaterThan(0)
      await screenshot(page, `group-chart-${range}`)
    }
    await page.reload()
    expect(await page.getByTestId('lag-range-30d').getAttribute('aria-current')).toBe('true')
    await page.getByTestId('lag-range-1h').click()
    await page.waitForURL(/range=1h/)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByTestId('lag-chart').waitFor()
    await screenshot(page, 'group-detail-dark')
    await page.close()
  })

  it('gives a member of workspace A nothing of workspace B through lists, search, detail URLs or ids', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    const b = s.groups.b
    const bId = ids[b.lagging]!

    await page.goto(`${paths.unified}?search=${encodeURIComponent(b.prefix)}`)
    await page.getByTestId('groups-empty').waitFor()
    await page.goto(`${paths.unified}?workspace=${s.workspaces.b.id}`)
    await page.getByTestId('consumer-group-list-page').waitFor()
    expect(await page.getByTestId('group-row').count()).toBe(0)
    await page.goto(paths.unified)
    const listed = Object.keys(await listedLags(page))
    for (const name of groupNames(b)) expect(listed).not.toContain(name)
    expect(await page.content()).not.toContain(b.prefix)

    for (const url of [
      paths.unifiedGroup(bId),
      paths.workspaceGroup(s.workspaces.a.slug, bId),
      paths.workspaceGroup(s.workspaces.b.slug, bId),
      paths.workspace(s.workspaces.b.slug),
      paths.virtualCluster(s.workspaces.b.slug, s.applications.b.slug),
      paths.unifiedGroup(999_999),
      '/kafka/consumer-groups/not-a-number',
    ]) {
      const response = await page.goto(url)
      expect(response?.status(), url).toBe(404)
      expect(await page.content(), url).not.toContain(b.lagging)
    }
    await screenshot(page, 'group-not-found')

    // The other way round, and an admin following a group into the wrong workspace's URL.
    const pageB = await signedIn('memberB')
    await pageB.goto(paths.unified)
    await expectRows(pageB, expectedLags(b))
    expect((await pageB.goto(paths.unifiedGroup(ids[a.lagging]!)))?.status()).toBe(404)
    await pageB.close()
    const admin = await signedIn('admin')
    expect((await admin.goto(paths.workspaceGroup(s.workspaces.a.slug, bId)))?.status()).toBe(404)
    expect((await admin.goto(paths.workspaceGroup(s.workspaces.b.slug, bId)))?.status()).toBe(200)
    await admin.close()
    await page.close()
  })

  // Last: it moves the log end of workspace A's orders partition 0, which the tests above assert.
  it('refreshes a group page with new lag every 30 s without a full reload', async () => {
    const page = await signedIn('memberA')
    const a = s.groups.a
    await page.goto(paths.workspace(s.workspaces.a.slug))
    await expectRows(page, expectedLags(a))
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
    const end = await produceToOrders(a, 0, 5)
    await syncNow(s, 'lagCheck')
    // The caught-up group now trails by exactly what was produced since its commit.
    await expect.poll(async () => (await listedLags(page))[a.caughtUp], { timeout: 75_000, interval: 1_000 }).toBe(formatCount(end - a.ordersEnd[0]!))
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
    await screenshot(page, 'groups-refreshed')
    await page.close()
  })
})
