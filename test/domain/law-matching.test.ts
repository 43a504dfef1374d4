import { describe, expect, it } from 'vitest'
import { changeTitle, draftForItem, type LawChange } from '../../src/domain/laws/draft'
import { impactOf, unresolvedCitations } from '../../src/domain/laws/impact'
import { changeOn, statusOn, versionOn, type Law } from '../../src/domain/laws/law'
import { closestLaws, lawIndex, resolveCitation } from '../../src/domain/laws/match'
import { articleOf, normaliseDocumentNo, normaliseTitle } from '../../src/domain/laws/normalise'
import type { LegalBasis } from '../../src/domain/power-item'
import { makeItem } from '../support/items'

function law(id: string, title: string, overrides: Partial<Law> = {}): Law {
  return { id, title, aliases: [], links: [], level: 'administrative-regulation', issuingBody: '国务院', documentNo: null, versions: [], ...overrides }
}

const companyRegistration = law('156', '中华人民共和国公司登记管理条例', {
  documentNo: '国务院令第156号',
  aliases: ['公司登记条例'],
  versions: [
    { effectiveFrom: null, status: 'in-force', documentNo: '国务院令第156号', replacedBy: null, articleMap: [], note: null },
    { effectiveFrom: '2022-03-01', status: 'repealed', documentNo: null, replacedBy: '746', articleMap: [], note: null },
  ],
})
const marketEntities = law('746', '中华人民共和国市场主体登记管理条例', {
  documentNo: '国务院令第746号',
  versions: [{ effectiveFrom: '2022-03-01', status: 'in-force', documentNo: '国务院令第746号', replacedBy: null, articleMap: [], note: null }],
})
const unlicensed = law('370', '无照经营查处取缔办法', { documentNo: '国务院令第370号' })
const companyLaw = law('8', '中华人民共和国公司法', { level: 'law', documentNo: '主席令第八号' })
const licensingLaw = law('7a', '中华人民共和国行政许可法', { level: 'law', documentNo: '主席令第七号' })
const consumerLaw = law('7b', '中华人民共和国消费者权益保护法', { level: 'law', documentNo: '主席令第七号', aliases: ['消法'] })
const index = lawIndex([companyRegistration, marketEntities, unlicensed, companyLaw, licensingLaw, consumerLaw])

const basis = (lawTitle: string, article: string | null = null, documentNo: string | null = null): LegalBasis => ({
  law: lawTitle,
  documentNo,
  article,
  text: '……',
})

describe('normalising a law title', () => {
  it.each([
    ['中华人民共和国公司登记管理条例'],
    ['《中华人民共和国公司登记管理条例》'],
    ['公司登记管理条例'],
    ['《公司登记管理条例》'],
    ['公司登记管理条例（2016年修订）'],
    ['《中华人民共和国公司登记管理条例》(2014年修订)'],
    ['公司登记管理条例〔国务院令第156号〕'],
    ['《公司登记管理条例》（国务院令第156号）（2016年修订）'],
    [' 《 公司登记管理条例 》 '],
    ['中華人民共和國公司登記管理條例'],
    ['《公司登記管理條例》'],
    ['公司登记管理条例第十七条第一款'],
    ['公司登记管理条例2016年修订'],
    ['〈公司登记管理条例〉，'],
  ])('%s → 公司登记管理条例', (written) => {
    expect(normaliseTitle(written)).toBe('公司登记管理条例')
  })

  it('keeps what tells two laws apart', () => {
    expect(normaliseTitle('中华人民共和国公司法')).not.toBe(normaliseTitle('公司登记管理条例'))
    expect(normaliseTitle('无照经营查处取缔办法')).not.toBe(normaliseTitle('无证无照经营查处办法'))
  })

  it('reads document numbers and articles written every which way', () => {
    expect(normaliseDocumentNo('國務院令 第156號')).toBe(normaliseDocumentNo('国务院令第156号'))
    expect(normaliseDocumentNo('国发[1987]94号')).toBe('国发〔1987〕94号')
    expect(normaliseDocumentNo('国发（1987）94号')).toBe('国发〔1987〕94号')
    expect(articleOf('第十七条第一款')).toBe('第十七条')
    expect(articleOf('第七条第（四）项')).toBe('第七条')
  })
})

describe('resolving a citation to a law', () => {
  it('matches by title however it is written, in traditional characters too', () => {
    for (const written of ['《中华人民共和国公司登记管理条例》', '公司登记管理条例（2016年修订）', '中華人民共和國公司登記管理條例']) {
      expect(resolveCitation(basis(written), index)).toEqual({ lawId: '156', by: 'title' })
    }
  })

  it('matches aliases and hand-made links', () => {
    expect(resolveCitation(basis('《公司登记条例》'), index)).toEqual({ lawId: '156', by: 'alias' })
    expect(resolveCitation(basis('消法'), index)).toEqual({ lawId: '7b', by: 'alias' })
    const linked = lawIndex([{ ...unlicensed, links: ['无照经营取缔办法'] }])
    expect(resolveCitation(basis('《无照经营取缔办法》'), linked)).toEqual({ lawId: '370', by: 'link' })
  })

  it('falls back on the document number only when it names one law', () => {
    expect(resolveCitation(basis('无照经营办法', null, '國務院令第370號'), index)).toEqual({ lawId: '370', by: 'documentNo' })
    // 主席令第七号 promulgated both the licensing law (2003) and the consumer law (2013)
    expect(resolveCitation(basis('某法', null, '主席令第七号'), index)).toBeNull()
  })

  it('lets the document number decide between laws sharing a name', () => {
    const shared = lawIndex([law('a', '某某条例', { documentNo: '国务院令第1号' }), law('b', '某某条例', { documentNo: '国务院令第2号' })])
    expect(resolveCitation(basis('某某条例', null, '国务院令第2号'), shared)?.lawId).toBe('b')
    expect(resolveCitation(basis('某某条例'), shared)).toBeNull()
  })

  it('resolves nothing for an unknown law and offers the closest', () => {
    expect(resolveCitation(basis('贵州省著名商标认定和保护办法'), index)).toBeNull()
    const candidates = closestLaws(basis('公司登记管理暂行条例'), index)
    expect(candidates[0]).toMatchObject({ lawId: '156', title: '中华人民共和国公司登记管理条例' })
    expect(closestLaws(basis('烟草专卖法'), index)).toEqual([])
  })
})

describe('a law on a date', () => {
  it('is in force until its repeal, and its change is the repeal', () => {
    expect(statusOn(companyRegistration, '2016-10-01')).toBe('in-force')
    expect(statusOn(companyRegistration, '2022-02-28')).toBe('in-force')
    expect(statusOn(companyRegistration, '2022-03-01')).toBe('repealed')
    expect(statusOn(marketEntities, '2021-12-31')).toBe('not-yet-in-force')
    expect(statusOn(companyLaw, '2020-01-01')).toBe('unknown')
    expect(versionOn(companyRegistration, '2016-10-01')?.documentNo).toBe('国务院令第156号')
    expect(changeOn(companyRegistration, '2022-03-01')?.status).toBe('repealed')
    expect(changeOn(companyRegistration, '2022-02-28')).toBeNull()
  })
})

describe('impact of a change across lists', () => {
  const lists = [
    {
      department: 'gz-aic',
      items: [
        makeItem('XK-00002-000', {
          legalBasis: [basis('中华人民共和国公司法', '第六条'), basis('中华人民共和国公司登记管理条例', '第七条'), basis('《公司登记管理条例》', '第四十二条')],
        }),
        makeItem('CF-00001-000', { legalBasis: [basis('中華人民共和國公司登記管理條例', '第六十三条')] }),
        makeItem('CF-00005-000', { legalBasis: [basis('无照经营查处取缔办法', '第十四条')] }),
      ],
    },
    { department: 'gz-tax', items: [makeItem('CF-00001-000', { legalBasis: [basis('公司登记条例', null)] })] },
    { department: 'gz-edu', items: [makeItem('XK-00001-000')] },
  ]

  it('lists every item citing the law, with its articles, grouped by department and counted by category', () => {
    const impact = impactOf(lists, '156', index)
    expect(impact.totals).toEqual({ departments: 2, items: 3, byCategory: { XK: 1, CF: 2 } })
    expect(impact.departments.map((entry) => entry.department)).toEqual(['gz-aic', 'gz-tax'])
    expect(impact.departments[0].items).toEqual([
      { code: 'CF-00001-000', name: '事项 CF-00001-000', category: 'CF', articles: ['第六十三条'] },
      { code: 'XK-00002-000', name: '事项 XK-00002-000', category: 'XK', articles: ['第七条', '第四十二条'] },
    ])
    expect(impact.departments[1].items[0].articles).toEqual([])
  })

  it('reports citations matching no law once per department, with the items citing them', () => {
    const report = unresolvedCitations(
      [
        {
          department: 'gz-aic',
          items: [
            makeItem('QR-00002-000', { legalBasis: [basis('贵州省著名商标认定和保护办法', null), basis('贵州省著名商标认定和保护办法', '第二十九条')] }),
            makeItem('QR-00003-000', { legalBasis: [basis('贵州省著名商标认定和保护办法'), basis('中华人民共和国公司法')] }),
          ],
        },
      ],
      index,
    )
    expect(report).toHaveLength(1)
    expect(report[0].citations).toEqual([{ law: '贵州省著名商标认定和保护办法', documentNo: null, items: ['QR-00002-000', 'QR-00003-000'], candidates: [] }])
  })
})

describe('drafting a revision from a change', () => {
  const repeal: LawChange = { law: companyRegistration, change: changeOn(companyRegistration, '2022-03-01')!, replacement: marketEntities }

  it('flags an item whose only basis is repealed, keeping it unchanged, with a note saying why', () => {
    const item = makeItem('CF-00001-000', { legalBasis: [basis('《公司登记管理条例》', '第六十三条')] })
    const draft = draftForItem(item, repeal, index)
    expect(draft.flagged).toBe(true)
    expect(draft.item).toEqual(item)
    expect(draft.note).toContain('自2022-03-01起废止，由《中华人民共和国市场主体登记管理条例》（国务院令第746号）取代')
    expect(draft.note).toContain('第六十三条：条文对照表未载明去向')
    expect(draft.note).toContain('系统不会自动取消')
    expect(changeTitle(repeal)).toBe('因《中华人民共和国公司登记管理条例》2022-03-01废止而修订')
  })

  it('rewrites citations the article map covers, keeping paragraphs, and says which it could not', () => {
    const mapped: LawChange = {
      ...repeal,
      change: {
        ...repeal.change,
        articleMap: [
          { from: '第十七条', to: '第八条' },
          { from: '第十九条', to: null },
        ],
      },
    }
    const item = makeItem('XK-00001-000', {
      legalBasis: [
        basis('公司登记管理条例', '第十七条第一款', '国务院令第156号'),
        basis('公司登记管理条例', '第十九条'),
        basis('中华人民共和国公司法', '第六条'),
      ],
    })
    const draft = draftForItem(item, mapped, index)
    expect(draft.item.legalBasis[0]).toEqual({ law: '中华人民共和国市场主体登记管理条例', documentNo: '国务院令第746号', article: '第八条第一款', text: '……' })
    expect(draft.item.legalBasis[1]).toEqual(item.legalBasis[1])
    expect(draft.item.legalBasis[2]).toEqual(item.legalBasis[2])
    expect(draft.rewritten).toBe(1)
    expect(draft.flagged).toBe(true)
    expect(draft.note).toContain('第十九条：该条已删除')
    expect(draft.note).not.toContain('系统不会自动取消') // it still rests on the company law
  })

  it('renumbers an amended law under its register title and new document number', () => {
    const adLaw = law('ad', '中华人民共和国广告法', { level: 'law', documentNo: '主席令第三十四号' })
    const amendment: LawChange = {
      law: adLaw,
      replacement: null,
      change: {
        effectiveFrom: '2015-09-01',
        status: 'amended',
        documentNo: '主席令第二十二号',
        replacedBy: null,
        articleMap: [{ from: '第三十七条', to: '第五十五条' }],
        note: null,
      },
    }
    const item = makeItem('CF-00006-000', { legalBasis: [basis('《广告法》', '第三十七条', '主席令第三十四号')] })
    const draft = draftForItem(item, amendment, lawIndex([adLaw]))
    expect(draft.item.legalBasis[0]).toEqual({ law: '中华人民共和国广告法', documentNo: '主席令第二十二号', article: '第五十五条', text: '……' })
    expect(draft.flagged).toBe(false)
  })
})
