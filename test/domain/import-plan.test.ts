import { describe, expect, it } from 'vitest'
import { headerMatcher, planDepartmentImport, readSheet, type ImportRecord } from '../../src/domain/import'
import { makeItem } from '../support/items'

/**
 * What a file proposes against the list in force, where rows are thin or twinned: catalogue rows,
 * blank cells over content in force, twins told apart by their codes, short foreign codes.
 */
function records(rows: string[][]): ImportRecord[] {
  const table = readSheet({ name: '清单', rows, merges: [] }, headerMatcher())
  if ('message' in table) throw new Error(table.message)
  return table.records
}

const HEADER = ['事项编码', '事项类型', '事项名称', '设定依据', '承办机构']
const inForce = [makeItem('XK-00001-000', { name: '食品经营许可' }), makeItem('XK-00002-000', { name: '广告发布登记' })]

describe('rows that leave cells empty', () => {
  it('a catalogue row (code, category, name) of an item in force keeps its content, in a sheet that has content columns', () => {
    const plan = planDepartmentImport({
      records: records([HEADER, ['XK-00001-000', '行政许可', '食品经营许可', '', ''], ['XK-00002-000', '行政许可', '广告发布登记', '', '']]),
      base: inForce,
    })
    expect(plan.errors).toEqual([])
    expect(plan.changes).toEqual([])
  })

  it('an empty cell beside filled ones still empties the field, with a warning naming the column and the item', () => {
    const plan = planDepartmentImport({
      records: records([HEADER, ['XK-00001-000', '行政许可', '食品经营许可', '', '市场监管局']]),
      base: inForce,
    })
    expect(plan.changes).toMatchObject([{ action: 'modify', code: 'XK-00001-000', item: { legalBasis: [], handlingUnit: '市场监管局' } }])
    expect(plan.warnings).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringMatching(/“食品经营许可”的“设定依据”为空：将清除现行清单中的该项内容/) }),
    ])
  })
})

describe('twins and codes', () => {
  it('two rows of the same name and category with different codes are two items, as an export of such a list has them', () => {
    const twins = [makeItem('CF-00001-000', { name: '对违反广告管理规定的处罚' }), makeItem('CF-00002-000', { name: '对违反广告管理规定的处罚' })]
    const plan = planDepartmentImport({
      records: records([
        HEADER,
        ['CF-00001-000', '行政处罚', '对违反广告管理规定的处罚', '', ''],
        ['CF-00002-000', '行政处罚', '对违反广告管理规定的处罚', '', ''],
      ]),
      base: twins,
    })
    expect(plan.errors).toEqual([])
    expect(plan.changes).toEqual([])
  })

  it('two rows of the same name without telling codes are still one item twice: an error naming both rows', () => {
    const plan = planDepartmentImport({
      records: records([HEADER, ['', '行政许可', '食品经营许可', '', ''], ['', '行政许可', '食品经营许可', '', '']]),
      base: [],
    })
    expect(plan.errors).toEqual([expect.objectContaining({ row: 3, message: expect.stringContaining('在本部门重复出现，另见工作表“清单”第2行') })])
  })

  it('a short foreign code like XK-001 becomes the source code; a Quanze code with the wrong digits is refused as a typo', () => {
    const plan = planDepartmentImport({ records: records([HEADER, ['XK-001', '行政许可', '网络交易平台经营许可', '', '']]), base: [] })
    expect(plan.errors).toEqual([])
    expect(plan.items.map((item) => [item.code, item.sourceCode])).toEqual([['XK-00001-000', 'XK-001']])
    const typo = planDepartmentImport({ records: records([HEADER, ['XK-0001-000', '行政许可', '网络交易平台经营许可', '', '']]), base: [] })
    expect(typo.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('事项编码“XK-0001-000”格式错误') })])
  })
})

describe('contact phones', () => {
  const PHONES = ['事项类型', '事项名称', '监督电话', '咨询电话', '备注']

  it('a phone cell that holds no phone is not stored as one: a warning names sheet, row and column, and the text goes to the remarks', () => {
    const plan = planDepartmentImport({
      records: records([
        PHONES,
        ['行政许可', '食品经营许可', 'abc', '0851-85986012、12345', '窗口办理'],
        ['行政许可', '广告发布登记', '（０２０）１２３４５６７８转１２３', '无', ''],
      ]),
      base: [],
    })
    expect(plan.errors).toEqual([])
    expect(plan.items.map((item) => [item.name, item.supervisionPhone, item.consultationPhone, item.remarks?.text ?? null])).toEqual([
      ['食品经营许可', null, '0851-85986012、12345', '窗口办理\n监督电话：abc'],
      ['广告发布登记', '（０２０）１２３４５６７８转１２３', null, null],
    ])
    expect(plan.warnings).toEqual([{ sheet: '清单', row: 2, column: '监督电话', message: expect.stringContaining('“abc”不是电话号码，已写入备注') }])
  })

  it('importing the same file again proposes nothing', () => {
    const first = planDepartmentImport({ records: records([PHONES, ['行政许可', '食品经营许可', '见办事指南', '12315', '']]), base: [] })
    const again = planDepartmentImport({ records: records([PHONES, ['行政许可', '食品经营许可', '见办事指南', '12315', '']]), base: first.items })
    expect(again.changes).toEqual([])
  })
})

describe('deadlines', () => {
  const HEADER_DEADLINES = ['事项编码', '事项类型', '事项名称', '法定办结时限', '承诺办结时限']

  it('a committed deadline longer than the statutory one is imported as written, with a warning naming the row and the code', () => {
    const plan = planDepartmentImport({
      records: records([
        HEADER_DEADLINES,
        ['', '行政许可', '食品经营许可', '20个工作日', '30个工作日'],
        ['XK-00002-000', '行政许可', '广告发布登记', '20个工作日', '15个工作日'],
        ['', '行政确认', '计量器具确认', '15日', '20个工作日'],
      ]),
      base: inForce,
    })
    expect(plan.errors).toEqual([])
    expect(plan.items.find((item) => item.name === '食品经营许可')).toMatchObject({
      statutoryDeadline: { value: 20, unit: 'workday' },
      committedDeadline: { value: 30, unit: 'workday' },
    })
    expect(plan.warnings).toEqual([
      {
        sheet: '清单',
        row: 2,
        column: '承诺办结时限',
        message: '“食品经营许可”（XK-00001-000）的承诺时限“30个工作日”长于法定时限“20个工作日”：已按原样导入，请核对',
      },
      {
        sheet: '清单',
        row: 4,
        column: '承诺办结时限',
        message: expect.stringMatching(/^“计量器具确认”（QR-00001-000）的承诺时限“20个工作日”长于法定时限“15日”/),
      },
    ])
  })

  it('a file without deadline columns says nothing of the deadlines in force', () => {
    const longer = [makeItem('XK-00001-000', { name: '食品经营许可', committedDeadline: { value: 30, unit: 'workday', note: null } })]
    const plan = planDepartmentImport({ records: records([HEADER, ['XK-00001-000', '行政许可', '食品经营许可', '', '']]), base: longer })
    expect(plan.warnings).toEqual([])
  })
})
