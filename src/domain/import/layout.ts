/**
 * Layout detection: where the table starts in a sheet as offices publish it. A title row merged
 * across the sheet, blank rows, section rows ("一、行政许可（8项）"), merged cells spanning a main item
 * and its sub-items, the header repeated on every printed page. No configuration.
 */
import { restoreFormulaText } from './export-columns'
import type { HeaderMatcher, ImportField } from './headers'
import type { CellRange, ImportCell, ImportIssue, ImportRecord, SheetInput } from './types'

/** Rows searched for the header; a hidden sheet is read no further than these (and the row under them). */
export const HEADER_SEARCH_ROWS = 30

export interface SheetTable {
  records: ImportRecord[]
  /** the fields this sheet has a column for */
  present: Set<ImportField>
  warnings: ImportIssue[]
}

/**
 * A sheet as a workbook holds it. A hidden one is not imported; it comes with its first rows only,
 * so that the import can tell a list kept out of sight (named) from a template's lookup values.
 */
export type WorkbookSheet = SheetInput & { hidden?: boolean }

/**
 * A sheet that gave no table, and why. Whether that is an error depends on the other sheets (a
 * cover sheet, 填表说明, beside the list is not), so the import decides.
 */
export interface SheetSkipped extends ImportIssue {
  /** `hidden`: a hidden sheet with a header row, which may hold items; `hidden-other`: one without (dropdown values 行政许可/行政处罚…) */
  skipped: 'hidden' | 'hidden-other' | 'empty' | 'no-header'
}

/** Every cell of a merged range takes the value of its top-left cell, as the reader sees it. */
export function spreadMerges(rows: ReadonlyArray<ReadonlyArray<string | null>>, merges: readonly CellRange[] = []): string[][] {
  const grid = rows.map((row) => row.map((cell) => cleanCell(cell)))
  for (const range of merges) {
    const value = grid[range.top]?.[range.left] ?? ''
    for (let r = range.top; r <= range.bottom; r++) {
      grid[r] ??= []
      for (let c = range.left; c <= range.right; c++) grid[r][c] = value
    }
  }
  return grid
}

/** Line ends of every platform become \n; spaces around lines go; non-breaking spaces are spaces. */
export function cleanCell(cell: string | null | undefined): string {
  if (cell == null) return ''
  return restoreFormulaText(String(cell))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u3000]/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

interface HeaderRow {
  index: number
  /** the header's last row: a header of two rows ends one row below `index` */
  last: number
  columns: Array<{ field: ImportField | null; heading: string }>
}

/** The first row naming at least two known fields, one of them the item's name, with the row of sub-headings under it if any. */
function findHeaderRow(grid: string[][], merges: readonly CellRange[], match: HeaderMatcher): HeaderRow | null {
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const row = grid[index] ?? []
    const columns = row.map((heading) => ({ heading, field: heading ? match(heading) : null }))
    const fields = new Set(columns.map((c) => c.field).filter(Boolean))
    if (!(fields.size >= 2 && (fields.has('name') || fields.has('subItem')))) continue
    const below = grid[index + 1] ?? []
    if (!isSubHeadingRow(row, below, index, merges, match)) return { index, last: index, columns }
    return { index, last: index + 1, columns: combinedHeadings(row, below, match) }
  }
  return null
}

/**
 * The row under a header holds sub-headings (事项名称 merged across 主项名称 | 子项名称, the other
 * headings merged down over both rows) when every cell it does not repeat from above is a known
 * heading or one of several different headings under a cell merged across the header row. A data
 * row always has some text that is neither, so it is never taken for one.
 */
function isSubHeadingRow(upper: readonly string[], lower: readonly string[], index: number, merges: readonly CellRange[], match: HeaderMatcher): boolean {
  const own = lower.flatMap((text, c) => (text && text !== upper[c] ? [c] : []))
  const underSplit = (c: number) =>
    merges.some((m) => m.top === index && m.bottom === index && m.left <= c && c <= m.right && new Set(lower.slice(m.left, m.right + 1)).size > 1)
  return own.length > 0 && own.every((c) => match(lower[c]) !== null || underSplit(c))
}

/** A column's heading is its lower cell where it has one of its own, else the upper one. */
function combinedHeadings(upper: readonly string[], lower: readonly string[], match: HeaderMatcher): HeaderRow['columns'] {
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, c) => {
    const heading = lower[c] && lower[c] !== upper[c] ? lower[c] : (upper[c] ?? '')
    return { heading, field: heading ? match(heading) : null }
  })
}

/**
 * Rows a merge reaches below its first row, by row: their cells in it hold the merge's value, not
 * text of their own. A horizontal merge fills only its first row, where its first cell has the text.
 */
function mergeContinuations(merges: readonly CellRange[]): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>()
  for (const range of merges)
    for (let r = range.top + 1; r <= range.bottom; r++) {
      const ranges = byRow.get(r) ?? []
      ranges.push(range)
      byRow.set(r, ranges)
    }
  return byRow
}

/** A spacer row inside a category merged down is blank though the merge fills one of its cells. */
function isBlankRow(row: readonly string[], continued: readonly CellRange[] = []): boolean {
  return row.every((text, c) => !text || continued.some((m) => m.left <= c && c <= m.right))
}

/** A row spread from one merge across most of the sheet: a title or a section heading. */
function isBannerRow(row: readonly string[], index: number, merges: readonly CellRange[], width: number): boolean {
  const values = new Set(row.filter(Boolean))
  if (values.size !== 1) return false
  return merges.some((m) => m.top <= index && index <= m.bottom && m.right - m.left + 1 >= Math.max(2, Math.ceil(width / 2)))
}

export function readSheet(sheet: WorkbookSheet, match: HeaderMatcher): SheetTable | SheetSkipped {
  const merges = sheet.merges ?? []
  const grid = spreadMerges(sheet.rows, merges)
  if (sheet.hidden)
    return findHeaderRow(grid, merges, match)
      ? { sheet: sheet.name, skipped: 'hidden', message: '工作表已隐藏，未导入（如其中有要导入的事项，请取消隐藏后再导入）' }
      : { sheet: sheet.name, skipped: 'hidden-other', message: '隐藏的工作表没有表头行（如下拉选项的取值表），未导入' }
  if (!grid.some((row) => row.some(Boolean))) return { sheet: sheet.name, skipped: 'empty', message: '工作表为空' }
  const header = findHeaderRow(grid, merges, match)
  if (!header)
    return {
      sheet: sheet.name,
      skipped: 'no-header',
      message: `前${HEADER_SEARCH_ROWS}行中没有可识别的表头行（至少需要“事项名称”及另一个已知列，如“事项类型”“编码”“设定依据”）`,
    }

  const warnings: ImportIssue[] = []
  const unknown = header.columns.filter((c) => c.heading && !c.field).map((c) => c.heading)
  if (unknown.length)
    warnings.push({
      sheet: sheet.name,
      row: header.index + 1,
      message: `未识别的列，已忽略：${[...new Set(unknown)].join('、')}（可补充表头同义词：管理界面导入处的“列名对照”，命令行 --headers 文件，接口 headers 字段；或把列名改为标准名称）`,
    })
  const present = new Set(header.columns.map((c) => c.field).filter((f): f is ImportField => f !== null && f !== 'ignored'))
  // the header's rows as they repeat at the top of every printed page
  const headerRows = new Set(grid.slice(header.index, header.last + 1).map((row) => row.join('\u0001')))
  const continuations = mergeContinuations(merges)

  const records: ImportRecord[] = []
  let sectionCategory: string | undefined
  for (let index = header.last + 1; index < grid.length; index++) {
    const row = grid[index] ?? []
    if (isBlankRow(row, continuations.get(index))) continue
    if (headerRows.has(row.join('\u0001'))) continue
    if (isBannerRow(row, index, merges, header.columns.length)) {
      sectionCategory = row.find(Boolean)
      continue
    }
    const cells: Partial<Record<ImportField, ImportCell>> = {}
    header.columns.forEach((column, c) => {
      const text = row[c] ?? ''
      if (!column.field || column.field === 'ignored') return
      const existing = cells[column.field]
      // two columns for one field (设定依据 and 实施依据): legal bases add up, the rest take the first value
      if (existing && column.field === 'legalBasis') {
        if (text) existing.text = existing.text ? `${existing.text}\n${text}` : text
      } else if (!existing || (!existing.text && text)) {
        cells[column.field] = sheet.bareNumbers?.has(`${index}:${c}`) ? { text, column: column.heading, bareNumber: true } : { text, column: column.heading }
      }
    })
    records.push({ sheet: sheet.name, row: index + 1, cells, present, sectionCategory })
  }
  return { records, present, warnings }
}
