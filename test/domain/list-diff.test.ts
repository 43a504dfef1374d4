import { describe, it, expect } from 'vitest'
import { diffLists } from '../../src/domain/diff/list-diff'
import type { PowerItem } from '../../src/domain/power-item'
import type { SnapshotRef } from '../../src/domain/snapshot-ref'
import { CATEGORIES, type CategoryCode } from '../../src/domain/categories'

/** A minimal valid item of a category; override what a test is about. */
function makeItem(code: string, name: string, overrides: Partial<PowerItem> = {}): PowerItem {
  const category = code.slice(0, 2) as CategoryCode
  return {
    code,
    name,
    category,
    categoryName: CATEGORIES[category]['zh-Hans'],
    parentCode: null,
    handlingUnit: '行政审批处',
    legalBasis: [
      {
        law: '《中华人民共和国行政许可法》',
        documentNo: null,
        article: '第二十九条',
        text: '公民、法人或者其他组织从事特定活动，依法需要取得行政许可的，应当向行政机关提出申请。',
      },
    ],
    conditions: null,
    materials: ['申请书'],
    procedure: [{ name: '受理', description: '审查申请材料是否齐全', deadline: '1个工作日' }],
    statutoryDeadline: { value: 20, unit: 'workday', note: null },
    committedDeadline: { value: 15, unit: 'workday', note: null },
    fees: { charged: false, items: [] },
    responsibilities: [{ stage: 'acceptance', duty: '一次性告知需要补正的全部内容', basis: null }],
    accountability: ['对符合法定条件的申请不予受理的'],
    supervisionPhone: '0851-12315',
    consultationPhone: null,
    remarks: null,
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    ...overrides,
  }
}

const REF_2015: SnapshotRef = { id: 'snap-2015', effectiveFrom: '2015-07-01', hash: 'a'.repeat(64) }
const REF_2016: SnapshotRef = { id: 'snap-2016', effectiveFrom: '2016-10-01', hash: 'b'.repeat(64) }

const LIST_2015 = [
  makeItem('XK-00001-000', '企业名称预先核准'),
  makeItem('XK-00002-000', '广告发布登记'),
  makeItem('XK-00003-000', '印铸刻字业登记'),
  makeItem('CF-00001-000', '对虚假广告的处罚'),
]
const LIST_2016 = [
  // XK-00003 repealed; XK-00001 deadline shortened; XK-00002 only re-dated (not a change); GG added.
  makeItem('GG-00001-000', '企业登记信息查询', { procedure: [], legalBasis: [] }),
  makeItem('CF-00001-000', '对虚假广告的处罚'),
  makeItem('XK-00002-000', '广告发布登记', { effectiveFrom: '2016-10-01' }),
  makeItem('XK-00001-000', '企业名称预先核准', { committedDeadline: { value: 10, unit: 'workday', note: null } }),
]

describe('diffLists', () => {
  const diff = diffLists({ ref: REF_2015, items: LIST_2015 }, { ref: REF_2016, items: LIST_2016 })

  it('classifies added, modified and repealed items, sorted by code, omitting unchanged ones', () => {
    expect(diff.items.map((i) => [i.code, i.change])).toEqual([
      ['GG-00001-000', 'added'],
      ['XK-00001-000', 'modified'],
      ['XK-00003-000', 'repealed'],
    ])
    expect(diff.summary).toMatchObject({ added: 1, modified: 1, repealed: 1 })
    expect(diff.from).toBe(REF_2015)
    expect(diff.to).toBe(REF_2016)
  })

  it('carries name, category and the field changes of each item', () => {
    const modified = diff.items.find((i) => i.code === 'XK-00001-000')!
    expect(modified).toMatchObject({ name: '企业名称预先核准', category: 'XK' })
    expect(modified.fields.map((f) => [f.path, f.kind, f.before, f.after])).toEqual([['committedDeadline.value', 'changed', 15, 10]])
    const repealed = diff.items.find((i) => i.code === 'XK-00003-000')!
    expect(repealed).toMatchObject({ name: '印铸刻字业登记', category: 'XK' })
    expect(repealed.fields.every((f) => f.kind === 'removed')).toBe(true)
    const added = diff.items.find((i) => i.code === 'GG-00001-000')!
    expect(added).toMatchObject({ name: '企业登记信息查询', category: 'GG' })
    expect(added.fields.find((f) => f.path === 'name')).toMatchObject({ kind: 'added', after: '企业登记信息查询' })
  })

  it('reports totals by category before and after', () => {
    expect(diff.summary.before).toEqual({
      all: 4,
      powers: 4,
      byCategory: { XK: 3, CF: 1, QZ: 0, ZS: 0, JF: 0, JC: 0, QR: 0, JL: 0, CJ: 0, QT: 0, GG: 0 },
    })
    expect(diff.summary.after).toEqual({
      all: 4,
      powers: 3,
      byCategory: { XK: 2, CF: 1, QZ: 0, ZS: 0, JF: 0, JC: 0, QR: 0, JL: 0, CJ: 0, QT: 0, GG: 1 },
    })
  })

  it('gives zero items and zero counts for identical lists, whatever their order', () => {
    const same = diffLists({ ref: REF_2015, items: LIST_2015 }, { ref: REF_2016, items: [...LIST_2015].reverse() })
    expect(same.items).toEqual([])
    expect(same.summary).toMatchObject({ added: 0, modified: 0, repealed: 0 })
    expect(same.summary.before).toEqual(same.summary.after)
  })

  it('treats a null base as an empty list: everything added', () => {
    const first = diffLists({ ref: null, items: [] }, { ref: REF_2015, items: LIST_2015 })
    expect(first.from).toBeNull()
    expect(first.items.map((i) => [i.code, i.change])).toEqual([
      ['CF-00001-000', 'added'],
      ['XK-00001-000', 'added'],
      ['XK-00002-000', 'added'],
      ['XK-00003-000', 'added'],
    ])
    expect(first.summary).toMatchObject({ added: 4, modified: 0, repealed: 0 })
    expect(first.summary.before.all).toBe(0)
  })

  it('refuses a list with a duplicated code', () => {
    const doubled = [...LIST_2015, makeItem('XK-00001-000', '重复')]
    expect(() => diffLists({ ref: REF_2015, items: LIST_2015 }, { ref: REF_2016, items: doubled })).toThrow(
      'item code XK-00001-000 appears twice in the to list',
    )
  })
})
