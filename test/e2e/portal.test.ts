import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'

/**
 * The public portal as a citizen uses it, in a real Chromium against the production build and the
 * sample data (gz-aic: 2015 list of 36 powers, 2016 revision → 33 powers + 1 public service):
 * home → department → filter → item (procedure diagram, legal basis, history) → compare; the same
 * pages without JavaScript, on a phone, and in Traditional Chinese and English.
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

const rows = (page: Page) => page.locator('table.items tbody tr')

describe('public portal', () => {
  it('leads from the home page to a department, a filtered list, an item and a comparison', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${app.url}/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans')
    await expect.poll(() => page.locator('h1').textContent()).toContain('权力清单和责任清单')
    // the province's items by category, and the department's card with its totals in force
    expect(await page.locator('[data-totals="province"] tr[data-category="XK"] td').textContent()).toBe('5')
    const card = page.locator('.card[data-department="gz-aic"]')
    expect(await card.locator('.stat strong').allTextContents()).toEqual(['33', '1'])
    expect(await card.textContent()).toContain('2016-10-01 起施行')
    await screenshot(page, 'portal-home')

    await card.getByRole('link', { name: '贵州省工商行政管理局', exact: true }).click()
    await page.waitForURL(/\/departments\/gz-aic$/)
    expect(await rows(page).count()).toBe(34)
    expect(await page.locator('.result-count').getAttribute('data-total')).toBe('34')
    // the snapshot in force, its downloads and the history of the list
    await expect.poll(() => page.locator('#snapshot-title + .facts').textContent()).toContain('2016-10-01')
    expect(await page.locator('a[href^="/api/public/v1/departments/gz-aic/export.xlsx"]').count()).toBe(1)
    expect(await page.locator('a[href^="/api/public/v1/departments/gz-aic/export.csv"]').count()).toBe(1)
    expect(await page.locator('table.history tbody tr').count()).toBe(2)
    await screenshot(page, 'portal-department')

    await page.selectOption('select[name="category"]', 'XK')
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(/category=XK/)
    expect(await rows(page).count()).toBe(5)
    for (const category of await rows(page).locator('td[data-label="权力类型"]').allTextContents()) expect(category).toBe('行政许可')
    await screenshot(page, 'portal-department-xk')

    await page.getByRole('link', { name: '内资公司设立、变更、注销登记' }).click()
    await page.waitForURL(/\/items\/XK-00002-000/)
    expect(await page.locator('h1').textContent()).toBe('内资公司设立、变更、注销登记')
    // the procedure as a drawn flow: one box per step, n - 1 arrows, with a title for assistive tech
    const steps = await page.locator('.flow__steps > li').count()
    expect(steps).toBeGreaterThan(2)
    const flow = page.locator('svg.flow__svg')
    expect(await flow.isVisible()).toBe(true)
    expect(await flow.locator('rect').count()).toBe(steps)
    expect(await flow.locator('polyline').count()).toBe(steps - 1)
    expect(await flow.locator('title').textContent()).toContain('办理流程图')
    expect(await flow.getAttribute('role')).toBe('img')
    // described by the list of steps, shown beside it as this item's steps say what each involves
    expect(await flow.getAttribute('aria-describedby')).toBe(await page.locator('.flow__steps').getAttribute('id'))
    expect(await page.locator('.flow__steps > li p:not(.flow__step-deadline)').first().isVisible()).toBe(true)
    // legal basis clause by clause
    const basis = page.locator('.basis__clause')
    expect(await basis.count()).toBeGreaterThan(0)
    expect(await basis.first().textContent()).toContain('《中华人民共和国公司法》')
    expect(await page.locator('#duties-title').count()).toBe(1)
    expect(await page.locator('table.duties tbody th').first().textContent()).toBe('受理')
    // history: added with the 2015 list, modified by the 2016 revision
    const history = page.locator('.timeline > li')
    expect(await history.evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-change')))).toEqual(['added', 'modified'])
    expect(await history.nth(1).textContent()).toContain('2016-10-01')
    expect(await history.nth(1).locator('a[href^="/revisions/"]').count()).toBe(1)
    await screenshot(page, 'portal-item')

    const addedChange = await history.nth(0).getByRole('link', { name: '查看变更' }).getAttribute('href')

    // to the comparison from the timeline, then compare two dates with the form
    await history.nth(1).getByRole('link', { name: '查看变更' }).click()
    await page.waitForURL(/\/compare\?/)
    await page.fill('input[name="from"]', '2015-12-31')
    await page.fill('input[name="to"]', '2016-12-31')
    await page.getByRole('button', { name: '比较' }).click()
    await page.waitForURL(/from=2015-12-31&to=2016-12-31/)
    const summary = await page.locator('[data-summary="totals"]').textContent()
    expect(summary).toContain('权力事项 36 → 33')
    expect(summary).toContain('新增 1')
    expect(summary).toContain('取消 3')
    const xk = page.locator('.quanze-chart tr[data-category="XK"] .quanze-bar__value')
    expect(await xk.allTextContents()).toEqual(['8', '5'])
    expect(await page.locator('details[data-change="repealed"]').count()).toBe(3)
    expect(await page.locator('details[data-change="added"]').count()).toBe(1)
    expect(await page.locator('details[data-change="added"] code').textContent()).toBe('GG-00001-000')
    // seven modified items: their entries start closed (a screen of summaries, not of tables), and
    // one link opens them all, without script
    const modified = page.locator('details[data-change="modified"]')
    expect(await modified.count()).toBe(7)
    expect(await page.locator('details[data-change="modified"][open]').count()).toBe(0)
    await page.getByRole('link', { name: '展开全部 7 项修改的内容' }).click()
    await page.waitForURL(/open=all/)
    expect(page.url()).toContain('from=2015-12-31&to=2016-12-31')
    expect(await page.locator('details[data-change="modified"][open]').count()).toBe(7)
    expect(await page.locator('details[data-change="added"][open]').count()).toBe(0)
    await page.getByRole('link', { name: /^收起修改的内容/ }).click()
    await page.waitForURL((url) => !url.search.includes('open='))
    expect(await page.locator('details[data-change="modified"][open]').count()).toBe(0)
    await screenshot(page, 'portal-compare')
    // 查看变更 of the item's first list opens its entry there, though added items' entries start closed
    await page.goto(`${app.url}${addedChange}`)
    expect(await page.locator('details[data-code="XK-00002-000"]').getAttribute('open')).not.toBeNull()
    expect(await page.locator('details[data-change="added"]:not([open])').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('shows a published revision with its summary and changes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${app.url}/departments/gz-aic`)
    await page.locator('#snapshot-title + .facts a[href^="/revisions/"]').click()
    await page.waitForURL(/\/revisions\/\w+$/)
    expect(await page.locator('h1').textContent()).toContain('2016年动态调整')
    expect(await page.locator('#reason-title').count()).toBe(1)
    expect(await page.locator('[data-summary="totals"]').textContent()).toContain('36 → 33')
    expect(await page.locator('details.quanze-item').count()).toBe(11)
    // the changes as people read them: which legal basis or stage a change is about, not its schema
    // path; remarks as their text, not their HTML
    const changes = (await page.locator('main').textContent()) ?? ''
    expect(changes).not.toMatch(/(?:legalBasis|procedure|responsibilities)\[/)
    expect(changes).not.toContain('<p>')
    const about = await page.locator('.quanze-path').allTextContents()
    // responsibilities[investigation].basis is about the stage 调查取证, procedure[确定抽查对象].description about that step
    expect(about).toEqual(expect.arrayContaining(['调查取证', '确定抽查对象']))
    await screenshot(page, 'portal-revision')
    expect((await fetch(`${app.url}/revisions/999999`)).status).toBe(404)
    await page.close()
  })

  it('works without JavaScript: the list, the filter form, the item page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/departments/gz-aic`)
    expect(await rows(page).count()).toBe(34)
    await page.selectOption('select[name="category"]', 'XK')
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(/category=XK/)
    expect(await rows(page).count()).toBe(5)
    // a Traditional search term finds the Simplified text
    await page.selectOption('select[name="category"]', '')
    await page.fill('input[name="q"]', '廣告')
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(/q=/)
    const found = await rows(page).count()
    expect(found).toBeGreaterThan(0)
    expect(found).toBeLessThan(34)
    await screenshot(page, 'portal-nojs-search')
    // bad parameters: a friendly message in the page
    await page.goto(`${app.url}/departments/gz-aic?asOf=2016-02-30&category=XX`)
    const alert = page.getByRole('alert')
    expect(await alert.textContent()).toContain('2016-02-30')
    expect(await alert.textContent()).toContain('XX')
    await page.goto(`${app.url}/departments/gz-aic/items/XK-00002-000`)
    expect(await page.locator('svg.flow__svg rect').count()).toBeGreaterThan(2)
    await context.close()
  })

  it('fits a phone: the item page has no horizontal scrolling and shows the procedure once, as numbered steps', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${app.url}/departments/gz-aic/items/XK-00002-000`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // no chart: the list of steps is the flow, one under the other, each with its number in a badge
    expect(await page.locator('svg.flow__svg').isVisible()).toBe(false)
    const steps = page.locator('.flow__steps > li')
    const tops = await steps.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top))
    expect(tops.length).toBeGreaterThan(2)
    expect(tops).toEqual([...tops].sort((a, b) => a - b))
    const badges = await steps.evaluateAll((items) => items.map((item) => getComputedStyle(item, '::before').content))
    expect(new Set(badges)).toEqual(new Set(['counter(step)']))
    // a finger can hit the history's links (查看该版本, 查看变更) and the breadcrumbs
    const heights = await page.locator('.timeline__links a, .breadcrumbs a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height))
    expect(heights.length).toBeGreaterThan(2)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(32)
    await screenshot(page, 'portal-item-phone')
    for (const path of ['/', '/departments/gz-aic', '/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31']) {
      await page.goto(`${app.url}${path}`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375)
    }
    await screenshot(page, 'portal-compare-phone')
    // a search result's department reads as text beside its label, not squeezed into columns that
    // break the department's name over two lines
    await page.goto(`${app.url}/search?q=${encodeURIComponent('登记')}`)
    const departmentLines = await page
      .locator('table.items td.department a')
      .evaluateAll((links) => links.map((link) => new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size))
    expect(departmentLines.length).toBeGreaterThan(2)
    expect(new Set(departmentLines)).toEqual(new Set([1]))
    await screenshot(page, 'portal-search-phone')
    // every law's page in English, the widest of its history tables (版本, 被替代为…)
    const { laws } = (await (await fetch(`${app.url}/api/public/v1/laws`)).json()) as { laws: Array<{ id: string }> }
    expect(laws.length).toBeGreaterThan(0)
    for (const { id } of laws) {
      await page.goto(`${app.url}/laws/${id}?locale=en`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `/laws/${id}?locale=en`).toBeLessThanOrEqual(375)
    }
    await context.close()
  })

  it('speaks Traditional Chinese and English, keeping the other parameters', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${app.url}/departments/gz-aic?category=XK`)
    await page.getByRole('link', { name: '繁體中文' }).click()
    await page.waitForURL(/locale=zh-Hant/)
    expect(page.url()).toContain('category=XK')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant')
    expect(await rows(page).count()).toBe(5)
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).toContain('行政許可')
    expect(text).toContain('貴州省工商行政管理局')
    expect(await page.locator('h1 + p.muted').textContent()).toBe('省級 · 貴州省（520000）')
    // the window title too is in the reader's script, the site's name once
    expect(await page.title()).toBe('貴州省工商行政管理局 · 權責清單')
    expect(await page.locator('.brand__mark').textContent()).toBe('權')
    // the register of laws is reachable from every page, in the reader's locale
    expect(await page.locator('.site-footer a[href="/laws?locale=zh-Hant"]').count()).toBe(1)
    expect(text).not.toContain('行政许可')
    await screenshot(page, 'portal-department-zh-hant')

    await page.goto(`${app.url}/departments/gz-aic/items/XK-00002-000?locale=zh-Hant`)
    expect(await page.locator('h1').textContent()).toBe('內資公司設立、變更、註銷登記')

    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(/locale=en/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('#procedure-title').textContent()).toBe('Procedure')
    expect(await page.locator('.item__kicker .tag').textContent()).toBe('Administrative licensing')
    // names only Chinese has are marked so, for screen readers; the English name is not
    await page.goto(`${app.url}/departments/gz-aic?locale=en`)
    expect(await page.locator('h1').getAttribute('lang')).toBeNull()
    expect(await page.locator('h1 + p.muted [lang="zh-Hans"]').textContent()).toBe('贵州省 (520000)')
    // counts in English agree in number with what they count
    await page.goto(`${app.url}/?locale=en`)
    expect(await page.locator('select[name="region"] option[value="520000"]').getAttribute('lang')).toBe('zh-Hans')
    expect(await page.locator('.card[data-department="gz-aic"] .card__stats').textContent()).toContain('1 public service')
    expect(await page.locator('.card[data-department="gz-aic"] .card__stats').textContent()).not.toContain('1 public services')
    await screenshot(page, 'portal-item-en')
    await page.close()
  })

  it('searches every list from the home page, in either script, and offers the Atom feeds', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${app.url}/`)
    // feed readers find the publications feed from the page itself
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/api/public/v1/changes.atom')
    await page.locator('#search-q').fill('内资公司')
    await page.locator('form[role="search"] button[type="submit"]').click()
    await page.waitForURL(/\/search\?q=/)
    expect(await rows(page).locator('code').allTextContents()).toContain('XK-00002-000')
    // narrowed by level, the terms stay
    await page.selectOption('form.filter select[name="level"]', 'province')
    await page.locator('form.filter button[type="submit"]').click()
    await page.waitForURL(/level=province/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('内资公司')
    expect(await rows(page).locator('code').allTextContents()).toContain('XK-00002-000')
    // a department's facet opens its list with the same terms, so its count is the facet's
    const facet = page.locator('.facets li[data-department="gz-aic"]')
    const facetCount = (await facet.locator('.muted').textContent())?.trim()
    await facet.locator('a').click()
    await page.waitForURL(/\/departments\/gz-aic\?/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('内资公司')
    expect(await page.locator('.result-count').getAttribute('data-total')).toBe(facetCount)
    await page.goBack()
    await screenshot(page, 'portal-search')
    // a region that is no department's own code (Guiyang) stays chosen in the form
    await page.goto(`${app.url}/search?q=${encodeURIComponent('内资公司')}&region=520100`)
    expect(await page.locator('form.filter select[name="region"]').inputValue()).toBe('520100')
    // regions are offered by name, with their code
    expect(await page.locator('form.filter select[name="region"] option').allTextContents()).toEqual(['全部区划', '贵州省（520000）', '贵阳市（520100）'])
    expect(await page.locator('.result-count').getAttribute('data-total')).toBe('0')
    // nothing found: no empty filter headings
    expect(await page.locator('aside.facets').count()).toBe(0)
    // in English words, which item texts (Chinese) never hold: the page says what to type
    await page.goto(`${app.url}/search?q=registration&locale=en`)
    expect(await page.locator('.result-count').getAttribute('data-total')).toBe('0')
    expect(await page.locator('main').textContent()).toContain('search with Chinese words')

    // a reader in Traditional Chinese types 內資 and reads the names in their script
    await page.goto(`${app.url}/search?q=${encodeURIComponent('內資公司')}&locale=zh-Hant`)
    const names = await rows(page).locator('th a').allTextContents()
    expect(names).toContain('內資公司設立、變更、註銷登記')
    expect(names).not.toContain('内资公司设立、变更、注销登记')

    // the department filter takes either script too
    await page.goto(`${app.url}/?name=${encodeURIComponent('貴州省工商')}`)
    expect(await page.locator('.card[data-department="gz-aic"]').count()).toBe(1)
    await page.goto(`${app.url}/departments/gz-aic`)
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/api/public/v1/departments/gz-aic/changes.atom')
    await page.close()
  })

  it('answers a date before the first list as a note, not as a mistake in the query', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.url}/departments/gz-aic?asOf=2010-01-01`)
    expect(await page.locator('p.note[role="status"]').textContent()).toContain('2015-07-01')
    expect(await page.locator('.alert').count()).toBe(0)
    await page.close()
  })

  it('answers 404 for unknown paths, departments and items with a page that reads without JavaScript', async () => {
    const pages = {
      '/departments/no-such-dept': ['zh-Hans', '页面不存在'],
      '/departments/gz-aic/items/XK-99999-000?locale=en': ['en', 'Page not found'],
      '/revisions/999999?locale=zh-Hant': ['zh-Hant', '頁面不存在'],
      '/no/such/page': ['zh-Hans', '页面不存在'],
      '/laws/999999?locale=en': ['en', 'Page not found'],
      // a locale that is none of ours falls back, as on every page
      '/departments/no-such-dept?locale=%0A': ['zh-Hans', '页面不存在'],
    }
    for (const [path, [lang, heading]] of Object.entries(pages)) {
      const response = await fetch(`${app.url}${path}`)
      expect(response.status, path).toBe(404)
      // the HTML as sent, before any script runs: the document, its language and the message
      const html = await response.text()
      expect(html, path).toContain(`<html lang="${lang}">`)
      expect(html, path).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`))
      expect(html, path).not.toContain('__next_error__')
    }
    // a browser with JavaScript off sees the same page
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.url}/departments/no-such-dept?locale=en`)
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    expect(await page.locator('a[href="/?locale=en"]').first().isVisible()).toBe(true)
    await context.close()
  })
})
