import ExcelJS from 'exceljs'
import { items2015 } from '../../seeds/guizhou-aic/list-2015'
import { revision2016 } from '../../seeds/guizhou-aic/revision-2016'
import { EXPORT_COLUMNS, exportRows, type SheetInput } from '../../src/domain/import'
import { applyChanges, type Change } from '../../src/domain/proposal'
import type { PowerItem } from '../../src/domain/power-item'
import { makeItem } from './items'

/** The sample lists: 2015 as published, 2016 after its revision. */
export const list2015: PowerItem[] = items2015.map((item) => ({ ...item, effectiveFrom: null, effectiveTo: null }))
export const list2016: PowerItem[] = applyChanges(
  list2015,
  revision2016.changes.map((change) => ('code' in change ? change : { ...change, code: change.item.code })) as Change[],
  null,
)

/** The export's rows as a sheet, the way the reader hands them to the domain. */
export function exportedSheet(items: readonly PowerItem[], name = '清单'): SheetInput {
  const width = EXPORT_COLUMNS.length
  return {
    name,
    rows: [
      ['某部门权责清单（2026-01-01）', ...Array(width - 1).fill('某部门权责清单（2026-01-01）')],
      EXPORT_COLUMNS.map((c) => c.header),
      ...exportRows(items),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
  }
}

const basis = () => [
  { law: '中华人民共和国行政许可法', documentNo: '主席令第七号', article: '第十二条', text: '下列事项可以设定行政许可：\n（一）直接涉及国家安全的特定活动。' },
]

const CATEGORY_CYCLE = ['XK', 'CF', 'QZ', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG', 'ZS', 'JF'] as const

/** A generated list of `count` items: every tenth main item has two sub-items; a third carry a source code. */
export function generatedList(count: number): PowerItem[] {
  const items: PowerItem[] = []
  const mains = new Map<string, number>()
  let n = 0
  while (items.length < count) {
    const category = CATEGORY_CYCLE[n % CATEGORY_CYCLE.length]
    const main = (mains.get(category) ?? 0) + 1
    mains.set(category, main)
    const code = `${category}-${String(main).padStart(5, '0')}-000`
    const sourceCode = n % 3 === 0 ? `5200${String(100000 + n)}` : null
    items.push(
      makeItem(code, {
        name: `生成事项${n}号（${category}）`,
        ...(sourceCode ? { sourceCode } : {}),
        handlingUnit: `第${n % 7}处`,
        legalBasis: basis(),
        remarks: n % 5 === 0 ? { text: `备注${n}`, html: `<p>备注${n}</p>` } : null,
      }),
    )
    if (n % 10 === 0) {
      for (const sub of [1, 2]) {
        if (items.length >= count) break
        items.push(makeItem(`${code.slice(0, 8)}-00${sub}`, { name: `生成事项${n}号子项${sub}`, legalBasis: basis() }))
      }
    }
    n++
  }
  return items
}

/** Builds an xlsx in memory with exceljs: rows of cells, merges as 'A1:C1', number formats by cell ('B3': '000000000000'). */
export async function xlsxOf(
  sheets: Array<{ name: string; rows: Array<Array<string | number | null>>; merges?: string[]; numFmts?: Record<string, string> }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name)
    for (const row of sheet.rows) worksheet.addRow(row)
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range)
    for (const [cell, numFmt] of Object.entries(sheet.numFmts ?? {})) worksheet.getCell(cell).numFmt = numFmt
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
