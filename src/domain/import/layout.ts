/**
 * Layout detection: where the table starts in a sheet as offices publish it. A title row merged
 * across the sheet, blank rows, section rows ("一、行政许可（8项）"), merged cells spanning a main item
 * and its sub-items, the header repeated on every printed page. No configuration.
 */
import { restoreFormulaText } from './export-columns'
import type { HeaderMatcher, ImportField } from './headers'
import type { CellRange, ImportCell, ImportIssue, ImportRecord, SheetInput } from './types'

const HEADER_SEARCH_ROWS = 30

export interface SheetTable {
  records: ImportRecord[]
  /** the fields this sheet has a column for */
  present: Set<ImportField>
  warnings: ImportIssue[]
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
  columns: Array<{ field: ImportField | null; heading: string }>
}

/** The first row naming at least two known fields, one of them the item's name. */
function findHeaderRow(grid: string[][], match: HeaderMatcher): HeaderRow | null {
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const row = grid[index] ?? []
    const columns = row.map((heading) => ({ heading, field: heading ? match(heading) : null }))
    const fields = new Set(columns.map((c) => c.field).filter(Boolean))
    if (fields.size >= 2 && (fields.has('name') || fields.has('subItem'))) return { index, columns }
  }
  return null
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

export function readSheet(sheet: SheetInput, match: HeaderMatcher): SheetTable | ImportIssue {
  const merges = sheet.merges ?? []
  const grid = spreadMerges(sheet.rows, merges)
  if (!grid.some((row) => row.some(Boolean))) return { sheet: sheet.name, message: '工作表为空' }
  const header = findHeaderRow(grid, match)
  if (!header)
    return { sheet: sheet.name, message: `前${HEADER_SEARCH_ROWS}行中没有可识别的表头行（至少需要“事项名称”及另一个已知列，如“事项类型”“编码”“设定依据”）` }

  const warnings: ImportIssue[] = []
  const unknown = header.columns.filter((c) => c.heading && !c.field).map((c) => c.heading)
  if (unknown.length)
    warnings.push({ sheet: sheet.name, row: header.index + 1, message: `未识别的列，已忽略：${[...new Set(unknown)].join('、')}（可用 --headers 补充同义词）` })
  const present = new Set(header.columns.map((c) => c.field).filter((f): f is ImportField => f !== null && f !== 'ignored'))
  const headingKey = header.columns.map((c) => c.heading).join('\u0001')
  const continuations = mergeContinuations(merges)

  const records: ImportRecord[] = []
  let sectionCategory: string | undefined
  for (let index = header.index + 1; index < grid.length; index++) {
    const row = grid[index] ?? []
    if (isBlankRow(row, continuations.get(index))) continue
    if (row.join('\u0001') === headingKey) continue // the header repeated on a new printed page
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
