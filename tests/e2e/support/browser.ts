import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'

/** Debian's Chromium (apt-get install chromium), never a downloaded browser build. */
const CHROMIUM = process.env.ORBIT_CHROMIUM ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const SCREENSHOT_DIR = path.resolve('test-results/e2e')

export function baseURL(): string {
  return inject('baseURL')
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 1280, height: 800 } })
  context.setDefaultTimeout(30_000)
  return context.newPage()
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${process.env.ORBIT_TEST_DB ?? 'sqlite'}-${name}.png`), fullPage: true })
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/kafka')
}
