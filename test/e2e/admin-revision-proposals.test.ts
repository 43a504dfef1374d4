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

const { logIn, token, api, draftWith } = staff(() => app.url)

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

describe("a proposal's item", () => {
  it('is edited as a form: a name changed, a legal basis added and moved first, the committed deadline changed, saved as the item', async () => {
    const editor = await token('editor@quanze.test')
    const code = 'XK-00901-000'
    const id = await draftWith(editor, '表单编辑事项（浏览器测试）', [code])
    const proposal = (await api('GET', `/api/revisions/${id}/items/${code}`, editor)).body.doc
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } })
    await logIn(page, 'editor@quanze.test')
    await page.goto(`${app.url}/admin/collections/proposals/${proposal.id}`)
    const form = page.locator('.quanze-item-form')
    await form.getByLabel('事项名称').fill('食品经营许可（表单）')
    const bases = form.locator('fieldset', { has: page.locator('legend', { hasText: '设定依据/实施依据' }) })
    await bases.getByRole('button', { name: '添加设定依据/实施依据' }).click()
    const basis = bases.locator('.quanze-row').last()
    await basis.getByLabel('法律法规名称').fill('《中华人民共和国食品安全法》')
    await basis.getByLabel('条款').fill('第三十五条')
    await basis.getByLabel('条文内容').fill('国家对食品生产经营实行许可制度。')
    // the new basis goes first: the order is the order the list prints
    await bases.getByRole('button', { name: '设定依据/实施依据第2项上移' }).click()
    expect(await bases.locator('.quanze-row').first().getByLabel('法律法规名称').inputValue()).toBe('《中华人民共和国食品安全法》')
    const committed = form.locator('fieldset', { has: page.locator('legend', { hasText: '承诺办结时限' }) })
    await committed.getByLabel('无').uncheck()
    await committed.getByLabel('时限', { exact: true }).fill('10')
    await committed.getByLabel('时限单位').selectOption('day')
    await screenshot(page, 'admin-proposal-item-form')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api('GET', `/api/revisions/${id}/items/${code}`, editor)).body.doc.item, { timeout: 15_000 })
      .toMatchObject({
        name: '食品经营许可（表单）',
        legalBasis: [
          { law: '《中华人民共和国食品安全法》', documentNo: null, article: '第三十五条', text: '国家对食品生产经营实行许可制度。' },
          expect.objectContaining({ law: '《中华人民共和国行政许可法》' }),
        ],
        committedDeadline: { value: 10, unit: 'day', note: null },
      })
    // the JSON tab shows the same item
    await page.getByRole('tab', { name: 'JSON' }).click()
    const json = page.locator('.quanze-json-field textarea')
    expect(await json.inputValue()).toContain('食品经营许可（表单）')
    // JSON the form cannot draw: the form tab says where to correct it, and the page stays
    await json.fill(JSON.stringify({ code, name: '结构不对', legalBasis: null }))
    await page.getByRole('tab', { name: '表单' }).click()
    await page.getByText('表单无法显示：请在 JSON 页改正').waitFor()
    await page.getByRole('tab', { name: 'JSON' }).click()
    expect(await json.inputValue()).toContain('结构不对')
    await page.close()
  })

  it('added on the create page follows a corrected code, and an emptied deadline number is named, not saved as 0', async () => {
    const editor = await token('editor@quanze.test')
    const id = await draftWith(editor, '新增事项表单（浏览器测试）', [])
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } })
    await logIn(page, 'editor@quanze.test')
    await page.goto(`${app.url}/admin/collections/proposals/create`)
    await page.locator('#field-revision .rs__control').click()
    await page.locator('.rs__option', { hasText: '新增事项表单（浏览器测试）' }).first().click()
    await page.locator('#field-action .rs__control').click()
    await page.locator('.rs__option', { hasText: '新增' }).first().click()
    await page.locator('#field-code').fill('XK-00902-001')
    const form = page.locator('.quanze-item-form')
    await form.getByLabel('事项名称').fill('表单新增事项')
    // the code corrected after the item was begun: the item's code, category and main item follow it
    await page.locator('#field-code').fill('CF-00902-000')
    await form.getByText('CF-00902-000').first().waitFor()
    const committed = form.locator('fieldset', { has: page.locator('legend', { hasText: '承诺办结时限' }) })
    await committed.getByLabel('无').uncheck()
    const amount = committed.getByLabel('时限', { exact: true })
    await amount.fill('')
    await committed.getByText('请填写大于 0 的数字。').waitFor({ timeout: 3000 })
    await amount.fill('7')
    expect(await committed.getByText('请填写大于 0 的数字。').count()).toBe(0)
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api('GET', `/api/revisions/${id}/items/CF-00902-000`, editor)).body.doc?.item, { timeout: 15_000 })
      .toMatchObject({ code: 'CF-00902-000', category: 'CF', parentCode: null, name: '表单新增事项', committedDeadline: { value: 7, unit: 'workday' } })
    await page.close()
  })
})
