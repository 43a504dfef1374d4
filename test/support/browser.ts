import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's headless Chromium driven by playwright-core (a fresh profile each launch); nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const ARTEFACTS = 'test-results/screenshots'

/** Screenshots are kept as test artefacts for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true })
  const file = path.join(ARTEFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
