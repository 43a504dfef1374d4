import type { PowerItem } from '../power-item'
import type { ImportField } from './headers'

/** A cell range merged in the sheet; 0-based, inclusive. */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** One worksheet as read from the file: cell texts (numbers already written as text) and merges. */
export interface SheetInput {
  name: string
  rows: ReadonlyArray<ReadonlyArray<string | null>>
  merges?: readonly CellRange[]
  /**
   * Cells ("row:column", 0-based) holding an integer whose number format does not tell its digits:
   * a code typed there as a number may have lost its leading zeros.
   */
  bareNumbers?: ReadonlySet<string>
}

export interface ImportCell {
  text: string
  /** the heading of the column, as written in the file */
  column: string
  /** an integer with no digit count in its format (see SheetInput.bareNumbers) */
  bareNumber?: true
}

/** A data row of a sheet, its cells keyed by field. `row` is the spreadsheet's 1-based row number. */
export interface ImportRecord {
  sheet: string
  row: number
  cells: Partial<Record<ImportField, ImportCell>>
  /** the fields the row's sheet has a column for */
  present: ReadonlySet<ImportField>
  /** the category of a section row above it ("一、行政许可"), used when the row has none */
  sectionCategory?: string
}

/** An error or a warning, always in Chinese, naming where it is. */
export interface ImportIssue {
  sheet?: string
  row?: number
  column?: string
  message: string
}

export class ImportFileError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues.map(describeIssue).join('\n'))
  }
}

export function describeIssue(issue: ImportIssue): string {
  const where = [issue.sheet && `工作表“${issue.sheet}”`, issue.row && `第${issue.row}行`, issue.column && `“${issue.column}”列`].filter(Boolean).join(' ')
  return where ? `${where}：${issue.message}` : issue.message
}

/** An item read from the file, before codes are settled. */
export interface ImportedItem {
  item: PowerItem
  /** the fields whose column the sheet has; the others keep the value in force */
  present: ReadonlySet<ImportField>
  mainName: string | null
  sheet: string
  row: number
  /** created for sub-items whose main item is not in the file */
  implied?: boolean
}
