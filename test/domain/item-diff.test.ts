import { describe, it, expect } from 'vitest'
import { diffItem } from '../../src/domain/diff/item-diff'
import { labelFor } from '../../src/domain/diff/field-labels'
import type { LegalBasis, PowerItem } from '../../src/domain/power-item'

const ADVERTISING_LAW_29: LegalBasis = {
  law: '《中华人民共和国广告法》',
  documentNo: '主席令第22号',
  article: '第二十九条',
  text: '广播电台、电视台、报刊出版单位从事广告发布业务的，应当设有专门从事广告业务的机构，配备必要的人员，具有与发布广告相适应的场所、设备，并向县级以上地方工商行政管理部门办理广告发布登记。',
}
const REGISTRATION_RULES_3: LegalBasis = {
  law: '《广告发布登记管理规定》',
  documentNo: '国家工商行政管理总局令第89号',
  article: '第三条',
  text: '广告发布单位应当向所在地县级以上地方工商行政管理部门申请办理广告发布登记。',
}

/** A minimal valid licensing item (广告发布登记); override what a test is about. */
function makeItem(overrides: Partial<PowerItem> = {}): PowerItem {
  return {
    code: 'XK-00001-000',
    name: '广告发布登记',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [ADVERTISING_LAW_29],
    conditions: '具有专门从事广告业务的机构和人员，具有与发布广告相适应的场所、设备。',
    materials: ['广告发布登记申请表', '营业执照副本'],
    procedure: [
      { name: '受理', description: '对申请材料进行形式审查，材料齐全的予以受理', deadline: '1个工作日' },
      { name: '审查', description: '对申请材料的实质内容进行审查', deadline: '10个工作日' },
      { name: '决定', description: '作出准予登记或不予登记的决定', deadline: '2个工作日' },
    ],
    statutoryDeadline: { value: 20, unit: 'workday', note: null },
    committedDeadline: { value: 20, unit: 'workday', note: null },
    fees: { charged: false, items: [] },
    responsibilities: [
      { stage: 'acceptance', duty: '公示依法应当提交的材料，一次性告知补正材料', basis: null },
      { stage: 'review', duty: '对申请人提交的申请材料进行审查，提出审查意见', basis: null },
      { stage: 'decision', duty: '作出准予或者不予登记的决定，不予登记的说明理由', basis: null },
    ],
    accountability: ['对符合法定条件的申请不予受理的', '对不符合法定条件的申请人准予登记的'],
    supervisionPhone: '0851-12315',
    consultationPhone: '0851-86828000',
    remarks: null,
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    ...overrides,
  }
}

describe('diffItem', () => {
  it('reports a committed deadline change as exactly committedDeadline.value 20 → 15', () => {
    const before = makeItem()
    const after = makeItem({ committedDeadline: { value: 15, unit: 'workday', note: null } })
    expect(diffItem(before, after)).toStrictEqual([
      {
        path: 'committedDeadline.value',
        label: { 'zh-Hans': '承诺办结时限·时限', en: 'Committed deadline · value' },
        kind: 'changed',
        before: 20,
        after: 15,
      },
    ])
  })

  it('returns [] for identical items, including a deep copy', () => {
    const item = makeItem()
    expect(diffItem(item, item)).toEqual([])
    expect(diffItem(item, structuredClone(item))).toEqual([])
  })

  it('ignores reordered legal basis, responsibilities, procedure, materials and accountability', () => {
    const before = makeItem({ legalBasis: [ADVERTISING_LAW_29, REGISTRATION_RULES_3] })
    const after = makeItem({
      legalBasis: [REGISTRATION_RULES_3, ADVERTISING_LAW_29],
      responsibilities: [...before.responsibilities].reverse(),
      procedure: [before.procedure[2]!, before.procedure[0]!, before.procedure[1]!],
      materials: [...before.materials].reverse(),
      accountability: [...before.accountability].reverse(),
    })
    expect(diffItem(before, after)).toEqual([])
  })

  it('ignores publication metadata and the derived category name', () => {
    const after = makeItem({ effectiveFrom: '2016-10-01', effectiveTo: '2017-12-31', categoryName: '许可' })
    expect(diffItem(makeItem(), after)).toEqual([])
  })

  it('reports a new legal basis clause as one added entry keyed by law and article', () => {
    const after = makeItem({ legalBasis: [ADVERTISING_LAW_29, REGISTRATION_RULES_3] })
    expect(diffItem(makeItem(), after)).toStrictEqual([
      {
        path: 'legalBasis[《广告发布登记管理规定》 第三条]',
        label: { 'zh-Hans': '设定依据/实施依据', en: 'Legal basis' },
        kind: 'added',
        before: null,
        after: REGISTRATION_RULES_3,
      },
    ])
  })

  it('reports a reworded duty as changed with a character-level text diff', () => {
    const before = makeItem()
    const after = makeItem({
      responsibilities: before.responsibilities.map((r) => (r.stage === 'review' ? { ...r, duty: '对申请人提交的申请材料进行实质审查，提出书面审查意见' } : r)),
    })
    expect(diffItem(before, after)).toStrictEqual([
      {
        path: 'responsibilities[review].duty',
        label: { 'zh-Hans': '责任事项·责任内容', en: 'Responsibilities · duty' },
        kind: 'changed',
        before: '对申请人提交的申请材料进行审查，提出审查意见',
        after: '对申请人提交的申请材料进行实质审查，提出书面审查意见',
        text: [
          { op: 'equal', value: '对申请人提交的申请材料进行' },
          { op: 'insert', value: '实质' },
          { op: 'equal', value: '审查，提出' },
          { op: 'insert', value: '书面' },
          { op: 'equal', value: '审查意见' },
        ],
      },
    ])
  })

  it('shows a clause moved from item A to item B as removed in A and added in B', () => {
    const aBefore = makeItem({ legalBasis: [ADVERTISING_LAW_29, REGISTRATION_RULES_3] })
    const aAfter = makeItem({ legalBasis: [ADVERTISING_LAW_29] })
    const bBefore = makeItem({ code: 'XK-00002-000', name: '广告发布登记变更', legalBasis: [] })
    const bAfter = makeItem({ code: 'XK-00002-000', name: '广告发布登记变更', legalBasis: [REGISTRATION_RULES_3] })

    const path = 'legalBasis[《广告发布登记管理规定》 第三条]'
    expect(diffItem(aBefore, aAfter)).toEqual([{ path, label: labelFor(path), kind: 'removed', before: REGISTRATION_RULES_3, after: null }])
    expect(diffItem(bBefore, bAfter)).toEqual([{ path, label: labelFor(path), kind: 'added', before: null, after: REGISTRATION_RULES_3 }])
  })

  it('uses identity paths for procedure steps, materials and fee items', () => {
    const before = makeItem()
    const after = makeItem({
      procedure: before.procedure.map((s) => (s.name === '受理' ? { ...s, deadline: '即时' } : s)),
      materials: ['广告发布登记申请表', '法定代表人身份证明'],
      fees: { charged: true, items: [{ name: '登记费', standard: '每件50元', basis: null }] },
    })
    expect(diffItem(before, after).map(({ path, kind, before, after }) => ({ path, kind, before, after }))).toEqual([
      { path: 'materials[法定代表人身份证明]', kind: 'added', before: null, after: '法定代表人身份证明' },
      { path: 'materials[营业执照副本]', kind: 'removed', before: '营业执照副本', after: null },
      { path: 'procedure[受理].deadline', kind: 'changed', before: '1个工作日', after: '即时' },
      { path: 'fees.charged', kind: 'changed', before: false, after: true },
      {
        path: 'fees.items[登记费]',
        kind: 'added',
        before: null,
        after: { name: '登记费', standard: '每件50元', basis: null },
      },
    ])
  })

  it('diffs a legal basis text inside its clause and labels it parent + sub-field', () => {
    const after = makeItem({
      legalBasis: [{ ...ADVERTISING_LAW_29, text: ADVERTISING_LAW_29.text.replace('县级以上', '设区的市级以上') }],
    })
    const [field, ...rest] = diffItem(makeItem(), after)
    expect(rest).toEqual([])
    expect(field!.path).toBe('legalBasis[《中华人民共和国广告法》 第二十九条].text')
    expect(field!.label).toEqual({ 'zh-Hans': '设定依据/实施依据·条文内容', en: 'Legal basis · text' })
    expect(field!.text!.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', value: '县' },
      { op: 'insert', value: '设区的市' },
    ])
  })

  it('gives short changed strings no text diff and a null → value change kind added', () => {
    const after = makeItem({ handlingUnit: '行政审批处', parentCode: 'XK-00001-000' })
    expect(diffItem(makeItem(), after)).toStrictEqual([
      {
        path: 'parentCode',
        label: { 'zh-Hans': '主项编码', en: 'Main item code' },
        kind: 'added',
        before: null,
        after: 'XK-00001-000',
      },
      {
        path: 'handlingUnit',
        label: { 'zh-Hans': '承办机构', en: 'Handling unit' },
        kind: 'changed',
        before: '广告监督管理处',
        after: '行政审批处',
      },
    ])
  })

  it('text-diffs remarks.text however short and leaves out the html that renders it', () => {
    const before = makeItem({ remarks: { text: '无', html: '<p>无</p>' } })
    const after = makeItem({ remarks: { text: '暂无', html: '<p>暂无</p>' } })
    expect(diffItem(before, after)).toStrictEqual([
      {
        path: 'remarks.text',
        label: { 'zh-Hans': '备注·文本', en: 'Remarks · text' },
        kind: 'changed',
        before: '无',
        after: '暂无',
        text: [
          { op: 'insert', value: '暂' },
          { op: 'equal', value: '无' },
        ],
      },
    ])
  })

  it('keeps two clauses with the same identity apart', () => {
    const twice = makeItem({ legalBasis: [ADVERTISING_LAW_29, { ...ADVERTISING_LAW_29, documentNo: null }] })
    const paths = diffItem(makeItem(), twice).map((f) => [f.path, f.kind])
    expect(paths).toEqual([['legalBasis[《中华人民共和国广告法》 第二十九条 #2]', 'added']])
  })

  it('lists the fields of a whole added or repealed item, skipping empty ones and the code', () => {
    const item = makeItem()
    const added = diffItem(null, item)
    expect(added.map((f) => f.path)).toEqual([
      'name',
      'category',
      'handlingUnit',
      'legalBasis',
      'conditions',
      'materials',
      'procedure',
      'statutoryDeadline',
      'committedDeadline',
      'fees',
      'responsibilities',
      'accountability',
      'supervisionPhone',
      'consultationPhone',
    ])
    expect(added.every((f) => f.kind === 'added' && f.before === null)).toBe(true)
    expect(added.find((f) => f.path === 'materials')!.after).toEqual(['广告发布登记申请表', '营业执照副本'])
    const removed = diffItem(item, null)
    expect(removed.map((f) => [f.path, f.kind, f.after])[0]).toEqual(['name', 'removed', null])
    expect(diffItem(null, null)).toEqual([])
  })
})

describe('labelFor', () => {
  it('joins parent and sub-field labels and ignores identities', () => {
    expect(labelFor('legalBasis[《中华人民共和国广告法》 第二十九条].text')).toEqual({
      'zh-Hans': '设定依据/实施依据·条文内容',
      en: 'Legal basis · text',
    })
    expect(labelFor('fees.items[登记费].standard')).toEqual({
      'zh-Hans': '收费·收费项目·收费标准',
      en: 'Fees · items · standard',
    })
    expect(labelFor('statutoryDeadline')).toEqual({ 'zh-Hans': '法定办结时限', en: 'Statutory deadline' })
    expect(labelFor('procedure[受理].deadline')).toEqual({ 'zh-Hans': '办理流程·环节时限', en: 'Procedure · deadline' })
  })

  it('keeps brackets and dots inside an identity and falls back to raw names for unknown fields', () => {
    expect(labelFor('legalBasis[《条例》[2019] 第3.1条].text').en).toBe('Legal basis · text')
    expect(labelFor('newField.sub')).toEqual({ 'zh-Hans': 'newField·sub', en: 'newField · sub' })
    expect(labelFor('constructor')).toEqual({ 'zh-Hans': 'constructor', en: 'constructor' })
  })
})
