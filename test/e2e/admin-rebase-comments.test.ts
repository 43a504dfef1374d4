import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { todayInChina } from '../../src/domain/dates'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'
import { staff } from '../support/staff'

/**
 * Two revisions of one department in the admin, in a real Chromium against the production build:
 * the first is published; the reviewer of the second sees it cannot be approved as it is and
 * comments on one item; the editor reads the comment and rebases the revision onto the current list.
 */
let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startApp(3305)
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const { logIn, token, api } = staff(() => app.url)

async function revision(editor: string, title: string, code: string) {
  const created = await api('POST', '/api/revisions', editor, { department: 'gz-aic', title, reason: '浏览器测试' })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const item = (await api('GET', `/api/public/v1/departments/gz-aic/items/XK-00001-000`, editor)).body.item
  const put = await api('PUT', `/api/revisions/${id}/items/${code}`, editor, { ...item, code, name: `${title}事项`, parentCode: null })
  expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200)
  expect((await api('POST', `/api/revisions/${id}/submit`, editor)).status).toBe(200)
  return id
}

describe('a revision overtaken by another publication, in the admin', () => {
  it('the reviewer comments on an item; the editor reads it and rebases the revision', async () => {
    const [editor, reviewer, publisher] = await Promise.all(['editor', 'reviewer', 'publisher'].map((role) => token(`${role}@quanze.test`)))
    const first = await revision(editor, '先行修订', 'XK-00901-000')
    const second = await revision(editor, '后续修订', 'XK-00902-000')
    expect((await api('POST', `/api/revisions/${first}/approve`, reviewer, { comment: '同意' })).status).toBe(200)
    expect((await api('POST', `/api/revisions/${first}/publish`, publisher, { effectiveFrom: todayInChina() })).status).toBe(200)

    const review = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(review, 'reviewer@quanze.test')
    await review.goto(`${app.url}/admin/collections/revisions/${second}/changes`)
    await review.getByText(/已被另一修订的发布取代/).waitFor()
    expect(await review.getByRole('button', { name: /审查通过/ }).count()).toBe(0)
    await review.getByRole('textbox', { name: 'XK-00902-000 的意见' }).fill('名称应与法规用语一致。')
    await review.getByRole('button', { name: '添加意见' }).click()
    await review.getByText('名称应与法规用语一致。').waitFor()
    await screenshot(review, 'admin-item-comment')
    await review.close()

    const edit = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(edit, 'editor@quanze.test')
    await edit.goto(`${app.url}/admin/collections/revisions/${second}/changes`)
    await edit.getByText('名称应与法规用语一致。').waitFor()
    await edit.getByRole('button', { name: '更新到现行清单' }).click()
    await expect.poll(async () => (await api('GET', `/api/revisions/${second}/actions`, editor)).body.behindHead, { timeout: 15_000 }).toBe(false)
    // the page reloads without the warning, and the reviewer can now decide
    await edit.getByText(/已被另一修订的发布取代/).waitFor({ state: 'detached', timeout: 60_000 })
    await edit.close()
    expect((await api('GET', `/api/revisions/${second}/actions`, reviewer)).body.events).toContain('approve')
  })
})
