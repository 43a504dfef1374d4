import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'
import { staff } from '../support/staff'

/**
 * Saving in the admin's forms: a revision's title saved through the form (which sends every field
 * back, the workflow's read-only ones included), and a stale proposal save that says why it was
 * refused.
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

const { logIn, token, api, draftWith } = staff(() => app.url)

describe('opening a revision', () => {
  it('asks the server once what the user may do, for the workflow buttons and the import box alike', async () => {
    const editor = await token('editor@quanze.test')
    const id = await draftWith(editor, '操作只问一次（浏览器测试）', ['XK-00801-000'])
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor@quanze.test')
    const asked: string[] = []
    page.on('request', (request) => request.url().endsWith(`/api/revisions/${id}/actions`) && asked.push(request.url()))
    await page.goto(`${app.url}/admin/collections/revisions/${id}`)
    await page.getByRole('button', { name: '提交审查' }).waitFor({ timeout: 30_000 })
    await page.locator('input[type="file"]').waitFor()
    await page.waitForLoadState('networkidle')
    expect(asked).toHaveLength(1)
    await page.close()
  })
})

describe('saving in the admin', () => {
  it('a title saved in the form sticks, on an approved revision too, and keeps its status', async () => {
    const editor = await token('editor@quanze.test')
    const id = await draftWith(editor, '表单改名（浏览器测试）', ['XK-00601-000'])
    expect((await api('POST', `/api/revisions/${id}/submit`, editor)).status).toBe(200)
    expect((await api('POST', `/api/revisions/${id}/approve`, await token('reviewer@quanze.test'), { comment: '同意' })).status).toBe(200)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor@quanze.test')
    await page.goto(`${app.url}/admin/collections/revisions/${id}`)
    await page.locator('#field-title').fill('批准后在表单里改名')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api('GET', `/api/revisions/${id}?depth=0`, editor)).body, { timeout: 15_000 })
      .toMatchObject({ title: '批准后在表单里改名', status: 'approved' })
    await page.close()
  })

  it("a proposal saved meanwhile by someone else: the second save's toast says so, and it is not applied", async () => {
    const editor = await token('editor@quanze.test')
    const id = await draftWith(editor, '并发保存（浏览器测试）', ['XK-00701-000'])
    const proposal = (await api('GET', `/api/revisions/${id}/items/XK-00701-000`, editor)).body.doc
    const [first, second] = [
      await browser.newPage({ viewport: { width: 1280, height: 900 } }),
      await browser.newPage({ viewport: { width: 1280, height: 900 } }),
    ]
    for (const page of [first, second]) {
      await logIn(page, 'editor@quanze.test')
      await page.goto(`${app.url}/admin/collections/proposals/${proposal.id}`)
      await page.locator('#field-note').waitFor()
    }
    await first.locator('#field-note').fill('先保存的说明')
    await first.locator('#action-save').click()
    await expect.poll(async () => (await api('GET', `/api/revisions/${id}/items/XK-00701-000`, editor)).body.doc.note, { timeout: 15_000 }).toBe('先保存的说明')
    await second.locator('#field-note').fill('后保存的说明')
    await second.locator('#action-save').click()
    await second
      .getByText(/已被他人保存.*请重新加载后再改/)
      .first()
      .waitFor({ timeout: 15_000 })
    await screenshot(second, 'admin-proposal-stale-save')
    expect((await api('GET', `/api/revisions/${id}/items/XK-00701-000`, editor)).body.doc.note).toBe('先保存的说明')
    await first.close()
    await second.close()
  })
})
