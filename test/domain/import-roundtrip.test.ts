import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXPORT_COLUMNS, formatLegalBasis, headerMatcher, parseLegalBasis, planDepartmentImport, readSheet, type SheetTable } from '../../src/domain/import'
import type { LegalBasis } from '../../src/domain/power-item'
import { diffItem } from '../../src/domain/diff'
import { exportedSheet, generatedList, list2015, list2016 } from '../support/import-fixtures'

function tableOf(items: Parameters<typeof exportedSheet>[0]): SheetTable {
  const table = readSheet(exportedSheet(items), headerMatcher())
  if ('message' in table) throw new Error(table.message)
  return table
}

describe('round trip: export rows → import with full gives an empty diff', () => {
  for (const [label, list] of [
    ['2015 sample list', list2015],
    ['2016 sample list', list2016],
    ['generated 5,000-item list', generatedList(5000)],
  ] as const) {
    it(
      label,
      () => {
        const plan = planDepartmentImport({ records: tableOf(list).records, base: list, full: true })
        expect(plan.errors).toEqual([])
        const firstChange = plan.changes[0]
        const base = firstChange && list.find((item) => item.code === firstChange.code)
        expect(
          plan.changes,
          firstChange && firstChange.action !== 'repeal'
            ? JSON.stringify(diffItem(base ?? null, firstChange.item), null, 1).slice(0, 3000)
            : JSON.stringify(firstChange),
        ).toEqual([])
        expect(plan.assigned).toEqual([])
      },
      120_000,
    )
  }

  it('cells starting with = + - @ are neutralised in the file and come back unchanged', () => {
    const risky = list2016.slice(0, 4).map((item, i) => ({ ...item, remarks: { text: ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'][i], html: '' } }))
    const sheet = exportedSheet(risky)
    const cells = sheet.rows.slice(2).map((row) => row[EXPORT_COLUMNS.findIndex((c) => c.header === '备注')])
    expect(cells).toEqual(['\'=HYPERLINK("http://x","y")', "'+1", "'-2", "'@SUM(A1)"])
    const plan = planDepartmentImport({ records: tableOf(risky).records, base: [] })
    expect(plan.items.map((item) => item.remarks?.text)).toEqual(risky.map((item) => item.remarks.text))
  })

  it('into an empty department, every item is added with the same content and code', () => {
    const plan = planDepartmentImport({ records: tableOf(list2016).records, base: [] })
    expect(plan.errors).toEqual([])
    expect(plan.changes.map((c) => c.action)).toEqual(list2016.map(() => 'add'))
    for (const item of list2016)
      expect(
        diffItem(
          item,
          plan.items.find((each) => each.code === item.code)!,
        ),
      ).toEqual([])
  })
})

describe('legal bases: export then import gives the same entries', () => {
  const roundTrip = (entries: LegalBasis[]) => parseLegalBasis(formatLegalBasis(entries)).value

  // cells as offices write them: titles in 《》 <<>> 〈〉 (nested too), articles, document numbers, numbering, level
  // tags, lead-ins, laws quoted inside text, separators and line breaks in any order
  const TITLES = ['中华人民共和国食品安全法', '某法', '国务院关于印发〈方案〉的通知', '贵州省条例', '《中华人民共和国行政许可法》']
  const WORDS = ['依照', '参照', '本项依据', '根据', '的规定', '应当取得许可', '精神执行', '等有关规定', '规定', '。', '；', '，', '、', '和', '：', ' ', '\n']
  const MARKS = ['第三条', '第五条第二款', '第十二条：', '（国务院令第684号）', '1.', '2、', '（一）', '【法律】', '[部门规章]']
  const title = fc.constantFrom(...TITLES)
  const piece = fc.oneof(
    fc.constantFrom(...WORDS, ...MARKS),
    title.map((t) => `《${t}》`),
    title.map((t) => `<<${t}>>`),
    title.map((t) => `〈${t}〉`),
  )
  const cell = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''))

  it('whatever the import read from a cell, an export of it reads back the same (property)', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const entries = parseLegalBasis(text).value
        expect(roundTrip(entries)).toEqual(entries)
      }),
      {
        numRuns: 10_000,
        // found by an earlier run: a citation's article followed by a level mark and the next title
        examples: [
          ['《中华人民共和国食品安全法》依照。〈中华人民共和国食品安全法〉第三条[部门规章]《中华人民共和国食品安全法》第十二条：<<中华人民共和国食品安全法>>'],
        ],
      },
    )
  })

  it.each<[string, LegalBasis[]]>([
    ['a law typed with its marks', [{ law: '《中华人民共和国行政许可法》', documentNo: null, article: '第十二条', text: '下列事项可以设定行政许可。' }]],
    ['raw text citing a law inside it', [{ law: '参照《某法》精神执行', documentNo: null, article: null, text: '参照《某法》精神执行' }]],
    [
      'raw text over two lines, a title starting the second',
      [{ law: '依照\n〈国务院关于印发〈方案〉的通知〉', documentNo: null, article: null, text: '依照\n〈国务院关于印发〈方案〉的通知〉' }],
    ],
    [
      'a lead-in on the line above its citation, and a law named in the text of the next',
      [
        { law: '中华人民共和国食品安全法', documentNo: null, article: null, text: '依照\n《中华人民共和国食品安全法》' },
        { law: '食品经营许可管理办法', documentNo: null, article: '第二条', text: '依照《中华人民共和国行政许可法》的规定审批。' },
      ],
    ],
    [
      'text ending in a numbering mark, the next citation on the next line',
      [
        { law: '中华人民共和国食品安全法', documentNo: '一', article: null, text: '〈中华人民共和国食品安全法〉（一）' },
        { law: '中华人民共和国食品安全法', documentNo: null, article: null, text: '〈中华人民共和国食品安全法〉' },
      ],
    ],
    [
      'a citation that ends its line, after one kept as written',
      [
        { law: '中华人民共和国食品安全法', documentNo: null, article: null, text: '本项依据<<中华人民共和国食品安全法>>' },
        { law: '中华人民共和国食品安全法', documentNo: null, article: null, text: '《中华人民共和国食品安全法》' },
      ],
    ],
    [
      'raw text above a citation whose document number is on the next line',
      [
        {
          law: '〈国务院关于印发〈方案〉的通知〉〈某法〉\n（国务院令第684号）',
          documentNo: null,
          article: null,
          text: '〈国务院关于印发〈方案〉的通知〉〈某法〉\n（国务院令第684号）',
        },
        { law: '某法', documentNo: null, article: null, text: '依照' },
      ],
    ],
  ])('%s', (_, entries) => {
    expect(roundTrip(entries)).toEqual(entries)
  })
})
