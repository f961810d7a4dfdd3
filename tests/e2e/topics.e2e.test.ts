import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatCount } from '@/features/consumer-groups/display'

import { E2E_ADMIN } from './support/admin'
import { launchBrowser, newPage, screenshot, signIn } from './support/browser'
import { ensureGroupScenario, type GroupScenario } from './support/group-scenario'
import { rest, whereEquals } from './support/rest'
import { syncNow } from './support/scenario'

let browser: Browser
let s: GroupScenario
const topicIds: Record<string, number> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  s = await ensureGroupScenario()
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

afterAll(async () => {
  await s?.stop()
  await browser?.close()
})

const SLOW = { timeout: 30_000, interval: 500 }
const topicsOf = (slug: string) => `/workspaces/${slug}/kafka/topics`
const topicOf = (slug: string, id: number) => `/workspaces/${slug}/kafka/topics/${id}`
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

async function signedIn(as: 'memberA' | 'admin', width = 1440): Promise<Page> {
  const page = await newPage(browser)
  await page.setViewportSize({ width, height: 900 })
  const cred = as === 'admin' ? E2E_ADMIN : s.users[as]
  await signIn(page, cred.email, cred.password)
  return page
}

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
  it('lists a member’s topics with their worst group lag, sorted by lag, and never another workspace’s', async () => {
    const page = await signedIn('memberA')
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
    const page = await signedIn('memberA')
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
    const page = await signedIn('memberA')
    const response = await page.goto(topicOf(s.workspaces.a.slug, topicIds[s.groups.b.orders]!))
    expect(response?.status()).toBe(404)
    const unified = await page.goto(`/kafka/topics/${topicIds[s.groups.b.orders]}`)
    expect(unified?.status()).toBe(404)
    await page.close()
  })

  it('opens the filtered group list from the overview’s “groups with lag” card', async () => {
    const page = await signedIn('memberA')
    await page.goto(`/workspaces/${s.workspaces.a.slug}/kafka`)
    await page.getByTestId('overview-groups-lagging').getByRole('link').first().click()
    await page.waitForURL(/consumer-groups\?hasLag=true/)
    expect(await page.getByTestId('filter-hasLag').inputValue()).toBe('true')
    await page.close()
  })

  it('opens the virtual cluster’s own overview with a Topics tab', async () => {
    const page = await signedIn('memberA')
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
