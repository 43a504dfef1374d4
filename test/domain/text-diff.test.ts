import { describe, it, expect } from 'vitest'
import { textDiff, tokenize } from '../../src/domain/diff/text-diff'
import type { TextOp } from '../../src/domain/diff/types'

const side = (ops: TextOp[], keep: 'delete' | 'insert') =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.value)
    .join('')

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

  it('reconstructs both sides of 500 random edits of mixed text', () => {
    const random = seeded(42)
    const alphabet = ['二', '十', '个', '工', '作', '日', '，', ' ', 'days', '20', 'a', '\u0301', '👍', '\n', '《', '法']
    const text = () => Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    for (let i = 0; i < 500; i++) {
      const before = text()
      const after = random() < 0.5 ? text() : before.slice(0, Math.floor(random() * before.length)) + text()
      const ops = textDiff(before, after)
      expect([side(ops, 'delete'), side(ops, 'insert')]).toEqual([before, after])
    }
  })

  it('is minimal on Chinese: edited characters = n + m - 2·LCS (below the rewrite threshold)', () => {
    const random = seeded(7)
    const chars = [...'申请材料审查受理决定']
    for (let i = 0; i < 300; i++) {
      const before = Array.from({ length: Math.floor(random() * 12) }, () => chars[Math.floor(random() * 4)]).join('')
      const after = Array.from({ length: Math.floor(random() * 12) }, () => chars[Math.floor(random() * 4)]).join('')
      const edited = textDiff(before, after)
        .filter((o) => o.op !== 'equal')
        .reduce((sum, o) => sum + o.value.length, 0)
      const minimal = before.length + after.length - 2 * lcs(before, after)
      if (minimal <= 16) expect(edited).toBe(minimal)
      else expect(edited).toBe(before.length + after.length) // reported as rewritten
    }
  })

  it('keeps emoji sequences whole (graphemes, not code units)', () => {
    expect(textDiff('家庭👨‍👩‍👧成员', '家庭👩‍👩‍👦成员')).toEqual([
      { op: 'equal', value: '家庭' },
      { op: 'delete', value: '👨‍👩‍👧' },
      { op: 'insert', value: '👩‍👩‍👦' },
      { op: 'equal', value: '成员' },
    ])
  })

  it('reports a rewritten text as one deletion and one insertion, not coincidental matches', () => {
    const before = '对申请材料进行形式审查，材料齐全的予以受理'
    const after = '依法公示企业信用信息，接受社会监督和查询'
    expect(textDiff(before, after)).toEqual([
      { op: 'delete', value: before },
      { op: 'insert', value: after },
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

/** mulberry32: deterministic pseudo-random numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Length of the longest common subsequence of two strings of BMP characters (textbook DP). */
function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!)
      diagonal = above
    }
  }
  return row[b.length]!
}
