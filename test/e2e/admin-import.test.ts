import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { listToCsv } from '../../src/services/export'
import { launchBrowser, screenshot } from '../support/browser'
import { startApp, type RunningApp } from '../support/app-process'
import { staff } from '../support/staff'
import { generatedList, xlsxOf } from '../support/import-fixtures'

/**
 * The import as an editor uses it in the admin, in a real Chromium against the production build:
 * upload a ragged workbook on a draft revision, watch it go through, find its proposals; a bad
 * file shows its errors by sheet, row and column and writes nothing. Then the admin at real size:
 * a 1,000-proposal revision built through the import path, its proposals list and Changes view
 * opened, filtered and timed (the times are printed, not asserted: speed targets live in bench).
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

async function draft(auth: string, department: string | number, title: string): Promise<string> {
  const created = await api('POST', '/api/revisions', auth, { department, title, reason: '浏览器导入测试' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return String(created.body.doc.id)
}

const proposalCount = async (auth: string, id: string) => (await api('GET', `/api/revisions/${id}/items?limit=1`, auth)).body.totalDocs as number

/** A list as a county office publishes it: a merged title row, synonyms, a main item spanning its sub-items. */
const raggedWorkbook = () =>
  xlsxOf([
    {
      name: '权责清单',
      rows: [
        ['贵州省工商行政管理局权力清单（浏览器导入）', null, null, null, null],
        ['序号', '职权类别', '职权名称', '子项', '法律依据'],
        [1, '行政许可', '浏览器导入主项', '浏览器导入子项一', '《中华人民共和国行政许可法》第十二条'],
        [null, '行政许可', '浏览器导入主项', '浏览器导入子项二', '《中华人民共和国行政许可法》第十二条'],
        [2, '行政检查', '浏览器导入检查事项', null, null],
      ],
      merges: ['A1:E1', 'A3:A4', 'C3:C4'],
    },
  ])

const badWorkbook = () =>
  xlsxOf([
    {
      name: '错误清单',
      rows: [
        ['事项类型', '事项名称'],
        ['行政许可', '正确的事项'],
        ['不存在的类别', '类别错误的事项'],
        ['行政检查', ''],
      ],
    },
  ])

async function upload(page: Page, name: string, buffer: Buffer, options: { dryRun: boolean }) {
  await page
    .locator('.quanze-import-form input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
  const dryRun = page.getByRole('checkbox', { name: /试运行/ })
  if ((await dryRun.isChecked()) !== options.dryRun) await dryRun.click()
  await page.getByRole('button', { name: /上传 Upload/ }).click()
}

describe('the admin upload on a draft revision', () => {
  it('a ragged workbook goes through with its progress shown, then its proposals are listed', async () => {
    const editor = await token('editor@quanze.test')
    const id = await draft(editor, 'gz-aic', '浏览器导入：不规则工作簿')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor@quanze.test')
    // hold the answer a moment so that the processing step can be seen, as with a large file
    await page.route('**/api/revisions/*/import', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto(`${app.url}/admin/collections/revisions/${id}`)
    await upload(page, 'ragged.xlsx', await raggedWorkbook(), { dryRun: false })
    await page.getByText(/上传中 Uploading \d+%|正在读取、校验并写入/).waitFor()
    await screenshot(page, 'admin-import-processing')
    const report = page.getByText(/已写入本修订：新增 4/)
    await report.waitFor({ timeout: 60_000 })
    expect(await report.textContent()).toMatch(/分配编码 4 个/)
    await screenshot(page, 'admin-import-report')
    expect(await proposalCount(editor, id)).toBe(4)

    await page.getByRole('link', { name: /查看拟变更事项/ }).click()
    await page.waitForURL(/\/admin\/collections\/proposals/)
    for (const name of ['浏览器导入主项', '浏览器导入子项一', '浏览器导入子项二', '浏览器导入检查事项'])
      await page.getByText(name, { exact: true }).first().waitFor()
    await page.close()
  })

  it('a bad file shows the error list naming sheet, row and column, and writes nothing', async () => {
    const editor = await token('editor@quanze.test')
    const id = await draft(editor, 'gz-aic', '浏览器导入：错误文件')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor@quanze.test')
    await page.goto(`${app.url}/admin/collections/revisions/${id}`)
    await upload(page, 'bad.xlsx', await badWorkbook(), { dryRun: false })
    const list = page.locator('.quanze-error-list li')
    await list.first().waitFor({ timeout: 60_000 })
    const errors = await list.allTextContents()
    expect(errors).toEqual([
      expect.stringMatching(/^工作表“错误清单” 第3行 “事项类型”列：未知的事项类型“不存在的类别”/),
      expect.stringMatching(/^工作表“错误清单” 第4行 “事项名称”列：事项名称为空/),
    ])
    expect(await page.locator('.quanze-error').textContent()).toMatch(/导入被拒绝：共 2 处错误，未写入任何内容/)
    await screenshot(page, 'admin-import-errors')
    expect(await proposalCount(editor, id)).toBe(0)
    await page.close()
  })
})

describe('the admin at real size: a 1,000-proposal revision', () => {
  let id: string
  const timings: Record<string, number> = {}

  beforeAll(async () => {
    const admin = await token('admin@quanze.test')
    const department = await api('POST', '/api/departments', admin, { code: 'e2e-1000', name: '浏览器千项测试局', regionCode: '520000', level: 'province' })
    expect(department.status, JSON.stringify(department.body)).toBe(201)
    id = await draft(admin, department.body.doc.id, '千项导入')
    const form = new FormData()
    form.set('file', new Blob([listToCsv(generatedList(1000))], { type: 'text/csv' }), 'list-1000.csv')
    const response = await fetch(`${app.url}/api/revisions/${id}/import`, { method: 'POST', headers: { authorization: admin }, body: form })
    const body = (await response.json()) as any
    expect(response.status, JSON.stringify(body).slice(0, 2000)).toBe(200)
    expect(body.departments[0].summary.added).toBe(1000)
  }, 300_000)

  afterAll(() => {
    console.log(`admin at real size (1,000 proposals), ms from navigation to content: ${JSON.stringify(timings)}`)
  })

  /** Navigates and waits for the text; the time from navigation to the text is recorded under `label`. */
  async function timed(page: Page, label: string, path: string, text: string | RegExp) {
    const started = performance.now()
    await page.goto(`${app.url}${path}`)
    await page.getByText(text).first().waitFor({ timeout: 60_000 })
    timings[label] = Math.round(performance.now() - started)
  }

  it('its proposals list pages server-side and filters by action, category and text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'admin@quanze.test')
    const list = `/admin/collections/proposals?where[revision][equals]=${id}&sort=code`
    await timed(page, 'proposals list', `${list}&limit=50`, 'CF-00001-000')
    expect(await page.locator('tbody tr').count()).toBe(50)
    await screenshot(page, 'admin-proposals-1000')
    await timed(page, 'proposals by category', `${list}&where[category][equals]=QT&limit=50`, /^QT-00001-000$/)
    expect(
      (await page.locator('tbody tr td').allTextContents()).filter((text) => /^[A-Z]{2}-\d{5}-\d{3}$/.test(text)).every((code) => code.startsWith('QT-')),
    ).toBe(true)
    await timed(page, 'proposals by action', `${list}&where[action][equals]=add&limit=50`, 'CF-00001-000')
    await timed(page, 'proposals by text', `${list}&search=${encodeURIComponent('生成事项7号')}&limit=50`, /生成事项7号/)
    const names = await page.locator('tbody tr').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((row) => row.includes('生成事项7号'))).toBe(true)
    await page.close()
  })

  it('opens as fast as a one-proposal revision (the baseline on the same machine, same moment)', async () => {
    const admin = await token('admin@quanze.test')
    const small = await draft(admin, 'gz-aic', '单项修订（基线）')
    expect((await api('DELETE', `/api/revisions/${small}/items/QT-00001-000`, admin)).status).toBe(200)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'admin@quanze.test')
    await timed(page, 'baseline: 1-proposal list', `/admin/collections/proposals?where[revision][equals]=${small}&sort=code`, 'QT-00001-000')
    await timed(page, 'baseline: 1-proposal changes view', `/admin/collections/revisions/${small}/changes`, /QT-00001-000/)
    await page.close()
  })

  it('its Changes view pages and filters the same way', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logIn(page, 'admin@quanze.test')
    const changes = `/admin/collections/revisions/${id}/changes`
    await timed(page, 'changes view', changes, /第 1 \/ 20 页（共 1000 条）/)
    await screenshot(page, 'admin-changes-1000')
    await timed(page, 'changes by category', `${changes}?category=QT`, /QT-00001-000/)
    await timed(page, 'changes by action and text', `${changes}?action=add&q=${encodeURIComponent('生成事项7号')}`, /生成事项7号/)
    expect(await page.getByText(/CF-00001-000/).count()).toBe(0)
    await page.close()
  })
})
