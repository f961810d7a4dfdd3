import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { E2E_ADMIN } from './support/admin'
import { baseURL, launchBrowser, newPage, screenshot, signIn } from './support/browser'
import { adminLogin, findOrCreate } from './support/rest'

/**
 * The account page of API keys in Chromium: a member creates a key (shown once), a CI-like fetch
 * reads her workspaces with it, a platform admin sees it listed, she revokes it, and it is refused.
 */
const MEMBER = { email: 'api-key-member@e2e.test', password: 'api-key-member-password' }
let browser: Browser
let workspaceId: number
let memberId: number

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await adminLogin()
  const mine = await findOrCreate<{ id: number }>(token, 'workspaces', { slug: 'api-key-team' }, { name: 'API key team', slug: 'api-key-team' })
  await findOrCreate(token, 'workspaces', { slug: 'api-key-other' }, { name: 'Another team', slug: 'api-key-other' })
  const member = await findOrCreate<{ id: number }>(token, 'users', { email: MEMBER.email }, { ...MEMBER, role: 'member' })
  await findOrCreate(
    token,
    'workspace-members',
    { workspace: mine.id, user: member.id },
    { workspace: mine.id, user: member.id, role: 'member', status: 'active' },
  )
  workspaceId = mine.id
  memberId = member.id
})
afterAll(async () => {
  await browser?.close()
})

/** What a CI pipeline does: a plain HTTP request with the key. */
const withKey = (key: string, path: string) => fetch(`${baseURL()}/api${path}`, { headers: { Authorization: `users API-Key ${key}` } })

async function signedIn(email: string, password: string, width: number): Promise<Page> {
  const page = await newPage(browser)
  await page.setViewportSize({ width, height: 800 })
  await signIn(page, email, password)
  return page
}

const pageIsWiderThanViewport = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe('API keys on the account page', () => {
  it('creates a key shown once, which reads only her workspaces; a platform admin sees it; revoked, it is refused', async () => {
    const page = await signedIn(MEMBER.email, MEMBER.password, 390)
    await page.getByRole('link', { name: 'API keys' }).click()
    await page.waitForURL('**/account/api-keys')
    await page.getByTestId('no-own-key').waitFor()
    await page.getByRole('button', { name: 'Create key' }).click()
    const key = await page.getByTestId('new-api-key').inputValue()
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await pageIsWiderThanViewport(page)).toBe(false)
    await screenshot(page, 'api-key-created-390')

    const workspaces = await withKey(key, '/workspaces?depth=0')
    expect(workspaces.status).toBe(200)
    const body = (await workspaces.json()) as { docs: { id: number }[] }
    expect(body.docs.map((d) => d.id)).toEqual([workspaceId])

    // Shown once: a reload shows the times, never the key.
    await page.reload()
    await page.getByTestId('own-key-created').waitFor()
    expect(await page.getByTestId('own-key-last-used').textContent()).toBe('just now')
    expect(await page.getByTestId('new-api-key').count()).toBe(0)
    expect((await page.content()).includes(key)).toBe(false)

    const admin = await signedIn(E2E_ADMIN.email, E2E_ADMIN.password, 390)
    await admin.goto('/account/api-keys')
    expect(await admin.getByTestId('all-api-keys').textContent()).toContain(MEMBER.email)
    expect(await pageIsWiderThanViewport(admin)).toBe(false)
    await screenshot(admin, 'api-keys-admin-390')
    // The admin panel shows the key's times, and offers no way to set or reveal a key.
    await admin.setViewportSize({ width: 1280, height: 800 })
    await admin.goto(`/admin/collections/users/${memberId}`)
    await admin.getByText('API key', { exact: true }).waitFor()
    await admin.getByText('Last used', { exact: true }).waitFor()
    expect(await admin.getByText('Enable API Key').count()).toBe(0)
    expect(await admin.locator('#field-apiKey, #field-enableAPIKey').count()).toBe(0)
    await screenshot(admin, 'api-keys-admin-user')
    await admin.close()

    await page.getByTestId('own-api-key').getByRole('button', { name: 'Revoke' }).click()
    await page.getByTestId('no-own-key').waitFor()
    expect(await page.getByRole('status').first().textContent()).toContain('revoked')
    expect((await withKey(key, '/workspaces?depth=0')).status).toBe(403)
    await page.close()
  })
})
