import { describe, expect, it } from 'vitest'
import {
  IMPORT_FIELD_LABELS,
  headerMatcher,
  planDepartmentImport,
  readSheet,
  synonymsFromRows,
  type ImportRecord,
  type SheetInput,
} from '../../src/domain/import'
import { makeItem } from '../support/items'

/**
 * Layouts as provincial and county offices publish them (e.g. 贵州省工商局 2015, 天津市区级 and 四川
 * 市级 lists): a title merged across, a header with their own words, main items merged down over
 * their sub-items, foreign codes, catalogue-only rows.
 */
const match = headerMatcher()
function records(sheet: SheetInput): ImportRecord[] {
  const table = readSheet(sheet, match)
  if ('message' in table) throw new Error(table.message)
  return table.records
}

const countyList: SheetInput = {
  name: '区市场监管局',
  rows: [
    ['天津市和平区市场监督管理局权力清单（2019年版）', '', '', '', '', '', '', ''],
    [],
    ['序号', '职权编码', '职权类别', '职权名称', '子项', '实施依据', '承办处室', '法定时限'],
    [
      '1',
      '120105scjgjXK00101',
      '行政许可',
      '食品经营许可',
      '',
      '《中华人民共和国食品安全法》第三十五条第一款：国家对食品生产经营实行许可制度。',
      '食品经营科',
      '20个工作日',
    ],
    ['2', '120105scjgjCF01017', '行政處罰', '对违反广告管理规定的处罚', '对发布虚假广告的处罚', '《中华人民共和国广告法》第五十五条', '广告监管科', ''],
    ['3', '120105scjgjCF01018', '行政處罰', '', '对广告主未经审查发布广告的处罚', '《中华人民共和国广告法》\n第五十八条', '广告监管科', ''],
    [],
    ['4', '000131127004', '行政检查', '对食品生产经营者的\n监督检查', '', '', '', ''],
    ['5', '', '其他职权', '商标代理机构备案', '', '', '', ''],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 7 },
    // 职权名称 merged over the two sub-items of the penalty
    { top: 4, left: 3, bottom: 5, right: 3 },
  ],
}

describe('a county list with a title row, synonyms, merged main items, foreign codes', () => {
  const plan = planDepartmentImport({ records: records(countyList), base: [] })

  it('reads every item and no error', () => {
    expect(plan.errors).toEqual([])
    expect(plan.items.map((i) => [i.code, i.name, i.parentCode, i.sourceCode ?? null])).toEqual([
      ['CF-00001-000', '对违反广告管理规定的处罚', null, null],
      ['CF-00001-001', '对发布虚假广告的处罚', 'CF-00001-000', '120105scjgjCF01017'],
      ['CF-00001-002', '对广告主未经审查发布广告的处罚', 'CF-00001-000', '120105scjgjCF01018'],
      ['JC-00001-000', '对食品生产经营者的监督检查', null, '000131127004'],
      ['QT-00001-000', '商标代理机构备案', null, null],
      ['XK-00001-000', '食品经营许可', null, '120105scjgjXK00101'],
    ])
  })

  it('parses the fields it has columns for', () => {
    const licence = plan.items.find((i) => i.code === 'XK-00001-000')!
    expect(licence).toMatchObject({
      handlingUnit: '食品经营科',
      statutoryDeadline: { value: 20, unit: 'workday', note: null },
      legalBasis: [{ law: '中华人民共和国食品安全法', article: '第三十五条第一款', text: '国家对食品生产经营实行许可制度。' }],
    })
    expect(plan.items.find((i) => i.code === 'CF-00001-002')!.legalBasis).toMatchObject([{ law: '中华人民共和国广告法' }])
  })

  it('reports the codes it assigned, including the main item it created for the sub-items', () => {
    expect(plan.assigned.map((a) => a.code).sort()).toEqual(['CF-00001-000', 'CF-00001-001', 'CF-00001-002', 'JC-00001-000', 'QT-00001-000', 'XK-00001-000'])
    expect(plan.assigned.find((a) => a.code === 'CF-00001-000')).toMatchObject({ row: null, name: '对违反广告管理规定的处罚' })
  })

  it('catalogue-only rows are valid items, with a warning and their completeness', () => {
    expect(plan.warnings.map((w) => [w.row, w.message.slice(0, 5)])).toEqual(
      expect.arrayContaining([
        [8, '目录式条目'],
        [9, '目录式条目'],
      ]),
    )
    const catalogue = plan.completeness.items.find((c) => c.code === 'QT-00001-000')!
    expect(catalogue).toMatchObject({ ratio: 0, missing: ['设定依据', '承办机构', '责任事项', '追责情形'] })
    expect(plan.completeness.total).toBe(6)
    expect(plan.completeness.ratio).toBeGreaterThan(0)
    expect(plan.completeness.ratio).toBeLessThan(1)
  })

  it('re-importing the same file against the list it produced proposes no change (codes kept by source code and by name)', () => {
    const again = planDepartmentImport({ records: records(countyList), base: plan.items })
    expect(again.errors).toEqual([])
    expect(again.changes).toEqual([])
    expect(again.assigned).toEqual([])
  })

  it('a column absent from the sheet keeps the value in force', () => {
    const inForce = plan.items.map((i) => (i.code === 'XK-00001-000' ? { ...i, accountability: ['不予受理的'] } : i))
    expect(planDepartmentImport({ records: records(countyList), base: inForce }).changes).toEqual([])
  })
})

describe('section rows, repeated headers, unknown columns, English headers, --headers', () => {
  it('a section row "一、行政许可" gives the category to the rows under it; the header repeated on a new page is skipped', () => {
    const sheet: SheetInput = {
      name: 'S',
      rows: [
        ['事项名称（主项）', '子项名称', '承办机构', '咨询方式'],
        ['一、行政许可（2项）', '一、行政许可（2项）', '一、行政许可（2项）', '一、行政许可（2项）'],
        ['企业名称预先核准', '', '登记处', '12315'],
        ['事项名称（主项）', '子项名称', '承办机构', '咨询方式'],
        ['广告发布登记', '', '广告处', ''],
      ],
      merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
    }
    const plan = planDepartmentImport({ records: records(sheet), base: [] })
    expect(plan.errors).toEqual([])
    expect(plan.items.map((i) => [i.code, i.name, i.consultationPhone])).toEqual([
      ['XK-00001-000', '企业名称预先核准', '12315'],
      ['XK-00002-000', '广告发布登记', null],
    ])
  })

  it('columns nobody recognises are reported once', () => {
    const table = readSheet(
      {
        name: 'S',
        rows: [
          ['事项名称', '类别', '牵头领导', '牵头领导'],
          ['a', '行政许可', 'x', 'y'],
        ],
      },
      match,
    )
    if ('message' in table) throw new Error(table.message)
    expect(table.warnings).toEqual([{ sheet: 'S', row: 1, message: expect.stringContaining('牵头领导（可补充表头同义词') }])
  })

  it("the public shape's field names work as headers; users add synonyms with a headers file", () => {
    const english = readSheet(
      {
        name: 'S',
        rows: [
          ['code', 'name', 'category', 'handlingUnit'],
          ['XK-00003-000', 'x', 'XK', 'y'],
        ],
      },
      match,
    )
    expect('message' in english ? english.message : english.records[0].cells.handlingUnit?.text).toBe('y')
    const custom = headerMatcher({ name: ['清单事项'] })
    expect(custom('清单事项')).toBe('name')
    expect(() => headerMatcher({ nosuch: ['x'] })).toThrow(/nosuch/)
  })
})

describe('hidden sheets', () => {
  it('are not read: one with a header row is named, one of lookup values (行政许可/行政处罚…) is told apart', () => {
    const list = readSheet(
      {
        name: '旧版',
        hidden: true,
        rows: [
          ['事项类型', '事项名称'],
          ['行政许可', 'x'],
        ],
      },
      match,
    )
    expect(list).toEqual({ sheet: '旧版', skipped: 'hidden', message: expect.stringContaining('工作表已隐藏') })
    const lookup = readSheet({ name: '下拉', hidden: true, rows: [['行政许可'], ['行政处罚'], ['行政强制']] }, match)
    expect(lookup).toMatchObject({ sheet: '下拉', skipped: 'hidden-other' })
  })
})

describe("the admin's column table (列名对照) as synonyms", () => {
  it('rows of "heading in the file → field" become the headers option; blank rows are dropped', () => {
    const result = synonymsFromRows([
      { heading: '清单事项', field: 'name' },
      { heading: ' 行使层级 ', field: 'ignored' },
      { heading: '', field: '' },
      { heading: '权力依据', field: 'legalBasis' },
      { heading: '职权依据（条款）', field: 'legalBasis' },
    ])
    expect(result).toEqual({ headers: { name: ['清单事项'], ignored: ['行使层级'], legalBasis: ['权力依据', '职权依据（条款）'] } })
    if (!('headers' in result)) throw new Error(result.error)
    const table = readSheet(
      {
        name: 'S',
        rows: [
          ['清单事项', '权力类型', '行使层级', '权力依据'],
          ['食品经营许可', '行政许可', '省级', '《中华人民共和国食品安全法》第三十五条'],
        ],
      },
      headerMatcher(result.headers),
    )
    if ('message' in table) throw new Error(table.message)
    expect(table.warnings).toEqual([])
    expect(table.records[0].cells).toMatchObject({ name: { text: '食品经营许可' }, legalBasis: { text: '《中华人民共和国食品安全法》第三十五条' } })
  })

  it('a row with a heading and no field, a field and no heading, or one heading for two fields is refused in Chinese naming the row', () => {
    expect(synonymsFromRows([{ heading: '清单事项', field: '' }])).toEqual({ error: '列名对照有误：第1行：请为列名“清单事项”选择对应的字段' })
    expect(synonymsFromRows([{ heading: '', field: 'name' }])).toEqual({ error: '列名对照有误：第1行：请填写文件中对应“事项名称”的列名' })
    expect(
      synonymsFromRows([
        { heading: '依据', field: 'legalBasis' },
        { heading: '清单事项', field: 'name' },
        { heading: '清单事项', field: 'remarks' },
      ]),
    ).toEqual({ error: '列名对照有误：第3行：列名“清单事项”已在第2行对应“事项名称”，不能再对应“备注”' })
    expect(IMPORT_FIELD_LABELS.ignored).toBe('（不导入此列）')
  })
})

describe('errors name sheet, row and column, in Chinese; nothing is planned', () => {
  const sheet = (rows: string[][]): SheetInput => ({ name: '清单', rows: [['编码', '事项类型', '事项名称', '子项'], ...rows] })
  const errorsOf = (rows: string[][], base = [] as ReturnType<typeof makeItem>[]) => {
    const plan = planDepartmentImport({ records: records(sheet(rows)), base })
    expect(plan.changes).toEqual([])
    return plan.errors
  }

  it('unknown category, listing the accepted names', () => {
    expect(errorsOf([['', '行政备案', 'x', '']])).toEqual([
      { sheet: '清单', row: 2, column: '事项类型', message: expect.stringMatching(/未知的事项类型“行政备案”，可用：行政许可（XK）、.*公共服务（GG）/) },
    ])
  })
  it('empty name', () => {
    expect(errorsOf([['', '行政许可', '', '']])).toEqual([{ sheet: '清单', row: 2, column: '事项名称', message: '事项名称为空' }])
  })
  it('malformed Quanze code', () => {
    expect(errorsOf([['XK-0001-000', '行政许可', 'x', '']])[0]).toMatchObject({ row: 2, column: '编码', message: expect.stringContaining('格式错误') })
  })
  it('a code twice, and category + name + sub-item twice', () => {
    expect(
      errorsOf([
        ['XK-00001-000', '行政许可', 'a', ''],
        ['XK-00001-000', '行政许可', 'b', ''],
      ])[0],
    ).toMatchObject({ row: 3, column: '编码', message: expect.stringContaining('重复') })
    expect(
      errorsOf(
        [
          ['', '行政许可', 'a', 's'],
          ['', '行政許可', 'a', 's'],
        ].map((r) => r.map((c) => c.replace('許', '许'))),
      )[0],
    ).toMatchObject({ row: 3, column: '事项名称', message: expect.stringContaining('第2行') })
  })
  it('a code whose letters contradict the category', () => {
    expect(errorsOf([['CF-00001-000', '行政许可', 'a', '']])[0].message).toContain('不一致')
  })
  it('a sheet with no recognisable header row', () => {
    expect(
      readSheet(
        {
          name: 'X',
          rows: [
            ['甲', '乙'],
            ['1', '2'],
          ],
        },
        match,
      ),
    ).toMatchObject({ sheet: 'X', message: expect.stringContaining('表头') })
  })
})

describe('headers of two rows and blank rows inside merges', () => {
  it('事项名称 merged over 主项名称 | 子项名称, the other headings merged down over both rows: one header, sub-items read', () => {
    const sheet: SheetInput = {
      name: '清单',
      rows: [
        ['某区市场监管局权责清单', '', '', '', ''],
        ['事项编码', '职权类别', '事项名称', '', '设定依据'],
        ['', '', '主项名称', '子项名称', ''],
        ['', '行政处罚', '对违反广告管理规定的处罚', '对发布虚假广告的处罚', '《中华人民共和国广告法》第五十五条'],
        ['', '行政处罚', '', '对广告主未经审查发布广告的处罚', '《中华人民共和国广告法》第五十八条'],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ],
    }
    const plan = planDepartmentImport({ records: records(sheet), base: [] })
    expect(plan.errors).toEqual([])
    expect(plan.items.map((i) => [i.code, i.name, i.parentCode])).toEqual([
      ['CF-00001-000', '对违反广告管理规定的处罚', null],
      ['CF-00001-001', '对发布虚假广告的处罚', 'CF-00001-000'],
      ['CF-00001-002', '对广告主未经审查发布广告的处罚', 'CF-00001-000'],
    ])
  })

  it('a blank spacer row inside a category merged down is skipped, though the merge fills its cell', () => {
    const sheet: SheetInput = {
      name: '清单',
      rows: [
        ['事项类型', '事项名称', '承办机构'],
        ['行政许可', '食品经营许可', '食品科'],
        // a reader gives a merged cell the value of its first cell: the spacer row is blank all the same
        ['行政许可', ' ', ''],
        ['行政许可', '药品经营许可', '药品科'],
      ],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
    }
    const plan = planDepartmentImport({ records: records(sheet), base: [] })
    expect(plan.errors).toEqual([])
    expect(plan.items.map((i) => i.name)).toEqual(['食品经营许可', '药品经营许可'])
  })
})
