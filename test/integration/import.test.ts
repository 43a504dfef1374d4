import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { makeConfig } from '../../payload.config'
import { seedSampleData } from '../../src/services/seed'
import { listToCsv, listToXlsx } from '../../src/services/export'
import { importFile, type ImportResult } from '../../src/services/import'
import { revisionDiff } from '../../src/services/revision-items'
import { findDepartment, headSnapshot, snapshotsOf } from '../../src/services/snapshots'
import { freshDatabaseUri } from '../support/payload'
import { generatedList, list2015, xlsxOf } from '../support/import-fixtures'
import { exportList } from '../../src/services/export'
import { fireEvent } from '../../src/services/workflow'
import { todayInChina } from '../../src/domain/dates'
import { resolveCitation } from '../../src/domain/laws/match'
import { registerIndex, unresolvedReport } from '../../src/services/laws'
import { changesOf } from '../../src/services/proposals'
import { importReport } from '../../src/cli/import-report'

/**
 * The import service on a real database seeded with the sample lists: round trips, every class of
 * bad input refused with its named error and nothing written, CSV encodings, several departments.
 */
let payload: Payload
let editor: PayloadRequest
let admin: PayloadRequest

async function reqAs(email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}
const revisionCount = async () => (await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs
const departmentCount = async () => (await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('import')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  editor = await reqAs('editor@quanze.test')
  admin = await reqAs('admin@quanze.test')
})
afterAll(async () => {
  await payload?.destroy()
})

async function inForce() {
  const department = (await findDepartment({ payload }, 'gz-aic'))!
  return { department, head: (await headSnapshot({ payload }, department.id))! }
}

describe('round trip on the database', () => {
  it('export xlsx of the list in force, then import --full: an empty diff, nothing written on a dry run', async () => {
    const { department, head } = await inForce()
    const buffer = await listToXlsx({ department: department.name, asOf: '2026-01-01', publishedAt: head.publishedAt, items: head.items })
    const before = await revisionCount()
    const result = await importFile(editor, { buffer, filename: 'gz-aic.xlsx' }, { full: true, dryRun: true })
    expect(result.errors).toEqual([])
    expect(result.departments).toHaveLength(1)
    expect(result.departments[0]).toMatchObject({
      department: { code: 'gz-aic' },
      rows: 34,
      changes: 0,
      summary: { added: 0, modified: 0, repealed: 0 },
      revision: null,
    })
    expect(await revisionCount()).toBe(before)
  })

  it('the 2015 list as CSV, imported with --full over 2016: a draft whose diff is the 2016 revision undone', async () => {
    const csv = listToCsv(list2015)
    const result = await importFile(
      editor,
      { buffer: Buffer.from(csv), filename: 'list-2015.csv' },
      { department: 'gz-aic', full: true, title: '恢复2015年版' },
    )
    expect(result.errors).toEqual([])
    const [only] = result.departments
    expect(only.summary).toMatchObject({ added: 3, repealed: 1 })
    expect(only.byCategory.GG).toEqual({ added: 0, modified: 0, repealed: 1 })
    expect(only.revision).toMatchObject({ title: '恢复2015年版' })
    const stored = await revisionDiff(editor, String(only.revision!.id))
    expect(stored.summary).toEqual(only.summary)
    expect(stored.items.map((i) => [i.code, i.change])).toEqual(only.diff.items.map((i) => [i.code, i.change]))
    // a second import of the same items would touch items held by this open draft
    await payload.update({
      collection: 'revisions',
      id: only.revision!.id,
      data: { status: 'withdrawn' } as never,
      overrideAccess: true,
      context: { quanzeWorkflow: true },
    })
  })
})

describe('bad input: a named error, nothing written', () => {
  const cases: Array<[string, () => Promise<Buffer>, string, RegExp]> = [
    ['an empty file', async () => Buffer.alloc(0), 'x.csv', /文件为空/],
    [
      'an encrypted workbook',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le')]),
      'x.xlsx',
      /已加密/,
    ],
    [
      'a file that is not a spreadsheet',
      async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]),
      'x.png',
      /不是电子表格/,
    ],
    ['a broken xlsx', async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 'x.xlsx', /不是有效的 \.xlsx/],
    [
      'no recognisable header row',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['甲', '乙'],
              ['1', '2'],
            ],
          },
        ]),
      'x.xlsx',
      /工作表“表”：.*没有可识别的表头行/,
    ],
    [
      'an unknown category',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['事项名称', '权力类型'],
              ['对某事的许可', '行政备案'],
            ],
          },
        ]),
      'x.xlsx',
      /工作表“表” 第2行 “权力类型”列：未知的事项类型“行政备案”，可用：行政许可（XK）/,
    ],
    [
      'an empty name',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['事项名称', '权力类型'],
              ['', '行政许可'],
              ['好的', '行政许可'],
            ],
          },
        ]),
      'x.xlsx',
      /第2行 “事项名称”列：事项名称为空/,
    ],
    [
      'a malformed Quanze code',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['事项编码', '事项名称', '权力类型'],
              ['XK-1-000', 'x', '行政许可'],
            ],
          },
        ]),
      'x.xlsx',
      /第2行 “事项编码”列：事项编码“XK-1-000”格式错误/,
    ],
    [
      'a code twice',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['事项编码', '事项名称', '权力类型'],
              ['XK-00090-000', 'x', '行政许可'],
              ['XK-00090-000', 'y', '行政许可'],
            ],
          },
        ]),
      'x.xlsx',
      /第3行 “事项编码”列：事项编码 XK-00090-000 重复/,
    ],
    [
      'category + name twice',
      async () =>
        xlsxOf([
          {
            name: '表',
            rows: [
              ['事项名称', '权力类型'],
              ['x', '行政许可'],
              ['x', 'XK'],
            ],
          },
        ]),
      'x.xlsx',
      /第3行 “事项名称”列：.*重复出现/,
    ],
  ]
  it.each(cases)('%s', async (_label, make, filename, message) => {
    const [revisions, items] = [await revisionCount(), (await payload.count({ collection: 'power-items', overrideAccess: true })).totalDocs]
    const result = await importFile(editor, { buffer: await make(), filename }, { department: 'gz-aic' })
    expect(result.ok).toBe(false)
    expect(result.departments).toEqual([])
    expect(
      result.errors
        .map((e) => [e.sheet && `工作表“${e.sheet}”`, e.row && `第${e.row}行`, e.column && `“${e.column}”列`].filter(Boolean).join(' ') + '：' + e.message)
        .join('\n'),
    ).toMatch(message)
    expect(await revisionCount()).toBe(revisions)
    expect((await payload.count({ collection: 'power-items', overrideAccess: true })).totalDocs).toBe(items)
  })

  it('a department that does not exist is a row error unless --create-departments', async () => {
    const buffer = await xlsxOf([
      {
        name: '表',
        rows: [
          ['实施主体', '事项名称', '权力类型'],
          ['贵州省不存在局', 'x', '行政许可'],
        ],
      },
    ])
    const [departments, revisions] = [await departmentCount(), await revisionCount()]
    const refused = await importFile(admin, { buffer, filename: 'x.xlsx' })
    expect(refused.errors).toEqual([{ sheet: '表', row: 2, column: '实施主体', message: expect.stringContaining('部门“贵州省不存在局”不存在') }])
    expect([await departmentCount(), await revisionCount()]).toEqual([departments, revisions])
    const created = await importFile(admin, { buffer, filename: 'x.xlsx' }, { createDepartments: true })
    expect(created.errors).toEqual([])
    expect(created.departments[0]).toMatchObject({ department: { name: '贵州省不存在局', created: true }, summary: { added: 1 } })
    expect([await departmentCount(), await revisionCount()]).toEqual([departments + 1, revisions + 1])
  })

  it('an editor cannot import into a department that is not theirs: refused by the revision rules, nothing written', async () => {
    const other = await payload.create({
      collection: 'departments',
      data: { code: 'gz-other', name: '贵州省另一局', regionCode: '520000', level: 'province' } as never,
    })
    const buffer = await xlsxOf([
      {
        name: '表',
        rows: [
          ['事项名称', '权力类型'],
          ['x', '行政许可'],
        ],
      },
    ])
    const revisions = await revisionCount()
    await expect(importFile(editor, { buffer, filename: 'x.xlsx' }, { department: 'gz-other' })).rejects.toMatchObject({ status: 403 })
    expect(await revisionCount()).toBe(revisions)
    await payload.delete({ collection: 'departments', id: other.id, overrideAccess: true }).catch(() => undefined)
  })
})

describe('codes Excel stored as numbers', () => {
  it('the number format restores leading zeros; where it cannot tell, the number is kept with a warning naming row and column', async () => {
    const buffer = await xlsxOf([
      {
        name: '目录',
        rows: [
          ['事项类型', '事项名称', '基本编码'],
          ['行政许可', '数字编码事项一', 131127004],
          ['行政许可', '数字编码事项二', 131127005],
          ['行政许可', '数字编码事项三', 131127006],
          ['行政许可', '文本编码事项', '000131127007'],
        ],
        numFmts: { C2: '000000000000', C3: '"000"000000000' },
      },
    ])
    const result = await importFile(editor, { buffer, filename: 'codes.xlsx' }, { department: 'gz-aic', dryRun: true })
    expect(result.errors).toEqual([])
    const sources = Object.fromEntries(result.departments[0].assigned.map((each) => [each.name, each.sourceCode]))
    expect(sources).toEqual({
      数字编码事项一: '000131127004',
      数字编码事项二: '000131127005',
      数字编码事项三: '131127006',
      文本编码事项: '000131127007',
    })
    const numeric = result.warnings.filter((w) => /存为数字/.test(w.message))
    expect(numeric).toEqual([{ sheet: '目录', row: 4, column: '基本编码', message: expect.stringMatching(/“131127006”.*开头的0可能已丢失/) }])
  })
})

describe('CSV encodings and separators', () => {
  const rows = [
    ['事项名称', '事项类型', '承办机构'],
    ['网络交易平台经营许可', '行政许可', '企业注册局'],
    ['對虛假廣告的處罰', '行政處罰', '广告处'],
  ]
  it.each([
    ['UTF-8 with BOM, comma', Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}`)],
    ['UTF-8 without BOM, tab', Buffer.from(rows.map((r) => r.join('\t')).join('\n'))],
    ['GB18030, comma', iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'gb18030')],
  ])('%s', async (_label, buffer) => {
    const result = await importFile(editor, { buffer, filename: 'list.csv' }, { department: 'gz-aic', dryRun: true })
    expect(result.errors).toEqual([])
    const added = result.departments[0].diff.items.filter((i) => i.change === 'added')
    expect(added.map((i) => [i.category, i.name])).toEqual([
      ['CF', '對虛假廣告的處罰'],
      ['XK', '网络交易平台经营许可'],
    ])
  })
})

describe('a workbook of several departments', () => {
  let second: { id: string | number }
  beforeAll(async () => {
    second = await payload.create({
      collection: 'departments',
      data: { code: 'gz-qs', name: '贵州省质量技术监督局', regionCode: '520000', level: 'province' } as never,
      locale: 'zh-Hans',
    })
  })

  it('one sheet per department (names simplified or traditional): one draft each, in one go', async () => {
    const buffer = await xlsxOf([
      {
        name: '贵州省工商行政管理局',
        rows: [
          ['事项名称', '事项类型'],
          ['新增的工商事项', '公共服务'],
        ],
      },
      {
        name: '貴州省質量技術監督局',
        rows: [
          ['事项名称', '事项类型'],
          ['工业产品生产许可', '行政许可'],
          ['计量器具型式批准', '行政许可'],
        ],
      },
    ])
    const revisions = await revisionCount()
    const result: ImportResult = await importFile(admin, { buffer, filename: 'province.xlsx' })
    expect(result.errors).toEqual([])
    expect(result.departments.map((d) => [d.department.code, d.summary.added, d.assigned.map((a) => a.code)])).toEqual([
      ['gz-aic', 1, ['GG-00002-000']],
      ['gz-qs', 2, ['XK-00001-000', 'XK-00002-000']],
    ])
    expect(await revisionCount()).toBe(revisions + 2)
    const drafts = await payload.find({ collection: 'revisions', where: { department: { equals: second.id } }, overrideAccess: true, depth: 0 })
    expect(drafts.docs[0]).toMatchObject({ status: 'draft' })
    const proposals = await payload.find({
      collection: 'proposals',
      where: { revision: { equals: drafts.docs[0].id } },
      sort: 'code',
      overrideAccess: true,
      depth: 0,
    })
    expect(proposals.docs.map((doc: any) => [doc.action, doc.code])).toEqual([
      ['add', 'XK-00001-000'],
      ['add', 'XK-00002-000'],
    ])
  })

  it('a 部门 column naming departments by code or name; any row error refuses the whole workbook', async () => {
    const rows = [
      ['部门', '事项名称', '事项类型'],
      ['gz-qs', '特种设备检验', '行政检查'],
      ['贵州省质量技术监督局', '', '行政检查'],
    ]
    const [revisions, snapshots] = [await revisionCount(), (await snapshotsOf({ payload }, second.id)).length]
    const result = await importFile(admin, { buffer: await xlsxOf([{ name: 'all', rows }]), filename: 'x.xlsx' })
    expect(result.errors).toEqual([{ sheet: 'all', row: 3, column: '事项名称', message: '事项名称为空' }])
    expect([await revisionCount(), (await snapshotsOf({ payload }, second.id)).length]).toEqual([revisions, snapshots])
  })
})

describe('sheets as offices lay them out: two-row headers, cover and hidden sheets, spacer rows', () => {
  const dryRun = (buffer: Buffer) => importFile(editor, { buffer, filename: 'list.xlsx' }, { department: 'gz-aic', dryRun: true })
  const added = (result: ImportResult) => result.departments[0].diff.items.filter((i) => i.change === 'added').map((i) => i.name)

  it('a header of two rows (事项名称 merged over 主项名称 | 子项名称) is one header: the sub-items are read', async () => {
    const buffer = await xlsxOf([
      {
        name: '清单',
        rows: [
          ['某区市场监管局权责清单', '', '', '', ''],
          ['事项编码', '职权类别', '事项名称', '', '设定依据'],
          ['', '', '主项名称', '子项名称', ''],
          ['', '行政检查', '对两行表头单位的检查', '对两行表头单位的现场检查', '《中华人民共和国行政处罚法》第五十四条'],
          ['', '行政检查', '', '对两行表头单位的书面检查', '《中华人民共和国行政处罚法》第五十五条'],
        ],
        merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'C4:C5'],
      },
    ])
    const result = await dryRun(buffer)
    expect(result.errors).toEqual([])
    expect(added(result).sort()).toEqual(['对两行表头单位的书面检查', '对两行表头单位的检查', '对两行表头单位的现场检查'])
    const codes = Object.fromEntries(result.departments[0].assigned.map((each) => [each.name, each.code]))
    expect(codes['对两行表头单位的现场检查']).toMatch(/^JC-\d{5}-001$/)
  })

  it('a cover sheet (填表说明) beside the list is skipped with a warning naming it', async () => {
    const buffer = await xlsxOf([
      { name: '填表说明', rows: [['填表说明'], ['1. 每个事项填一行。'], ['2. 子项填在主项之下。']] },
      {
        name: '清单',
        rows: [
          ['事项类型', '事项名称'],
          ['行政许可', '封面之后的许可'],
        ],
      },
    ])
    const result = await dryRun(buffer)
    expect(result.errors).toEqual([])
    expect(added(result)).toEqual(['封面之后的许可'])
    expect(result.warnings).toContainEqual(expect.objectContaining({ sheet: '填表说明', message: expect.stringContaining('已跳过') }))
  })

  it('a hidden sheet is not imported, and a warning names it', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('清单').addRows([
      ['事项类型', '事项名称'],
      ['行政许可', '可见表中的许可'],
    ])
    const hidden = workbook.addWorksheet('旧版清单', { state: 'hidden' })
    hidden.addRows([
      ['事项类型', '事项名称'],
      ['行政许可', '隐藏表中的许可'],
    ])
    const result = await dryRun(Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(result.errors).toEqual([])
    expect(added(result)).toEqual(['可见表中的许可'])
    expect(result.warnings).toContainEqual(expect.objectContaining({ sheet: '旧版清单', message: expect.stringContaining('隐藏') }))
  })

  it("a template's hidden lookup sheet (the dropdown values) is skipped without a word; a hidden list beside it is still named", async () => {
    const workbook = new ExcelJS.Workbook()
    const list = workbook.addWorksheet('清单')
    list.addRows([
      ['事项类型', '事项名称'],
      ['行政许可', '模板中的许可'],
    ])
    const lookup = workbook.addWorksheet('数据字典', { state: 'hidden' })
    lookup.addRows([
      ['行政许可', '省级'],
      ['行政处罚', '市级'],
      ['行政强制', '县级'],
      ['行政征收', ''],
      ['行政检查', ''],
    ])
    workbook.addWorksheet('选项', { state: 'veryHidden' }).addRows([['事项类型'], ['行政许可'], ['行政处罚']])
    const old = workbook.addWorksheet('2019版', { state: 'hidden' })
    old.addRows([['某局权责清单（2019年）'], [], ['编码', '职权类别', '职权名称'], ['', '行政许可', '旧版许可']])
    old.mergeCells('A1:C1')
    const result = await dryRun(Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(result.errors).toEqual([])
    expect(added(result)).toEqual(['模板中的许可'])
    expect(result.warnings.filter((warning) => warning.sheet !== '清单')).toEqual([
      { sheet: '2019版', message: expect.stringContaining('工作表已隐藏，未导入') },
    ])
  })

  it('a blank spacer row inside a category merged down is skipped', async () => {
    const buffer = await xlsxOf([
      {
        name: '清单',
        rows: [
          ['事项类型', '事项名称', '承办机构'],
          ['行政许可', '空行之前的许可', '许可科'],
          [null, null, null],
          [null, '空行之后的许可', '许可科'],
        ],
        merges: ['A2:A4'],
      },
    ])
    const result = await dryRun(buffer)
    expect(result.errors).toEqual([])
    expect(added(result).sort()).toEqual(['空行之前的许可', '空行之后的许可'].sort())
  })
})

describe('progress', () => {
  it('is reported after every row (a dry run writes nothing, so no write stage)', async () => {
    // a department of its own: gz-aic's open drafts (above) hold some of the generated codes
    await payload.create({
      collection: 'departments',
      data: { code: 'progress', name: '进度测试局', regionCode: '520000', level: 'province' } as never,
    })
    const items = generatedList(1200)
    const calls: Array<[number, number, string]> = []
    const result = await importFile(
      admin,
      { buffer: Buffer.from(listToCsv(items)), filename: 'progress.csv' },
      { department: 'progress', dryRun: true, onProgress: (done, total, stage) => calls.push([done, total, stage]) },
    )
    expect(result.errors).toEqual([])
    expect(calls).toHaveLength(1200)
    expect(calls.map(([done]) => done)).toEqual(items.map((_, i) => i + 1))
    expect(new Set(calls.map(([, total, stage]) => `${total} ${stage}`))).toEqual(new Set(['1200 rows']))
  })
})

describe('round trip of a generated 5,000-item list through the database', () => {
  it('import into a new department, publish, export xlsx, import --full: an empty diff', async () => {
    await payload.create({
      collection: 'departments',
      data: { code: 'gen-5000', name: '生成测试局', regionCode: '520000', level: 'province' } as never,
      locale: 'zh-Hans',
    })
    const items = generatedList(5000)
    const progress: string[] = []
    const first = await importFile(
      admin,
      { buffer: Buffer.from(listToCsv(items)), filename: 'gen.csv' },
      { department: 'gen-5000', title: '生成清单', onProgress: (done, total, stage) => progress.push(`${done}/${total} ${stage}`) },
    )
    expect(first.errors).toEqual([])
    expect([progress.length, progress[0], ...progress.slice(-2)]).toEqual([5001, '1/5000 rows', '5000/5000 rows', '5000/5000 write'])
    expect(first.departments[0].summary.added).toBe(5000)
    const id = first.departments[0].revision!.id
    await fireEvent(admin, id, 'submit')
    await fireEvent(await reqAs('reviewer@quanze.test'), id, 'approve', { comment: '同意' })
    await fireEvent(await reqAs('publisher@quanze.test'), id, 'publish', { effectiveFrom: todayInChina() })

    const file = await exportList(payload, { department: 'gen-5000', format: 'xlsx' })
    expect(file.items).toBe(5000)
    const again = await importFile(admin, { buffer: file.content as Buffer, filename: file.filename }, { department: 'gen-5000', full: true, dryRun: true })
    expect(again.errors).toEqual([])
    expect(again.departments[0]).toMatchObject({ rows: 5000, changes: 0, assigned: [], summary: { added: 0, modified: 0, repealed: 0 } })
  }, 600_000)
})

describe('imported legal bases link to the register of laws', () => {
  it('bases written every which way resolve through the same matcher as edited ones; what matches no law is reported unresolved', async () => {
    await payload.create({ collection: 'laws', data: { title: '中华人民共和国行政许可法', level: 'law', documentNo: '主席令第七号' } as never })
    await payload.create({
      collection: 'laws',
      data: { title: '企业信息公示暂行条例', aliases: ['信息公示条例'], level: 'administrative-regulation', documentNo: '国务院令第654号' } as never,
    })
    const buffer = await xlsxOf([
      {
        name: '依据',
        rows: [
          ['事项类型', '事项名称', '设定依据'],
          [
            '行政许可',
            '依据测试事项甲',
            '[法律]《中华人民共和国行政许可法》（主席令第七号）第十二条：下列事项可以设定行政许可；《企业信息公示暂行条例》第三条',
          ],
          ['行政检查', '依据测试事项乙', '1.《行政许可法》第三十条\n2.《信息公示条例》第十条；《不存在的管理办法》第一条'],
          ['行政许可', '依据测试事项丙', '《中華人民共和國行政許可法》第十條'],
        ],
      },
    ])
    const result = await importFile(admin, { buffer, filename: 'bases.xlsx' }, { department: 'gz-aic', title: '依据测试' })
    expect(result.errors).toEqual([])
    const revisionId = result.departments[0].revision!.id
    const proposed = (await changesOf(admin, revisionId)).flatMap((change) => (change.action === 'repeal' ? [] : [change.item]))
    const index = await registerIndex({ payload })
    const titleOf = (basis: { law: string; documentNo: string | null }) => {
      const found = resolveCitation(basis, index)
      return found ? index.laws.get(found.lawId)!.title : null
    }
    const linked = Object.fromEntries(proposed.map((item) => [item.name, item.legalBasis.map((basis) => [basis.law, titleOf(basis)])]))
    expect(linked).toEqual({
      依据测试事项甲: [
        ['中华人民共和国行政许可法', '中华人民共和国行政许可法'],
        ['企业信息公示暂行条例', '企业信息公示暂行条例'],
      ],
      依据测试事项乙: [
        ['行政许可法', '中华人民共和国行政许可法'],
        ['信息公示条例', '企业信息公示暂行条例'],
        ['不存在的管理办法', null],
      ],
      依据测试事项丙: [['中華人民共和國行政許可法', '中华人民共和国行政许可法']],
    })
    // the staff report of unresolved citations reads the draft's items the same way
    const codes = new Set(proposed.map((item) => item.code))
    const report = await unresolvedReport({ payload })
    const ours = report.departments
      .flatMap((entry) => entry.citations)
      .filter((citation) => citation.items.some((code) => codes.has(code)))
      .map((citation) => citation.law)
    expect(ours).toEqual(['不存在的管理办法'])
  })
})

describe('the report names rows to check', () => {
  it('a committed deadline longer than the statutory one: imported, and the printed report names the row and the code', async () => {
    const csv = ['事项类型,事项名称,法定时限,承诺时限', '行政许可,时限核对测试许可,20个工作日,30个工作日'].join('\n')
    const result = await importFile(editor, { buffer: Buffer.from(csv), filename: '时限.csv' }, { department: 'gz-aic', dryRun: true })
    expect(result.errors).toEqual([])
    const code = result.departments[0].assigned.find((each) => each.name === '时限核对测试许可')!.code
    expect(importReport(result)).toContain(
      `  ! 工作表“时限” 第2行 “承诺时限”列：“时限核对测试许可”（${code}）的承诺时限“30个工作日”长于法定时限“20个工作日”：已按原样导入，请核对`,
    )
  })
})
