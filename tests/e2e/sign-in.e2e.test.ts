import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { E2E_ADMIN } from './support/admin'
import { baseURL, launchBrowser, newPage, screenshot, signIn } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** REST call as a signed-in user (the admin sets up members through the public API). */
async function api(token: string, path: string, body: unknown) {
  const response = await fetch(`${baseURL()}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as { doc?: { id: number }; token?: string; errors?: unknown }
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

describe('sign-in and tenancy in a real browser', () => {
  it('redirects anonymous visitors of product pages to sign-in and back afterwards', async () => {
    const page = await newPage(browser)
    await page.goto('/kafka')
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    expect(new URL(page.url()).searchParams.get('next')).toBe('/kafka')
    await screenshot(page, 'sign-in')
    await page.getByLabel('Email').fill(E2E_ADMIN.email)
    await page.getByLabel('Password').fill('wrong-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.locator('form [role=alert]').textContent()).toContain('incorrect')
    await page.getByLabel('Password').fill(E2E_ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/kafka')
    await page.close()
  })

  it('lets the admin from the environment create a workspace and a cluster in the admin', async () => {
    const page = await newPage(browser)
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password)
    expect(await page.getByTestId('current-user').textContent()).toBe(E2E_ADMIN.email)

    await page.goto('/admin/collections/workspaces/create')
    await page.locator('#field-name').fill('Payments')
    await page.locator('#field-slug').fill('payments')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/admin\/collections\/workspaces\/\d+/)

    await page.goto('/admin/collections/kafka-clusters/create')
    await page.locator('#field-name').fill('local-kafka')
    await page.locator('#field-bootstrapServers').fill('127.0.0.1:19092')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/admin\/collections\/kafka-clusters\/\d+/)
    await screenshot(page, 'admin-cluster')

    await page.goto('/kafka')
    await expect.poll(() => page.getByTestId('workspace-list').textContent()).toContain('Payments')
    await screenshot(page, 'kafka-admin')
    await page.close()
  })

  it('shows a member only their own workspaces', async () => {
    const { token } = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(E2E_ADMIN),
    }).then((r) => r.json() as Promise<{ token: string }>)
    const mine = await api(token, '/workspaces', { name: 'Search', slug: 'search' })
    await api(token, '/workspaces', { name: 'Secret Project', slug: 'secret-project' })
    const member = await api(token, '/users', { email: 'member@e2e.test', password: 'member-password', role: 'member' })
    await api(token, '/workspace-members', { workspace: mine.doc!.id, user: member.doc!.id, role: 'member', status: 'active' })

    const page = await newPage(browser)
    await signIn(page, 'member@e2e.test', 'member-password')
    const list = page.getByTestId('workspace-list')
    await expect.poll(() => list.textContent()).toContain('Search')
    const text = await list.textContent()
    expect(text).not.toContain('Secret Project')
    expect(text).not.toContain('Payments')
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0)
    await screenshot(page, 'kafka-member')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/sign-in')
    await page.goto('/kafka')
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    await page.close()
  })
})
