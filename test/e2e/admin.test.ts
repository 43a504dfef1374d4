import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'
import { staff } from '../support/staff'

/**
 * The admin as legal-office staff use it, in a real Chromium against the production build: log in,
 * find the review queue, open a submitted revision's Changes tab and approve it there.
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

const { logIn, token, api } = staff(() => app.url)

describe('admin', () => {
  it('shows the Chinese login page', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.url}/admin`)
    await page.waitForSelector('input[name="email"]')
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/)
    await screenshot(page, 'admin-login')
    await page.close()
  })

  it('lets a reviewer approve a submitted revision from its Changes tab', async () => {
    const editor = await token('editor@quanze.test')
    const created = await api('POST', '/api/revisions', editor, { department: 'gz-aic', title: '2026年动态调整（浏览器测试）', reason: '缩短承诺办结时限' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const item = (await api('GET', '/api/power-items?where[code][equals]=XK-00001-000&depth=0', editor)).body.docs[0]
    expect(item).toBeTruthy()
    const repeal = await api('DELETE', `/api/revisions/${id}/items/QT-00001-000`, editor)
    expect(repeal.status).toBe(200)
    expect((await api('POST', `/api/revisions/${id}/submit`, editor)).status).toBe(200)

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'reviewer@quanze.test')
    await page.goto(`${app.url}/admin`)
    await page.getByText('2026年动态调整（浏览器测试）').first().waitFor()
    await screenshot(page, 'admin-dashboard-queue')
    await page.goto(`${app.url}/admin/collections/revisions/${id}/changes`)
    await page.getByText('QT-00001-000').first().waitFor()
    await page.getByRole('button', { name: /审查通过/ }).waitFor()
    await screenshot(page, 'admin-revision-changes')
    await page.getByRole('textbox', { name: /审查意见/ }).fill('同意')
    await page.getByRole('button', { name: /审查通过/ }).click()
    await expect.poll(async () => (await api('GET', `/api/revisions/${id}`, editor)).body.status, { timeout: 15_000 }).toBe('approved')
    // the page reloads and shows the new status: the reviewer sees the decision took; and the page
    // is closed only once that reload is done, not in the middle of it
    await page.locator('.quanze-status--approved').waitFor({ timeout: 60_000 })
    await page.close()
  })

  it("lets an editor pick the department of a new revision and edit an item's content as JSON", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await logIn(page, 'editor@quanze.test')
    // the 部门 relationship field loads its options (the admin reads them by POST + method override)
    await page.goto(`${app.url}/admin/collections/revisions/create`)
    await page.locator('.field-type.relationship .rs__control').first().click()
    await page.locator('.rs__option', { hasText: '贵州省工商行政管理局' }).first().waitFor()
    await page.keyboard.press('Escape')

    const editor = await token('editor@quanze.test')
    const created = await api('POST', '/api/revisions', editor, { department: 'gz-aic', title: '表单编辑事项（浏览器测试）' })
    const id = created.body.doc.id
    const item = (await api('GET', '/api/power-items?where[code][equals]=XK-00002-000&where[effectiveTo][exists]=false&depth=0', editor)).body.docs[0].item
    expect((await api('PUT', `/api/revisions/${id}/items/XK-00002-000`, editor, { ...item, name: `${item.name}（改）` })).status).toBe(200)
    const proposal = (await api('GET', `/api/proposals?where[revision][equals]=${id}&depth=0`, editor)).body.docs[0]
    await page.goto(`${app.url}/admin/collections/proposals/${proposal.id}`)
    // the form is the first tab (admin-revision-proposals.test.ts); the JSON the second
    await page.getByRole('tab', { name: 'JSON' }).click()
    const field = page.locator('.quanze-json-field textarea')
    await field.waitFor()
    const shown = JSON.parse(await field.inputValue())
    expect(shown.name).toBe(`${item.name}（改）`)
    await field.fill('{ "name": ')
    await page.locator('.quanze-json-field', { hasText: 'JSON 格式错误' }).waitFor()
    await field.fill(JSON.stringify({ ...shown, handlingUnit: '企业注册局（表单）' }, null, 2))
    await screenshot(page, 'admin-proposal-json')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api('GET', `/api/revisions/${id}/items/XK-00002-000`, editor)).body.doc, { timeout: 15_000 })
      .toMatchObject({ version: 2, item: { handlingUnit: '企业注册局（表单）' } })
    expect(errors.filter((text) => /Content Security Policy|Monaco/.test(text))).toEqual([])
    await api('POST', `/api/revisions/${id}/withdraw`, editor)
    await page.close()
  })
})
