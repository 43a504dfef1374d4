import { describe, expect, it } from 'vitest'
import { EXPORT_COLUMNS, headerMatcher, planDepartmentImport, readSheet, type SheetTable } from '../../src/domain/import'
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
