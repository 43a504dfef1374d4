import { todayInChina } from '../../src/domain/dates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import ExcelJS from 'exceljs'
import { Validator } from '@seriousme/openapi-schema-validator'
import type { Payload } from 'payload'
import { seedSampleData } from '../../src/services/seed'
import { publicChanges, publicList, listHistory } from '../../src/services/public-read'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * The public API over HTTP: a real Payload on a fresh database, seeded with the Guizhou AIC lists
 * (2015-07-01: 36 powers, 8 XK; 2016-10-01: 33 powers, 5 XK, 1 GG), plus an open draft revision and
 * a revision published through the workflow to take effect on 2099-01-01. Neither may show.
 */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: '\r\n' })
const BASE = '/api/public/v1'
const FUTURE_CODE = 'GG-00002-000'
const FUTURE_NAME = '未来公共服务事项（不应公开）'
const DRAFT_TITLE = '草稿：不应公开'

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
let draftId: string
let futureRevisionId: string
const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true })
addFormats(ajv)
const validators: Record<string, ValidateFunction> = {}
let openapi: any

interface Raw {
  status: number
  headers: Headers
  text: string
  bytes: Buffer
  body: any
}

async function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const response = await fetch(`${server.url}${BASE}${path}`, { method, headers })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, text, bytes, body }
}

async function ok(path: string): Promise<any> {
  const response = await get(path)
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(200)
  return response.body
}

function expectValid(schema: string, body: unknown) {
  const validate = validators[schema]
  expect(validate, schema).toBeDefined()
  const valid = validate(body)
  expect(valid ? [] : validate.errors?.slice(0, 5), schema).toEqual([])
}

async function expectProblem(path: string, status: number, parameter?: string): Promise<any> {
  const response = await get(path)
  expect(response.status, path).toBe(status)
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  expectValid('Problem', response.body)
  expect(response.body.status).toBe(status)
  if (parameter) {
    expect(response.body.detail).toContain(parameter)
    expect(response.body.errors.map((error: any) => error.path)).toContain(`query.${parameter}`)
  }
  return response.body
}

/** A full item body for the workflow API, from a published item. */
async function itemBody(code: string, name: string) {
  const { item } = await ok('/departments/gz-aic/items/GG-00001-000')
  return { ...item, code, name }
}

async function publishFutureRevision(auth: Record<string, string>) {
  const created = await call(server.url, 'POST', '/api/revisions', {
    auth: auth.editor,
    body: { department: 'gz-aic', title: '2099年调整（尚未生效）', reason: '将来生效的修订' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = String(created.body.doc.id)
  const put = await call(server.url, 'PUT', `/api/revisions/${id}/items/${FUTURE_CODE}`, { auth: auth.editor, body: await itemBody(FUTURE_CODE, FUTURE_NAME) })
  expect(put.status, JSON.stringify(put.body)).toBe(200)
  const repeal = await call(server.url, 'DELETE', `/api/revisions/${id}/items/XK-00001-000`, { auth: auth.editor })
  expect(repeal.status, JSON.stringify(repeal.body)).toBe(200)
  expect((await call(server.url, 'POST', `/api/revisions/${id}/submit`, { auth: auth.editor })).status).toBe(200)
  expect((await call(server.url, 'POST', `/api/revisions/${id}/approve`, { auth: auth.reviewer, body: { comment: '同意' } })).status).toBe(200)
  const published = await call(server.url, 'POST', `/api/revisions/${id}/publish`, { auth: auth.publisher, body: { effectiveFrom: '2099-01-01' } })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return id
}

beforeAll(async () => {
  payload = await startPayload('public_api')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  const auth: Record<string, string> = {}
  for (const role of ['editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const draft = await call(server.url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: DRAFT_TITLE, reason: '测试' } })
  expect(draft.status).toBe(201)
  draftId = String(draft.body.doc.id)
  expect((await call(server.url, 'DELETE', `/api/revisions/${draftId}/items/QR-00001-000`, { auth: auth.editor })).status).toBe(200)
  futureRevisionId = await publishFutureRevision(auth)

  const itemSchema = await ok('/schema/power-item.json')
  const listSchema = await ok('/schema/list.json')
  openapi = await ok('/openapi.json')
  ajv.addSchema(itemSchema)
  ajv.addSchema(listSchema)
  ajv.addSchema({ $id: 'https://quanze.test/openapi.json', components: openapi.components })
  validators.PowerItem = ajv.getSchema(itemSchema.$id) as ValidateFunction
  validators.List = ajv.getSchema(listSchema.$id) as ValidateFunction
  for (const name of Object.keys(openapi.components.schemas)) {
    validators[name] = ajv.compile({ $ref: `https://quanze.test/openapi.json#/components/schemas/${name}` })
  }
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

// ------------------------------------------------------------------------------------------------

describe('every path: 200, shape, ETag and 304', () => {
  const paths = [
    ['/departments', 'DepartmentsResponse'],
    ['/departments/gz-aic/list', 'List'],
    ['/departments/gz-aic/items/XK-00002-000', 'ItemResponse'],
    ['/departments/gz-aic/items/XK-00008-000/history', 'HistoryResponse'],
    ['/departments/gz-aic/snapshots', 'SnapshotsResponse'],
    ['/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31', 'Diff'],
    ['/departments/gz-aic/verify', 'VerifyResponse'],
    ['/departments/gz-aic/export.json', 'List'],
    ['/departments/gz-aic/export.csv', null],
    ['/departments/gz-aic/export.xlsx', null],
    ['/changes', 'ChangesResponse'],
    ['/schema/power-item.json', null],
    ['/schema/list.json', null],
    ['/openapi.json', null],
  ] as const

  it.each(paths)('%s', async (path, schema) => {
    const first = await get(path)
    expect(first.status, first.text.slice(0, 300)).toBe(200)
    if (schema) expectValid(schema, first.body)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/) // strong: no W/ prefix
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    const again = await get(path, { 'if-none-match': etag as string })
    expect(again.status).toBe(304)
    expect(again.bytes.length).toBe(0)
    expect(again.headers.get('etag')).toBe(etag)
    // what RFC 9110 asks of a 304 and what a cross-origin portal needs to read it; not helmet's
    // headers, which describe a body (a cache keeps those of its stored 200)
    expect(again.headers.get('cache-control')).toBe('public, max-age=60')
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(again.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(again.headers.get('x-content-type-options')).toBeNull()
    const changed = await get(path, { 'if-none-match': '"something-else"' })
    expect(changed.status).toBe(200)
  })

  it('/revisions/{id} of the 2016 revision', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    const path = `/revisions/${snapshots[1].revision.id}`
    const first = await get(path)
    expect(first.status).toBe(200)
    expectValid('RevisionResponse', first.body)
    expect((await get(path, { 'if-none-match': first.headers.get('etag') as string })).status).toBe(304)
  })

  it.each(['/openapi.json', '/departments/gz-aic/export.csv'])('%s made per request: each coding its own strong ETag, a 304 to each', async (path) => {
    const identity = await get(path, { 'accept-encoding': 'identity' })
    expect(identity.headers.get('content-encoding')).toBeNull()
    const tags = [identity.headers.get('etag') as string]
    for (const coding of ['gzip', 'br']) {
      const encoded = await get(path, { 'accept-encoding': coding })
      expect(encoded.headers.get('content-encoding')).toBe(coding)
      expect(encoded.text).toBe(identity.text)
      tags.push(encoded.headers.get('etag') as string)
    }
    expect(new Set(tags).size).toBe(3)
    for (const tag of tags) expect((await get(path, { 'if-none-match': tag })).status, tag).toBe(304)
    // the client's weights decide, br when they are equal
    expect((await get(path, { 'accept-encoding': 'br;q=0.1, gzip;q=0.9' })).headers.get('content-encoding')).toBe('gzip')
    expect((await get(path, { 'accept-encoding': 'gzip, deflate, br' })).headers.get('content-encoding')).toBe('br')
    expect((await get(path, { 'accept-encoding': 'gzip;q=0, br;q=0' })).headers.get('content-encoding')).toBeNull()
    if (path.endsWith('.csv')) expect(identity.headers.get('content-disposition')).toMatch(/^attachment; filename=/)
  })

  it('a URL too long for node is refused in problem+json a browser script can read', async () => {
    const response = await get(`/search?q=${'广'.repeat(3000)}`)
    expect(response.status).toBe(431)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.body).toMatchObject({ status: 431, title: 'Request header fields too large' })
  })

  it('HEAD answers like GET without a body', async () => {
    const head = await get('/departments/gz-aic/list', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe((await get('/departments/gz-aic/list')).headers.get('etag'))
    expect(head.bytes.length).toBe(0)
  })
})

describe('departments', () => {
  it('lists gz-aic with the list in force today', async () => {
    const { departments } = await ok('/departments')
    const gz = departments.find((each: any) => each.code === 'gz-aic')
    expect(gz).toMatchObject({ name: '贵州省工商行政管理局', region: '520000', level: 'province', currentSnapshot: { effectiveFrom: '2016-10-01' } })
    expect(gz.totals).toMatchObject({ all: 34, powers: 33, byCategory: { XK: 5, GG: 1 } })
  })

  it('names the department by hand in zh-Hant and en', async () => {
    expect((await ok('/departments?locale=zh-Hant')).departments[0].name).toBe('貴州省工商行政管理局')
    expect((await ok('/departments?locale=en')).departments[0].name).toBe('Guizhou Provincial Administration for Industry and Commerce')
  })

  it('unknown department: 404 problem on every department path', async () => {
    for (const path of ['list', 'items/XK-00001-000', 'items/XK-00001-000/history', 'snapshots', 'compare', 'verify', 'export.csv']) {
      await expectProblem(`/departments/no-such-dept/${path}`, 404)
    }
  })
})

describe('list: point in time (invariant 6)', () => {
  it('today: 34 items, 33 powers, 5 XK, 1 GG; valid against /schema/list.json and the item schema', async () => {
    const list = await ok('/departments/gz-aic/list')
    expectValid('List', list)
    for (const item of list.items) expectValid('PowerItem', item)
    expect(list).toMatchObject({ page: 1, limit: 50, totalItems: 34, department: { code: 'gz-aic' }, snapshot: { effectiveFrom: '2016-10-01' } })
    expect(list.items).toHaveLength(34)
    expect(list.totals).toMatchObject({ all: 34, powers: 33, byCategory: { XK: 5, GG: 1 } })
    expect(list.items.find((item: any) => item.code === 'GG-00001-000').name).toBe('企业登记信息查询')
  })

  it('2016-09-30: the 2015 list, 36 powers and 8 XK', async () => {
    const list = await ok('/departments/gz-aic/list?asOf=2016-09-30')
    expect(list.snapshot.effectiveFrom).toBe('2015-07-01')
    expect(list.totals).toMatchObject({ all: 36, powers: 36, byCategory: { XK: 8, GG: 0 } })
    expect(list.items).toHaveLength(36)
  })

  it('2016-10-01: the 2016 list, 33 powers, 5 XK and 1 GG', async () => {
    const list = await ok('/departments/gz-aic/list?asOf=2016-10-01')
    expect(list.totals).toMatchObject({ all: 34, powers: 33, byCategory: { XK: 5, GG: 1 } })
    expect(list.items.filter((item: any) => item.category === 'XK')).toHaveLength(5)
  })

  it('2015-07-01 is the first day of the first list; 2015-06-30 has none: 404 problem', async () => {
    expect((await ok('/departments/gz-aic/list?asOf=2015-07-01')).totalItems).toBe(36)
    const body = await expectProblem('/departments/gz-aic/list?asOf=2015-06-30', 404)
    expect(body.detail).toContain('2015-06-30')
  })

  it('the pages tell "no list in force" from "unknown department" by the refusal code, not its title', async () => {
    const query = { page: 1, limit: 10 }
    await expect(publicList(payload, 'gz-aic', { ...query, asOf: '2015-06-30' })).rejects.toMatchObject({ status: 404, code: 'no-list-in-force' })
    const unknown = await publicList(payload, 'no-such-dept', query).catch((error) => error)
    expect(unknown).toMatchObject({ status: 404 })
    expect(unknown.code).toBeUndefined()
  })

  it('filters by category and pages', async () => {
    const xk = await ok('/departments/gz-aic/list?category=XK')
    expect(xk.totalItems).toBe(5)
    expect(xk.items.every((item: any) => item.category === 'XK')).toBe(true)
    expect(xk.totals.all).toBe(34) // totals describe the list, not the filter
    expect((await ok('/departments/gz-aic/list?category=xk')).totalItems).toBe(5)
    const page4 = await ok('/departments/gz-aic/list?limit=10&page=4')
    expect(page4).toMatchObject({ page: 4, limit: 10, totalItems: 34 })
    expect(page4.items).toHaveLength(4)
    const all = await ok('/departments/gz-aic/list?limit=1000')
    expect(page4.items.map((item: any) => item.code)).toEqual(all.items.slice(30).map((item: any) => item.code))
    expect((await ok('/departments/gz-aic/list?limit=10&page=5')).items).toEqual([])
  })
})

describe('q: code, name and legal basis; Traditional matches Simplified', () => {
  const codes = async (query: string) => (await ok(`/departments/gz-aic/list?limit=1000&q=${encodeURIComponent(query)}`)).items.map((item: any) => item.code)

  it('finds the 广告 items, typed in Simplified or Traditional', async () => {
    const simplified = await codes('广告')
    expect(simplified).toEqual(expect.arrayContaining(['XK-00005-000', 'CF-00006-000']))
    expect(await codes('廣告')).toEqual(simplified)
  })

  it('finds an item by code, case-insensitively', async () => {
    expect(await codes('XK-00002')).toEqual(['XK-00002-000'])
    expect(await codes('xk-00002')).toEqual(['XK-00002-000'])
  })

  it('matches legal basis text and requires every word', async () => {
    const byLaw = await codes('企业信息公示暂行条例')
    expect(byLaw).toContain('GG-00001-000')
    expect(await codes('企业信息公示暂行条例 GG')).toEqual(['GG-00001-000'])
    expect(await codes('没有这样的事项名称')).toEqual([])
  })

  it('combines with category', async () => {
    const list = await ok(`/departments/gz-aic/list?category=CF&q=${encodeURIComponent('廣告')}`)
    expect(list.items.map((item: any) => item.code)).toEqual(['CF-00006-000'])
  })
})

describe('locale', () => {
  it('zh-Hant converts item text to Traditional and keeps codes, dates and hashes', async () => {
    const hans = await ok('/departments/gz-aic/list?limit=1000')
    const hant = await ok('/departments/gz-aic/list?limit=1000&locale=zh-Hant')
    expectValid('List', hant)
    const text = JSON.stringify(hant.items)
    expect(text).toContain('廣告')
    expect(text).not.toContain('广告')
    expect(hant.items.find((item: any) => item.code === 'XK-00005-000').name).toBe('廣告發布登記')
    expect(hant.items.find((item: any) => item.category === 'XK').categoryName).toBe('行政許可')
    expect(hant.department.name).toBe('貴州省工商行政管理局')
    expect(hant.snapshot).toEqual(hans.snapshot)
    expect(hant.items.map((item: any) => [item.code, item.effectiveFrom, item.statutoryDeadline?.unit])).toEqual(
      hans.items.map((item: any) => [item.code, item.effectiveFrom, item.statutoryDeadline?.unit]),
    )
    expect(hant.items.flatMap((item: any) => item.responsibilities.map((r: any) => r.stage))).toEqual(
      hans.items.flatMap((item: any) => item.responsibilities.map((r: any) => r.stage)),
    )
  })

  it('en gives English category and department names, item text in zh-Hans', async () => {
    const en = await ok('/departments/gz-aic/list?locale=en&category=XK')
    expect(en.items[0].categoryName).toBe('Administrative licensing')
    expect(en.department.name).toBe('Guizhou Provincial Administration for Industry and Commerce')
    expect(en.items.find((item: any) => item.code === 'XK-00005-000').name).toBe('广告发布登记')
  })

  it('accepts the tag in any case; other locales are a 400', async () => {
    expect((await ok('/departments/gz-aic/items/XK-00005-000?asOf=2016-09-30&locale=ZH-HANT')).item.name).toBe('廣告經營許可證核發')
    await expectProblem('/departments/gz-aic/list?locale=fr', 400, 'locale')
  })

  it('zh-Hant converts item history, diffs and revisions too, but not diff paths', async () => {
    const history = await ok('/departments/gz-aic/items/XK-00008-000/history?locale=zh-Hant')
    expect(history.versions[0].item.name).toBe('菸草廣告審批')
    const hans = await ok('/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31')
    const hant = await ok('/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31&locale=zh-Hant')
    expect(hant.items.map((item: any) => item.fields.map((field: any) => [field.path, field.label]))).toEqual(
      hans.items.map((item: any) => item.fields.map((field: any) => [field.path, field.label])),
    )
    expect(hant.items.find((item: any) => item.code === 'XK-00008-000').name).toBe('菸草廣告審批')
  })
})

describe('items and history', () => {
  it('an item in force on a date', async () => {
    const body = await ok('/departments/gz-aic/items/XK-00008-000?asOf=2016-09-30')
    expectValid('ItemResponse', body)
    expectValid('PowerItem', body.item)
    expect(body).toMatchObject({ item: { code: 'XK-00008-000', name: '烟草广告审批' }, snapshot: { effectiveFrom: '2015-07-01' } })
    await expectProblem('/departments/gz-aic/items/XK-00008-000', 404)
    await expectProblem('/departments/gz-aic/items/XK-99999-000', 404)
    await expectProblem('/departments/gz-aic/items/not-a-code', 404)
  })

  it('a repealed licensing item: added, then repealed with its last version', async () => {
    const { versions } = await ok('/departments/gz-aic/items/XK-00008-000/history')
    expect(versions.map((version: any) => [version.snapshot.effectiveFrom, version.change])).toEqual([
      ['2015-07-01', 'added'],
      ['2016-10-01', 'repealed'],
    ])
    expect(versions[1].item.name).toBe('烟草广告审批')
    expect(versions[1].item.effectiveFrom).toBe('2015-07-01')
    expect(versions[1].revision).toEqual(versions[1].snapshot.revision)
    expect(versions[1].revision.title).toContain('2016')
  })

  it('modified, unchanged and added items', async () => {
    const history = async (code: string) => (await ok(`/departments/gz-aic/items/${code}/history`)).versions.map((version: any) => version.change)
    expect(await history('XK-00002-000')).toEqual(['added', 'modified'])
    expect(await history('CF-00001-000')).toEqual(['added', 'unchanged'])
    expect(await history('GG-00001-000')).toEqual(['added'])
    await expectProblem('/departments/gz-aic/items/XK-99999-000/history', 404)
  })
})

describe('snapshots, compare, verify', () => {
  it('snapshots: the two in force, oldest first, chained', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    expect(snapshots.map((snapshot: any) => snapshot.effectiveFrom)).toEqual(['2015-07-01', '2016-10-01'])
    expect(snapshots[0].previousHash).toBeNull()
    expect(snapshots[1].previousHash).toBe(snapshots[0].hash)
    for (const snapshot of snapshots) expectValid('Snapshot', snapshot)
  })

  it('compare 2015-12-31 → 2016-12-31: 36 → 33 powers, XK 8 → 5, GG 0 → 1, 3 repealed, 1 added', async () => {
    const diff = await ok('/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31')
    expect(diff.summary.before).toMatchObject({ powers: 36, byCategory: { XK: 8, GG: 0 } })
    expect(diff.summary.after).toMatchObject({ powers: 33, byCategory: { XK: 5, GG: 1 } })
    expect(diff.summary).toMatchObject({ repealed: 3, added: 1 })
    expect(diff.items.filter((item: any) => item.change === 'repealed').map((item: any) => item.code)).toEqual(['XK-00006-000', 'XK-00007-000', 'XK-00008-000'])
    expect(diff.items.find((item: any) => item.change === 'added').code).toBe('GG-00001-000')
  })

  it('compare by snapshot ids, and the defaults (today against the snapshot before it)', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    const byId = await ok(`/departments/gz-aic/compare?from=${snapshots[0].id}&to=${snapshots[1].id}`)
    const byDate = await ok('/departments/gz-aic/compare?from=2015-12-31&to=2016-12-31')
    expect(byId).toEqual(byDate)
    expect(await ok('/departments/gz-aic/compare')).toEqual(byDate)
    const first = await ok('/departments/gz-aic/compare?from=2015-01-01&to=2015-07-01')
    expect(first.from).toBeNull()
    expect(first.summary.added).toBe(36)
    await expectProblem('/departments/gz-aic/compare?from=999999&to=2016-12-31', 404)
    await expectProblem('/departments/gz-aic/compare?to=2015-01-01', 404)
  })

  it('verify: the visible chain recomputes', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    expect(await ok('/departments/gz-aic/verify')).toEqual({ ok: true, snapshots: 2, head: snapshots[1].hash, broken: null })
  })
})

describe('exports', () => {
  // RFC 4180 as Excel reads it; csv-parse is the importer's parser too

  it('csv: UTF-8 with BOM, a header and one row per item', async () => {
    const response = await get('/departments/gz-aic/export.csv')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('gz-aic-2016-10-01.csv')
    expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(response.text.slice(1))
    expect(rows[0].slice(0, 5)).toEqual(['事项编码', '来源编码', '事项类型', '事项名称', '子项名称'])
    expect(rows).toHaveLength(35)
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true)
    const gg = rows.find((row) => row[0] === 'GG-00001-000') as string[]
    expect(gg[3]).toBe('企业登记信息查询')
    expect(gg[rows[0].indexOf('办理流程')]).toContain('\n2.')
    // a sub-item names its main item in 事项名称 and itself in 子项名称
    const sub = rows.find((row) => row[0] === 'CF-00003-001') as string[]
    expect([sub[3], sub[4]]).toEqual([rows.find((row) => row[0] === 'CF-00003-000')![3], expect.stringContaining('虚假出资')])
    expect(parseCsv((await get('/departments/gz-aic/export.csv?asOf=2016-09-30')).text.slice(1))).toHaveLength(37)
    // Traditional: every cell converted, the legal basis with its law and article, not its bare text
    const traditional = parseCsv((await get('/departments/gz-aic/export.csv?locale=zh-Hant')).text.slice(1))
    expect(traditional[0]).toEqual(rows[0])
    expect(traditional.map((row) => row[3])).toContain('廣告發布登記')
    const basis = traditional[0].indexOf('设定依据')
    expect(traditional.find((row) => row[0] === 'CF-00001-000')![basis]).toMatch(/^《中華人民共和國公司法》（主席令第八號）第一百九十八條：違反本法規定/)
  })

  it('xlsx: one worksheet with a title row naming department and date, the import header and 34 rows', async () => {
    const response = await get('/departments/gz-aic/export.xlsx')
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.bytes as never)
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('贵州省工商行政管理局')
    expect(sheet.rowCount).toBe(36)
    expect(sheet.getRow(1).getCell(1).value).toBe(`贵州省工商行政管理局权责清单（${todayInChina()}）`)
    expect(sheet.getRow(2).getCell(1).value).toBe('事项编码')
    const codes = sheet.getColumn(1).values.slice(3)
    expect(codes).toContain('GG-00001-000')
    // Traditional: the title row in one script
    const traditional = new ExcelJS.Workbook()
    await traditional.xlsx.load((await get('/departments/gz-aic/export.xlsx?locale=zh-Hant')).bytes as never)
    expect(traditional.worksheets[0].getRow(1).getCell(1).value).toBe(`貴州省工商行政管理局權責清單（${todayInChina()}）`)
  })

  it('json: the list response with every item, as a download', async () => {
    const response = await get('/departments/gz-aic/export.json?asOf=2016-09-30')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    expectValid('List', response.body)
    expect(response.body).toMatchObject({ totalItems: 36, page: 1, limit: 36 })
    expect(response.body.items).toHaveLength(36)
  })
})

describe('revisions and the change feed', () => {
  it('a published revision: plain-text reason and its diff', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    const body = await ok(`/revisions/${snapshots[1].revision.id}`)
    expect(body.revision).toMatchObject({
      id: snapshots[1].revision.id,
      department: 'gz-aic',
      effectiveFrom: '2016-10-01',
      publishedAt: snapshots[1].publishedAt,
    })
    expect(typeof body.revision.reason).toBe('string')
    expect(body.revision.reason.length).toBeGreaterThan(10)
    expect(body.revision.reason).not.toContain('"root"')
    expect(body.diff.summary).toMatchObject({ added: 1, repealed: 3 })
    expect(body.diff.from.hash).toBe(snapshots[0].hash)
    const first = await ok(`/revisions/${snapshots[0].revision.id}`)
    expect(first.diff.from).toBeNull()
    expect(first.diff.summary.added).toBe(36)
  })

  it('drafts, future revisions and nonsense ids are 404', async () => {
    await expectProblem(`/revisions/${draftId}`, 404)
    await expectProblem(`/revisions/${futureRevisionId}`, 404)
    await expectProblem('/revisions/abc', 404)
    await expectProblem('/revisions/99999999999999', 404)
  })

  it('changes: the two snapshots in force, oldest first; `next` resumes', async () => {
    const feed = await ok('/changes')
    expect(feed.changes.map((change: any) => change.snapshot.effectiveFrom)).toEqual(['2015-07-01', '2016-10-01'])
    expect(feed.next).toBe(feed.changes[1].visibleAt)
    expect((await ok(`/changes?since=${encodeURIComponent(feed.next)}`)).changes).toEqual([])
    expect((await ok(`/changes?since=${encodeURIComponent(feed.changes[0].visibleAt)}`)).changes).toHaveLength(1)
    expect((await ok('/changes?since=2000-01-01')).changes).toHaveLength(2)
  })
})

describe('invariant 1: the open draft and the future-effective snapshot stay hidden', () => {
  const everywhere = async () => {
    const paths = [
      '/departments',
      '/departments/gz-aic/list?limit=1000',
      '/departments/gz-aic/list?limit=1000&asOf=2099-06-01',
      '/departments/gz-aic/list?limit=1000&asOf=9999-12-31&locale=zh-Hant',
      '/departments/gz-aic/snapshots',
      '/departments/gz-aic/compare?from=2016-12-31&to=2099-06-01',
      '/departments/gz-aic/verify',
      '/departments/gz-aic/export.json?asOf=2099-06-01',
      '/departments/gz-aic/export.csv?asOf=2099-06-01',
      '/changes',
    ]
    return Promise.all(paths.map(async (path) => [path, (await get(path)).text] as const))
  }

  it('no path shows the 2099 snapshot, its items or the draft', async () => {
    const { snapshots } = await ok('/departments/gz-aic/snapshots')
    expect(snapshots).toHaveLength(2)
    for (const [path, text] of await everywhere()) {
      expect(text, path).not.toContain('2099-01-01')
      expect(text, path).not.toContain(FUTURE_CODE)
      expect(text, path).not.toContain('未来公共服务')
      expect(text, path).not.toContain(DRAFT_TITLE)
    }
  })

  it('a date after 2099-01-01 still gets the list in force today; its items are 404', async () => {
    const future = await ok('/departments/gz-aic/list?asOf=2099-06-01')
    expect(future.snapshot.effectiveFrom).toBe('2016-10-01')
    expect(future.items.map((item: any) => item.code)).toContain('XK-00001-000') // repealed in 2099 only
    expect(future.items.map((item: any) => item.code)).toContain('QR-00001-000') // repealed by the draft only
    await expectProblem(`/departments/gz-aic/items/${FUTURE_CODE}?asOf=2099-06-01`, 404)
    await expectProblem(`/departments/gz-aic/items/${FUTURE_CODE}/history`, 404)
    expect((await ok('/departments/gz-aic/items/XK-00001-000/history')).versions.map((v: any) => v.change)).toEqual(['added', 'unchanged'])
  })

  it('naming the future snapshot by id is a 404 like any unknown snapshot', async () => {
    const { docs } = await payload.find({ collection: 'snapshots', where: { effectiveFrom: { equals: '2099-01-01' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    await expectProblem(`/departments/gz-aic/compare?from=2016-12-31&to=${docs[0].id}`, 404)
    await expectProblem(`/departments/gz-aic/compare?from=${docs[0].id}`, 404)
  })

  it('on its date it becomes visible (the services, with the clock moved)', async () => {
    const list = await publicList(payload, 'gz-aic', { asOf: '2099-01-01', page: 1, limit: 1000 }, '2099-01-01')
    expect(list.items.map((item) => item.code)).toContain(FUTURE_CODE)
    expect(list.items.map((item) => item.code)).not.toContain('XK-00001-000')
    expect((await listHistory(payload, 'gz-aic', '2099-01-01')).snapshots).toHaveLength(3)
    expect((await listHistory(payload, 'gz-aic', '2098-12-31')).snapshots).toHaveLength(2)
    // since now: the seeded snapshots became visible on publication, moments ago
    const { entries } = await publicChanges(payload, new Date(), new Date('2099-01-01T00:00:00+08:00'))
    expect(entries.map((entry) => entry.snapshot.effectiveFrom)).toEqual(['2099-01-01'])
    expect(entries[0].visibleAt).toBe('2098-12-31T16:00:00.000Z')
  })
})

describe('bad parameters: 400 problem+json naming the parameter', () => {
  it.each([
    ['/departments/gz-aic/list?asOf=2016-13-01', 'asOf'],
    ['/departments/gz-aic/list?asOf=2016-02-30', 'asOf'],
    ['/departments/gz-aic/list?asOf=yesterday', 'asOf'],
    ['/departments/gz-aic/list?asOf=2016-10-01&asOf=2016-10-02', 'asOf'],
    ['/departments/gz-aic/list?category=XX', 'category'],
    ['/departments/gz-aic/list?limit=1001', 'limit'],
    ['/departments/gz-aic/list?limit=0', 'limit'],
    ['/departments/gz-aic/list?limit=ten', 'limit'],
    ['/departments/gz-aic/list?page=0', 'page'],
    ['/departments/gz-aic/list?page=-1', 'page'],
    ['/departments/gz-aic/list?locale=fr', 'locale'],
    ['/departments/gz-aic/items/XK-00001-000?asOf=2016-1-1', 'asOf'],
    ['/departments/gz-aic/compare?from=abc&to=2016-12-31', 'from'],
    ['/departments/gz-aic/compare?from=2015-12-31&to=2016-12-32', 'to'],
    ['/departments/gz-aic/export.csv?asOf=2016/10/01', 'asOf'],
    ['/changes?since=yesterday', 'since'],
    ['/changes?since=2016-10-01T25:00:00Z', 'since'],
    ['/revisions/1?locale=de', 'locale'],
    // locale is read everywhere data is answered, and refused when unknown
    ['/departments/gz-aic/snapshots?locale=fr', 'locale'],
    ['/departments/gz-aic/verify?locale=fr', 'locale'],
    ['/changes?locale=fr', 'locale'],
    ['/laws?locale=fr', 'locale'],
    ['/laws/1?locale=fr', 'locale'],
  ])('%s', async (path, parameter) => {
    await expectProblem(path, 400, parameter)
  })

  it('answers the snapshots and the change feed in Traditional Chinese', async () => {
    const simplified = (await ok('/departments/gz-aic/snapshots')).snapshots
    const traditional = (await ok('/departments/gz-aic/snapshots?locale=zh-Hant')).snapshots
    // hashes and ids are the same; the revision's title is converted
    expect(traditional.map((each: any) => each.hash)).toEqual(simplified.map((each: any) => each.hash))
    expect(traditional.at(-1).revision.title).not.toBe(simplified.at(-1).revision.title)
    expect((await ok('/changes?locale=zh-Hant')).changes.length).toBe((await ok('/changes')).changes.length)
  })

  it('names every bad parameter at once', async () => {
    const body = await expectProblem('/departments/gz-aic/list?limit=5000&category=XX', 400)
    expect(body.errors.map((error: any) => error.path).sort()).toEqual(['query.category', 'query.limit'])
  })

  it('ignores unknown parameters', async () => {
    expect((await ok('/departments/gz-aic/list?utm_source=x&_=123')).totalItems).toBe(34)
  })
})

describe('HTTP', () => {
  it('other methods: 405 problem with Allow; unknown paths: 404 problem', async () => {
    const post = await fetch(`${server.url}${BASE}/departments`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(post.headers.get('content-type')).toContain('application/problem+json')
    await expectProblem('/nothing-here', 404)
    await expectProblem('/departments/gz-aic/list/extra', 404)
    await expectProblem('/departments/%E0%A4%A/list', 400)
  })

  it('CORS preflight allows GET from anywhere', async () => {
    const response = await fetch(`${server.url}${BASE}/departments/gz-aic/list`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS')
    const got = await get('/departments', { origin: 'https://portal.example' })
    expect(got.headers.get('access-control-expose-headers')).toContain('ETag')
  })

  it('compresses large bodies', async () => {
    const response = await get('/departments/gz-aic/list?limit=1000', { 'accept-encoding': 'gzip' })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.body.totalItems).toBe(34)
  })

  it('errors are not cached', async () => {
    const response = await get('/departments/gz-aic/list?asOf=2015-06-30')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})

describe('schemas and OpenAPI', () => {
  it('/schema/power-item.json is the domain item schema; /schema/list.json references it', async () => {
    const item = await ok('/schema/power-item.json')
    expect(item.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(item.required).toContain('legalBasis')
    const list = await ok('/schema/list.json')
    expect(list.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(list.properties.items.items.$ref).toBe('power-item.json')
    expect(new URL(list.properties.items.items.$ref, list.$id).href).toBe(item.$id)
  })

  it('/openapi.json is valid OpenAPI 3.1', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(openapi))
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
    expect(result.valid).toBe(true)
    expect(openapi.openapi).toMatch(/^3\.1\./)
  })

  it('describes every path of API.md', async () => {
    const expected = [
      '/departments',
      '/departments/{dept}/list',
      '/departments/{dept}/items/{code}',
      '/departments/{dept}/items/{code}/history',
      '/departments/{dept}/snapshots',
      '/departments/{dept}/compare',
      '/departments/{dept}/verify',
      '/departments/{dept}/export.csv',
      '/departments/{dept}/export.xlsx',
      '/departments/{dept}/export.json',
      '/revisions/{id}',
      '/changes',
      '/changes.atom',
      '/departments/{dept}/changes.atom',
      '/search',
      '/laws',
      '/laws/{id}',
      '/schema/power-item.json',
      '/schema/list.json',
      '/openapi.json',
    ]
    expect(Object.keys(openapi.paths).sort()).toEqual(expected.sort())
    for (const [path, item] of Object.entries<any>(openapi.paths)) {
      const ok200 = item.get.responses['200']
      const [media] = Object.values<any>(ok200.content)
      expect(media.example ?? media.examples, path).toBeDefined()
      if (path.includes('{')) expect(item.get.responses['404'], path).toBeDefined()
    }
  })

  it('every JSON example matches its response schema', async () => {
    for (const [path, item] of Object.entries<any>(openapi.paths)) {
      const media = item.get.responses['200'].content['application/json']
      if (!media?.schema?.$ref) continue
      const name = media.schema.$ref.split('/').pop()
      const valid = validators[name](media.example)
      expect(valid ? [] : validators[name].errors, path).toEqual([])
    }
    for (const name of ['BadRequest', 'NotFound', 'TooManyRequests']) {
      expectValid('Problem', openapi.components.responses[name].content['application/problem+json'].example)
    }
  })

  it('the CSV example is what the export writes: the import headings, the category by name', async () => {
    const example: string = openapi.paths['/departments/{dept}/export.csv'].get.responses['200'].content['text/csv'].example
    const [heading, row] = parseCsv(example.slice(1))
    const actual = parseCsv((await get('/departments/gz-aic/export.csv')).text.slice(1))
    expect(heading).toEqual(actual[0])
    expect(row[heading.indexOf('事项类型')]).toBe('公共服务')
  })
})
