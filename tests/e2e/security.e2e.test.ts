import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { E2E_ADMIN } from './support/admin'
import { baseURL, launchBrowser } from './support/browser'

/**
 * The served app on its non-default e2e port (3210), with no NEXT_PUBLIC_SERVER_URL, as a
 * newcomer's `PORT=3210 npm start`: the admin works whether it is opened as 127.0.0.1 or as
 * localhost, and neither product pages nor the admin violate the Content-Security-Policy.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const port = () => new URL(baseURL()).port
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const

/** A page on one loopback name that records every CSP violation the browser reports. */
async function pageOn(host: string): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ baseURL: `http://${host}:${port()}`, viewport: { width: 1280, height: 800 } })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportCspViolation: (text: string) => Promise<void> }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      )
    })
  })
  return { page, violations }
}

async function signIn(page: Page) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(E2E_ADMIN.email)
  await page.getByLabel('Password').fill(E2E_ADMIN.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/kafka')
}

describe('allowed origins and the CSP in a real browser', () => {
  it.each(LOOPBACK_NAMES)('opened as %s, the admin creates a workspace', async (host) => {
    const { page } = await pageOn(host)
    await signIn(page)
    await page.goto('/admin/collections/workspaces/create')
    await page.locator('#field-name').fill(`Origins ${host}`)
    await page.locator('#field-slug').fill(`origins-${host.replace(/\W/g, '-')}`)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/admin\/collections\/workspaces\/\d+/)
    await page.context().close()
  })

  it('product pages and the admin load with no CSP violation', async () => {
    const { page, violations } = await pageOn('127.0.0.1')
    await signIn(page)
    for (const path of [
      '/kafka',
      '/kafka/schemas',
      '/kafka/consumer-groups',
      '/admin',
      '/admin/collections/kafka-clusters',
      '/admin/collections/kafka-schemas',
    ]) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('a change from another origin is refused with a message naming ORBIT_ALLOWED_ORIGINS', async () => {
    const response = await fetch(`${baseURL()}/api/workspaces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://192.0.2.10:8080' },
      body: JSON.stringify({ name: 'x', slug: 'x' }),
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('ORBIT_ALLOWED_ORIGINS')
  })

  it('responses carry the security headers and no X-Powered-By', async () => {
    const response = await fetch(`${baseURL()}/sign-in`)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})
