import { randomUUID } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKeycloakUser, deleteKeycloakUser, type KeycloakUser, removeKeycloakUserFromGroup } from '@tests/helpers/keycloak'

import { E2E_ADMIN } from './support/admin'
import { baseURL, launchBrowser, newPage, screenshot } from './support/browser'

/**
 * Single sign-on in Chromium through the real Keycloak (the e2e server is configured for it in
 * tests/e2e/global-setup.ts): the right workspaces only, a group removed at Keycloak gone at the
 * next renewal, an unknown group granting nothing, sign-out ending Keycloak's session too.
 */
let browser: Browser
const run = randomUUID().slice(0, 6)
const names = { payments: `SSO Payments ${run}`, logistics: `SSO Logistics ${run}`, other: `SSO Other ${run}` }
const keycloakUsers: KeycloakUser[] = []

async function adminToken(): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: E2E_ADMIN.email, password: E2E_ADMIN.password }),
  })
  return ((await response.json()) as { token: string }).token
}

async function createWorkspace(token: string, name: string, identityGroups: Record<string, string[]>) {
  const response = await fetch(`${baseURL()}/api/workspaces`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ name, slug: name.toLowerCase().replace(/\s+/g, '-'), identityGroups }),
  })
  if (!response.ok) throw new Error(`workspace ${name}: ${response.status} ${await response.text()}`)
}

async function person(prefix: string, groups: string[]) {
  const user = await createKeycloakUser(prefix, groups)
  keycloakUsers.push(user)
  return user
}

/** From a product page through /sign-in and Keycloak's login form back to it. */
async function signInWithKeycloak(page: Page, user: KeycloakUser) {
  await page.goto('/kafka')
  await page.waitForURL('**/sign-in?**')
  await page.getByRole('link', { name: 'Sign in with Keycloak' }).click()
  await page.waitForURL(/\/realms\/orbit\//)
  await page.locator('#username').fill(user.username)
  await page.locator('#password').fill(user.password)
  await page.locator('#kc-login').click()
  await page.waitForURL('**/kafka')
}

const workspaceNames = async (page: Page) => (await page.getByTestId('workspace-list').locator('li').allTextContents()).map((t) => t.split(/sso-/)[0]!).sort()

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await adminToken()
  await createWorkspace(token, names.payments, { owners: ['/orbit/payments-owners'], members: ['/orbit/payments-members'] })
  await createWorkspace(token, names.logistics, { members: ['/orbit/logistics-members'] })
  await createWorkspace(token, names.other, {})
})

afterAll(async () => {
  await browser?.close()
  for (const user of keycloakUsers) await deleteKeycloakUser(user.id).catch(() => undefined)
})

describe('single sign-on through Keycloak in a real browser', () => {
  it('lands in the workspaces its groups name, only; a group removed at Keycloak is gone at the next renewal', async () => {
    const user = await person('e2e-bob', ['/orbit/payments-members', '/orbit/logistics-members'])
    const page = await newPage(browser)
    await signInWithKeycloak(page, user)
    expect(await page.getByTestId('current-user').textContent()).toBe(user.email)
    expect(await workspaceNames(page)).toEqual([names.logistics, names.payments].sort())
    await screenshot(page, 'sso-signed-in')

    await removeKeycloakUserFromGroup(user.id, '/orbit/payments-members')
    // The short session runs out (ORBIT_OIDC_SESSION_SECONDS): the next page renews it at Keycloak.
    await page.context().clearCookies({ name: 'payload-token' })
    await page.goto('/kafka')
    await page.waitForURL('**/kafka')
    expect(await workspaceNames(page)).toEqual([names.logistics])
    await page.close()
  })

  it('an unknown group grants nothing', async () => {
    const page = await newPage(browser)
    await signInWithKeycloak(page, await person('e2e-dave', ['/unrelated/marketing']))
    await expect.poll(() => page.getByTestId('no-workspaces').isVisible()).toBe(true)
    await page.close()
  })

  it("sign-out ends the app's session and Keycloak's: the next sign-in asks for the password again", async () => {
    const page = await newPage(browser)
    await signInWithKeycloak(page, await person('e2e-erin', ['/orbit/payments-members']))
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/sign-in')
    await page.goto('/kafka')
    await page.waitForURL('**/sign-in?**')
    await page.getByRole('link', { name: 'Sign in with Keycloak' }).click()
    await page.waitForURL(/\/realms\/orbit\//)
    expect(await page.locator('#password').isVisible()).toBe(true)
    await page.close()
  })

  it('a callback without its sign-in (replayed, or from another window) is explained on /sign-in', async () => {
    const page = await newPage(browser)
    await page.goto('/auth/sso/callback?code=stolen&state=forged')
    await page.waitForURL('**/sign-in?**')
    expect(await page.locator('[data-sso-error]').getAttribute('data-sso-error')).toBe('expired')
    expect(await page.locator('[data-sso-error]').textContent()).toContain('took too long')
    await screenshot(page, 'sso-error')
    await page.close()
  })
})
