/**
 * Regenerates the README's screenshots from a running demo (npm run demo): the unified overview,
 * a workspace's consumer groups and a consumer group's page, signed in as the demo's member Carol,
 * at 1280×800 in the light theme. Writes docs/screenshots/*.png.
 *
 *   npm run screenshots:readme                      # demo on http://127.0.0.1:3000
 *   DEMO_URL=http://127.0.0.1:3608 npm run screenshots:readme
 */
import path from 'node:path'

import { chromium } from 'playwright-core'

import { DEMO_PASSWORD } from '../demo/config'

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:3000'
const OUT = path.resolve('docs/screenshots')
const MEMBER = 'carol@orbit.demo'

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1280, height: 800 } })
    await context.addCookies([{ name: 'orbit-theme', value: 'light', url: BASE }])
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('Email').fill(MEMBER)
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/kafka')
    const shoot = async (url: string, name: string) => {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: path.join(OUT, `${name}.png`) })
      console.log(`docs/screenshots/${name}.png  ${url}`)
    }
    await shoot('/kafka', 'overview')
    await shoot('/workspaces/payments/kafka/consumer-groups?sort=-totalLag', 'consumer-groups')
    const group = await page.getByTestId('group-link').first().getAttribute('href')
    if (!group) throw new Error('the demo lists no consumer group for Payments yet: wait for its first sync')
    await shoot(group, 'consumer-group')
  } finally {
    await browser.close()
  }
}

await main()
