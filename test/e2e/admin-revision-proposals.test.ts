import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'
import { staff } from '../support/staff'

/**
 * The revision's edit page lists its proposals with the page (src/admin/ProposalsField.tsx), not
 * fetched with their items after the page has loaded (Payload's join table).
 */
let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const { logIn, token, draftWith } = staff(() => app.url)

/** Server actions the page made for the proposals join (Payload's table fetched its rows so). */
function proposalTableFetches(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    if (request.headers()['next-action'] && (request.postData() ?? '').includes('"collectionSlug":"proposals"')) seen.push(request.url())
  })
  return seen
}

describe('the revision edit page', () => {
  it('lists its proposals with the page: counts by action, the first page by code, a link to all of them', async () => {
    const editor = await token('editor@quanze.test')
    const codes = Array.from({ length: 30 }, (_, index) => `XK-${String(501 + index).padStart(5, '0')}-000`)
    const id = await draftWith(editor, '三十项修订（浏览器测试）', codes)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor@quanze.test')
    const fetches = proposalTableFetches(page)
    await page.goto(`${app.url}/admin/collections/revisions/${id}`)
    const field = page.locator('.quanze-proposals')
    await field.getByText('共 30 条：新增 30 · 修改 0 · 取消 0').waitFor()
    expect(await field.locator('tbody tr').count()).toBe(25)
    expect(await field.locator('tbody tr').first().textContent()).toContain(codes[0])
    await page.waitForLoadState('networkidle')
    expect(fetches).toEqual([])
    await screenshot(page, 'admin-revision-proposals')
    await field.getByRole('link', { name: /全部拟变更事项/ }).click()
    await page.waitForURL(/\/admin\/collections\/proposals\?/)
    await page.getByText(codes[29]).first().waitFor()
    await page.close()
  })
})
