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
  app = await startApp()
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const { logIn, token, api, draftWith } = staff(() => app.url)

/** A submitted revision proposing one item. */
async function submitted(editor: string, title: string, code: string) {
  const id = await draftWith(editor, title, [code])
  expect((await api('POST', `/api/revisions/${id}/submit`, editor)).status).toBe(200)
  return id
}

// the past-date publication runs first: once a list takes effect today, yesterday is refused (409)
describe('a revision overtaken by another publication, in the admin', () => {
  it('publishing with an effective date before today asks the publisher first', async () => {
    const [editor, reviewer] = await Promise.all(['editor', 'reviewer'].map((role) => token(`${role}@quanze.test`)))
    const id = await submitted(editor, '补录修订', 'XK-00903-000')
    expect((await api('POST', `/api/revisions/${id}/approve`, reviewer, { comment: '同意' })).status).toBe(200)
    const [year, month, day] = todayInChina().split('-').map(Number)
    const yesterday = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'publisher@quanze.test')
    await page.goto(`${app.url}/admin/collections/revisions/${id}/changes`)
    await page.locator('.quanze-workflow input[type="date"]').fill(yesterday)
    // a publisher may not comment on items: no box for it
    expect(await page.getByRole('textbox', { name: 'XK-00903-000 的意见' }).count()).toBe(0)
    const asked: string[] = []
    page.once('dialog', (dialog) => void (asked.push(dialog.message()), dialog.dismiss()))
    await page.getByRole('button', { name: '发布' }).click()
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toContain('早于今天')
    expect((await api('GET', `/api/revisions/${id}`, editor)).body.status).toBe('approved')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '发布' }).click()
    await expect
      .poll(async () => (await api('GET', `/api/revisions/${id}`, editor)).body, { timeout: 15_000 })
      .toMatchObject({ status: 'published', effectiveFrom: yesterday })
    // the page reloads itself after publishing; closing it mid-reload has hung Chromium's close
    await page.waitForLoadState('networkidle')
    await page.close()
  })

  it('the reviewer comments on an item; the editor reads it and rebases the revision', async () => {
    const [editor, reviewer, publisher] = await Promise.all(['editor', 'reviewer', 'publisher'].map((role) => token(`${role}@quanze.test`)))
    const first = await submitted(editor, '先行修订', 'XK-00901-000')
    const second = await submitted(editor, '后续修订', 'XK-00902-000')
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
