import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { seedSampleData } from '../../src/services/seed'
import { listToXlsx } from '../../src/services/export'
import { headSnapshot, findDepartment } from '../../src/services/snapshots'
import { synonymsFromRows } from '../../src/domain/import'
import { xlsxOf } from '../support/import-fixtures'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * POST /api/revisions/{id}/import through the real express app: as anonymous and as each role,
 * the upload cap, a refused file with its row list, a dry run, and a draft filled from a file.
 */
const PROBLEM = 'application/problem+json'
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let roundTrip: Buffer
let oneNewItem: Buffer

beforeAll(async () => {
  payload = await startPayload('import-api')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const department = (await findDepartment({ payload }, 'gz-aic'))!
  const head = (await headSnapshot({ payload }, department.id))!
  roundTrip = await listToXlsx({ department: department.name, asOf: '2026-01-01', publishedAt: head.publishedAt, items: head.items })
  oneNewItem = await xlsxOf([
    {
      name: '新增',
      rows: [
        ['事项名称', '权力类型', '承办机构'],
        ['网络交易平台经营许可', '行政许可', '网络交易监管处'],
      ],
    },
  ])
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

async function draft(role = 'editor'): Promise<string> {
  const created = await call(server.url, 'POST', '/api/revisions?depth=0', {
    auth: auth[role],
    body: { department: 'gz-aic', title: `导入测试 ${Math.random()}` },
  })
  expect(created.status).toBe(201)
  return String(created.body.doc.id)
}

async function upload(id: string, role: string | null, file: Buffer | null, fields: Record<string, string> = {}) {
  const form = new FormData()
  if (file) form.set('file', new Blob([new Uint8Array(file)]), 'list.xlsx')
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  const response = await fetch(`${server.url}/api/revisions/${id}/import`, { method: 'POST', headers: role ? { authorization: auth[role] } : {}, body: form })
  const text = await response.text()
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text.startsWith('{') ? JSON.parse(text) : text }
}

const changesOf = async (id: string) =>
  (await payload.find({ collection: 'proposals', where: { revision: { equals: id } }, sort: 'code', limit: 0, depth: 0, overrideAccess: true })).docs.map(
    (doc) => ({ action: (doc as any).action, code: (doc as any).code }),
  )

describe('who may import into a draft', () => {
  it.each([
    [null, 401],
    ['reviewer', 403],
    ['publisher', 403],
  ])('%s → %i, problem+json, the draft unchanged', async (role, status) => {
    const id = await draft()
    const response = await upload(id, role, oneNewItem)
    expect(response.status).toBe(status)
    expect(response.type).toContain(PROBLEM)
    expect(response.body).toMatchObject({ status, detail: expect.any(String) })
    expect(await changesOf(id)).toEqual([])
  })

  it.each(['editor', 'admin'])('%s fills the draft: the file’s new item becomes an added proposal with a new code', async (role) => {
    const id = await draft(role)
    const response = await upload(id, role, oneNewItem)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({
      ok: true,
      dryRun: false,
      departments: [
        {
          department: { code: 'gz-aic' },
          revision: { id: expect.anything() },
          summary: { added: 1, modified: 0, repealed: 0 },
          assigned: [{ code: 'XK-00009-000', name: '网络交易平台经营许可' }],
        },
      ],
    })
    expect(response.body.departments[0].completeness).toMatchObject({ total: 1, complete: 0, missing: { legalBasis: 1, handlingUnit: 0 } })
    expect(await changesOf(id)).toMatchObject([{ action: 'add', code: 'XK-00009-000' }])
    // the draft now holds XK-00009-000: free it for the next role's draft
    await call(server.url, 'POST', `/api/revisions/${id}/withdraw`, { auth: auth[role] })
  })

  it("an editor of another department cannot see that department's draft: 404", async () => {
    const other = await payload.create({
      collection: 'departments',
      data: { code: 'gz-qs', name: '贵州省质量技术监督局', regionCode: '520000', level: 'province' } as never,
    })
    const created = await call(server.url, 'POST', '/api/revisions?depth=0', { auth: auth.admin, body: { department: other.id, title: '他部门' } })
    const response = await upload(String(created.body.doc.id), 'editor', oneNewItem)
    expect(response.status).toBe(404)
    expect(response.type).toContain(PROBLEM)
  })
})

describe('what the endpoint refuses and reports', () => {
  it('a file with row errors: 422 problem+json listing each row, the draft unchanged', async () => {
    const id = await draft()
    const bad = await xlsxOf([
      {
        name: '表',
        rows: [
          ['事项名称', '权力类型'],
          ['x', '行政备案'],
          ['', '行政许可'],
        ],
      },
    ])
    const response = await upload(id, 'editor', bad)
    expect(response.status).toBe(422)
    expect(response.type).toContain(PROBLEM)
    expect(response.body.title).toBe('Import refused')
    expect(response.body.errors).toEqual([
      { path: '表/2/权力类型', message: expect.stringContaining('工作表“表” 第2行 “权力类型”列：未知的事项类型“行政备案”') },
      { path: '表/3/事项名称', message: '工作表“表” 第3行 “事项名称”列：事项名称为空' },
    ])
    expect(await changesOf(id)).toEqual([])
  })

  it('over the upload cap: 413', async () => {
    const id = await draft()
    process.env.QUANZE_IMPORT_MAX_BYTES = '1000'
    try {
      const response = await upload(id, 'editor', roundTrip)
      expect(response.status).toBe(413)
      expect(response.body).toMatchObject({ status: 413, title: 'Content too large' })
    } finally {
      delete process.env.QUANZE_IMPORT_MAX_BYTES
    }
  })

  it('no file field: 400 naming it; a revision that is not a draft: 409', async () => {
    const id = await draft()
    const missing = await upload(id, 'editor', null, { full: 'true' })
    expect(missing.status).toBe(400)
    expect(missing.body.errors).toEqual([{ path: '/file', message: 'is required' }])
    expect((await call(server.url, 'POST', `/api/revisions/${id}/submit`, { auth: auth.editor })).status).toBe(200)
    const submitted = await upload(id, 'editor', oneNewItem)
    expect(submitted.status).toBe(409)
    expect(submitted.body.detail).toContain('submitted')
  })

  it('headers: the column table of the admin form names a heading the import does not know; what is not an object of synonyms is refused', async () => {
    const id = await draft()
    const ownWords = await xlsxOf([
      {
        name: '清单',
        rows: [
          ['清单事项', '权力类型', '行使层级'],
          ['网络交易平台备案', '其他行政权力', '省级'],
        ],
      },
    ])
    const table = synonymsFromRows([
      { heading: '清单事项', field: 'name' },
      { heading: '行使层级', field: 'ignored' },
    ])
    if (!('headers' in table)) throw new Error(table.error)
    const read = await upload(id, 'editor', ownWords, { dryRun: 'true', headers: JSON.stringify(table.headers) })
    expect(read.status, JSON.stringify(read.body)).toBe(200)
    expect(read.body.departments[0].diff.items).toMatchObject([{ name: '网络交易平台备案', change: 'added' }])
    expect(read.body.warnings.map((warning: { message: string }) => warning.message)).not.toContainEqual(expect.stringContaining('未识别的列'))
    // without them the file has no column for the item's name
    expect((await upload(id, 'editor', ownWords, { dryRun: 'true' })).status).toBe(422)
    for (const headers of ['{"name": ', 'null', '["清单事项"]', '"清单事项"']) {
      const refused = await upload(id, 'editor', ownWords, { dryRun: 'true', headers })
      expect(refused.status, headers).toBe(400)
      expect(refused.body).toMatchObject({ title: 'Bad request', errors: [{ path: '/headers' }] })
    }
    const unknownField = await upload(id, 'editor', ownWords, { dryRun: 'true', headers: '{"nosuch": ["清单事项"]}' })
    expect(unknownField.status).toBe(422)
    expect(unknownField.body.errors[0].message).toContain('表头同义词文件中的字段 "nosuch" 不存在')
    expect(await changesOf(id)).toEqual([])
  })

  it('the exported list in force, with full: an empty diff; dryRun writes nothing', async () => {
    const id = await draft()
    const dry = await upload(id, 'editor', oneNewItem, { dryRun: 'true' })
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({ dryRun: true, departments: [{ summary: { added: 1 }, revision: null }] })
    expect(await changesOf(id)).toEqual([])
    const same = await upload(id, 'editor', roundTrip, { full: 'true' })
    expect(same.status).toBe(200)
    expect(same.body.departments[0].summary).toMatchObject({ added: 0, modified: 0, repealed: 0 })
    expect(await changesOf(id)).toEqual([])
  })
})

describe('a draft that already holds changes', () => {
  it('an import that would discard them is 409 naming each, until replace confirms; the same file again needs nothing', async () => {
    const id = await draft()
    // a repeal entered by hand, then a file that does not hold it
    expect((await call(server.url, 'DELETE', `/api/revisions/${id}/items/QT-00004-000`, { auth: auth.editor })).status).toBe(200)
    const refused = await upload(id, 'editor', oneNewItem)
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.type).toContain(PROBLEM)
    expect(refused.body).toMatchObject({ title: 'Draft holds other changes', errors: [{ path: 'QT-00004-000' }] })
    expect(refused.body.detail).toContain('QT-00004-000（取消）')
    expect(await changesOf(id)).toEqual([{ action: 'repeal', code: 'QT-00004-000' }])
    // a dry run says what a write would replace, and writes nothing
    const dry = await upload(id, 'editor', oneNewItem, { dryRun: 'true' })
    expect(dry.status).toBe(200)
    expect(dry.body.departments[0].displaced).toEqual([{ code: 'QT-00004-000', action: 'repeal' }])
    expect(await changesOf(id)).toEqual([{ action: 'repeal', code: 'QT-00004-000' }])
    const replaced = await upload(id, 'editor', oneNewItem, { replace: 'true' })
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    expect(await changesOf(id)).toMatchObject([{ action: 'add', code: expect.stringMatching(/^XK-/) }])
    // the draft holds exactly the file now: importing it again displaces nothing and needs no confirmation
    const again = await upload(id, 'editor', oneNewItem)
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body.departments[0].displaced).toEqual([])
    await call(server.url, 'POST', `/api/revisions/${id}/withdraw`, { auth: auth.editor })
  })
})

describe('an item another open revision already changes', () => {
  it('is refused by the dry run as by the write: 409 naming the item and that revision', async () => {
    const first = await draft()
    const renamed = await xlsxOf([
      {
        name: '清单',
        rows: [
          ['事项编码', '事项类型', '事项名称'],
          ['XK-00001-000', '行政许可', '内资公司登记（改名）'],
        ],
      },
    ])
    expect((await upload(first, 'editor', renamed)).status).toBe(200)
    const second = await draft()
    for (const fields of [{ dryRun: 'true' }, {}] as Array<Record<string, string>>) {
      const response = await upload(second, 'editor', renamed, fields)
      expect(response.status, JSON.stringify(response.body)).toBe(409)
      expect(response.body).toMatchObject({
        title: 'Item in another open revision',
        detail: expect.stringContaining(`XK-00001-000 is already in open revision ${first}`),
      })
    }
    expect(await changesOf(second)).toEqual([])
    await call(server.url, 'POST', `/api/revisions/${first}/withdraw`, { auth: auth.editor })
  })
})

describe('a file of another department', () => {
  it('its department column or sheet naming another known department: 422 naming it, nothing written', async () => {
    const forestry = await payload.create({
      collection: 'departments',
      data: { code: 'gz-ly', name: '贵州省林业局', regionCode: '520000', level: 'province' } as never,
    })
    const id = await draft()
    const wrongColumn = await xlsxOf([
      {
        name: '清单',
        rows: [
          ['实施主体', '事项名称', '权力类型'],
          ['贵州省林业局', '林木采伐许可', '行政许可'],
          ['贵州省林业局', '野生动物驯养繁殖许可', '行政许可'],
        ],
      },
    ])
    const byColumn = await upload(id, 'editor', wrongColumn, { dryRun: 'true' })
    expect(byColumn.status, JSON.stringify(byColumn.body)).toBe(422)
    expect(byColumn.body.errors).toEqual([
      { path: '清单/2/实施主体', message: expect.stringContaining('是部门“贵州省林业局”（gz-ly）的清单，不是本次导入的部门“贵州省工商行政管理局”（gz-aic）') },
    ])
    // the public export of gz-aic (its sheet named after it) into the forestry bureau's draft, as a whole list
    const created = await call(server.url, 'POST', '/api/revisions?depth=0', { auth: auth.admin, body: { department: forestry.id, title: '林业' } })
    const bySheet = await upload(String(created.body.doc.id), 'admin', roundTrip, { full: 'true' })
    expect(bySheet.status).toBe(422)
    expect(bySheet.body.errors[0].message).toContain('工作表名称为“贵州省工商行政管理局”')
    expect(await changesOf(String(created.body.doc.id))).toEqual([])
    expect(await changesOf(id)).toEqual([])
  })
})

describe('GET /api/revisions/{id}/completeness', () => {
  it('anonymous 401; every staff role reads the figure of the proposed list, naming what a catalogue-only item lacks', async () => {
    const id = await draft()
    expect((await upload(id, 'editor', oneNewItem)).status).toBe(200)
    const anonymous = await call(server.url, 'GET', `/api/revisions/${id}/completeness`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toContain(PROBLEM)
    for (const role of ['editor', 'reviewer', 'publisher', 'admin']) {
      const response = await call(server.url, 'GET', `/api/revisions/${id}/completeness`, { auth: auth[role] })
      expect(response.status, role).toBe(200)
      expect(response.body).toMatchObject({
        total: 35,
        complete: 34,
        missing: { legalBasis: 1, handlingUnit: 0, deadline: 1, responsibilities: 1, accountability: 1 },
      })
      expect(response.body.items).toEqual([
        { code: 'XK-00009-000', name: '网络交易平台经营许可', ratio: 0.2, missing: ['设定依据', '办理时限', '责任事项', '追责情形'] },
      ])
    }
    await call(server.url, 'POST', `/api/revisions/${id}/withdraw`, { auth: auth.editor })
  })
})
