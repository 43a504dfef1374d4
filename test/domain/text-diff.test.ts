import { describe, it, expect } from 'vitest'
import { textDiff, tokenize } from '../../src/domain/diff/text-diff'
import type { TextOp } from '../../src/domain/diff/types'

const side = (ops: TextOp[], keep: 'delete' | 'insert') =>
  ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => o.value).join('')

describe('tokenize', () => {
  it('cuts CJK into characters and alphabetic text into words', () => {
    expect(tokenize('二十个工作日')).toEqual(['二', '十', '个', '工', '作', '日'])
    expect(tokenize('within 20 working days')).toEqual(['within', ' ', '20', ' ', 'working', ' ', 'days'])
    expect(tokenize('提交ID card复印件')).toEqual(['提', '交', 'ID', ' ', 'card', '复', '印', '件'])
    expect(tokenize('（第1份）《广告法》第29条，')).toEqual(['（', '第', '1', '份', '）', '《', '广', '告', '法', '》', '第', '29', '条', '，'])
  })

  it('cuts non-CJK text exactly like Intl.Segmenter word granularity', () => {
    const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })
    const samples = [
      'within 20 working days',
      "don't e.g. 3.5 1,000 foo,bar ABC123 a_b 0851-12315 x:y",
      'Art. 29(1); §3 — “quoted” ‘x’ 50% $5',
      'a  b\t\tc\r\nd',
      'Ωμέγα Привет 안녕 하세요',
      'cafe\u0301 nai\u0308ve', // decomposed accents: not simple, goes to the segmenter itself
      'สวัสดีครับ',
    ]
    for (const sample of samples) {
      expect(tokenize(sample)).toEqual([...segmenter.segment(sample)].map((s) => s.segment))
    }
  })
})

describe('textDiff', () => {
  it('reports Chinese edits character by character', () => {
    expect(textDiff('二十个工作日', '十五个工作日')).toEqual([
      { op: 'delete', value: '二' },
      { op: 'equal', value: '十' },
      { op: 'insert', value: '五' },
      { op: 'equal', value: '个工作日' },
    ])
  })

  it('reports a Chinese insertion inside a sentence without touching its neighbours', () => {
    expect(textDiff('申请人提交材料', '申请人提交全部材料')).toEqual([
      { op: 'equal', value: '申请人提交' },
      { op: 'insert', value: '全部' },
      { op: 'equal', value: '材料' },
    ])
  })

  it('reports English edits as whole words', () => {
    expect(textDiff('within 20 working days', 'within 15 working days')).toEqual([
      { op: 'equal', value: 'within ' },
      { op: 'delete', value: '20' },
      { op: 'insert', value: '15' },
      { op: 'equal', value: ' working days' },
    ])
    expect(textDiff('the licence is issued', 'the permit is issued')).toEqual([
      { op: 'equal', value: 'the ' },
      { op: 'delete', value: 'licence' },
      { op: 'insert', value: 'permit' },
      { op: 'equal', value: ' is issued' },
    ])
  })

  it('returns one equal op for identical strings and nothing for two empty ones', () => {
    expect(textDiff('自受理之日起20日内', '自受理之日起20日内')).toEqual([{ op: 'equal', value: '自受理之日起20日内' }])
    expect(textDiff('', '')).toEqual([])
  })

  it('handles an empty side as one insertion or one deletion', () => {
    expect(textDiff('', '新增条文')).toEqual([{ op: 'insert', value: '新增条文' }])
    expect(textDiff('删除条文', '')).toEqual([{ op: 'delete', value: '删除条文' }])
  })

  it('never leaves two adjacent ops of the same kind', () => {
    const ops = textDiff('由县级工商行政管理部门受理并审查', '由市场监督管理部门受理、审查并决定')
    for (let i = 1; i < ops.length; i++) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op)
  })

  const pairs: Array<[string, string]> = [
    ['二十个工作日', '十五个工作日'],
    ['within 20 working days', 'within 15 working days'],
    [
      '广播电台、电视台、报刊出版单位从事广告发布业务的，应当设有专门从事广告业务的机构。',
      '广播电台、电视台、报刊音像出版单位从事广告发布业务的，应当配备必要的人员，并办理广告发布登记。',
    ],
    ['对申请材料进行审查，提出审查意见 (review)', '审查申请材料，作出准予或不予许可的决定 (decision)'],
    ['完全不同的内容', 'something else entirely'],
    ['家庭👨‍👩‍👧成员', '家庭👩‍👩‍👦成员'],
    ['abc', ''],
    ['', 'xyz 一二三'],
    ['第一条\n第二条\n第三条', '第二条\n第三条\n第四条'],
  ]

  it.each(pairs)('reconstructs both sides: %s → %s', (before, after) => {
    const ops = textDiff(before, after)
    expect(side(ops, 'delete')).toBe(before)
    expect(side(ops, 'insert')).toBe(after)
    expect(ops.every((o) => o.value.length > 0)).toBe(true)
  })

  it('keeps emoji sequences whole (graphemes, not code units)', () => {
    expect(textDiff('家庭👨‍👩‍👧成员', '家庭👩‍👩‍👦成员')).toEqual([
      { op: 'equal', value: '家庭' },
      { op: 'delete', value: '👨‍👩‍👧' },
      { op: 'insert', value: '👩‍👩‍👦' },
      { op: 'equal', value: '成员' },
    ])
  })

  it('stays fast and correct on long unrelated texts', () => {
    const a = '甲乙丙丁戊己庚辛壬癸'.repeat(400)
    const b = '子丑寅卯辰巳午未申酉戌亥'.repeat(400)
    const started = performance.now()
    const ops = textDiff(a, b)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(side(ops, 'delete')).toBe(a)
    expect(side(ops, 'insert')).toBe(b)
  })
})
