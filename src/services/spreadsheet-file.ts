import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { parse as parseCsv } from 'csv-parse/sync'
import type { CellRange, ImportIssue } from '../domain/import'
import { HEADER_SEARCH_ROWS, type WorkbookSheet } from '../domain/import/layout'

/**
 * Bytes → sheets of cell texts. xlsx through exceljs (merges kept), CSV in UTF-8 (with or without
 * BOM) or GB18030, comma or tab separated. What is not a readable spreadsheet is an ImportIssue.
 */
export type ReadResult = { sheets: WorkbookSheet[] } | { error: ImportIssue }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const CFB = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (buffer: Buffer, magic: number[]) => magic.every((byte, i) => buffer[i] === byte)

export async function readSpreadsheet(buffer: Buffer, filename = ''): Promise<ReadResult> {
  if (
    !buffer.length ||
    !buffer
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
  )
    return { error: { message: '文件为空' } }
  if (startsWith(buffer, CFB)) {
    // Office writes password-protected xlsx as a compound file with an EncryptedPackage stream
    const encrypted = buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))
    return { error: { message: encrypted ? '文件已加密（设置了打开密码），请取消密码后再导入' : '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入' } }
  }
  if (startsWith(buffer, ZIP)) return readXlsx(buffer)
  if (/\.(xlsx|xlsm)$/i.test(filename)) return { error: { message: '文件不是有效的 .xlsx 电子表格' } }
  return readCsv(buffer, filename)
}

async function readXlsx(buffer: Buffer): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    // ExcelJS declares its own Buffer interface, which Node's Buffer (what it reads) does not match by name
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  } catch {
    return { error: { message: '文件不是有效的 .xlsx 电子表格（无法解压或解析）' } }
  }
  const sheets: WorkbookSheet[] = []
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = []
    const bareNumbers = new Set<string>()
    const readRow = (row: ExcelJS.Row, rowNumber: number) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const read = cellText(cell)
        cells[column - 1] = read.text
        if (read.bareNumber) bareNumbers.add(`${rowNumber - 1}:${column - 1}`)
      })
      rows[rowNumber - 1] = cells
    }
    // hidden sheets are not imported (often an old version or a template's lookup values): only the
    // rows where a header would be are read, so that one holding a list is named and lookups are not
    const hidden = worksheet.state !== 'visible'
    if (hidden)
      for (let rowNumber = 1; rowNumber <= Math.min(worksheet.rowCount, HEADER_SEARCH_ROWS + 1); rowNumber++) readRow(worksheet.getRow(rowNumber), rowNumber)
    else worksheet.eachRow({ includeEmpty: true }, readRow)
    for (let i = 0; i < rows.length; i++) rows[i] ??= []
    const merges = mergesOf(worksheet)
    sheets.push({
      name: worksheet.name,
      rows,
      merges: hidden ? merges.filter((range) => range.top < rows.length) : merges,
      bareNumbers,
      ...(hidden ? { hidden } : {}),
    })
  })
  return { sheets }
}

/**
 * A cell as text. Numbers are written without float noise and with the leading zeros their number
 * format shows (000131127004 typed as a number in a cell formatted 000000000000); an integer whose
 * format does not tell its digits is a `bareNumber`, so that a code in it can be warned about.
 * Dates as YYYY-MM-DD; rich text as text; formulas as their result.
 */
function cellText(cell: ExcelJS.Cell): { text: string; bareNumber?: true } {
  const value = cell.value
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { text: String(Number(value.toPrecision(15))) }
    const padded = zeroPadded(value, cell.numFmt)
    return padded !== null ? { text: padded } : { text: String(value), bareNumber: true }
  }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) }
  if (typeof value === 'object' && 'result' in value) return { text: value.result == null ? '' : String(value.result) }
  return { text: cell.text ?? '' }
}

/**
 * A non-negative integer as a number format of zeros shows it ("000000000000" → 000131127004),
 * perhaps after literal text ("\"51\"0000000000"): null for General, "0", "#,##0"
 * and every other format, which do not tell how many digits the code had.
 */
export function zeroPadded(value: number, numFmt: string | undefined): string | null {
  const section = (numFmt ?? '').split(';')[0]
  const match = /^((?:"[^"]*"|\\.)*)(0{2,})$/.exec(section)
  if (!match || value < 0) return null
  const prefix = match[1].replace(/"([^"]*)"|\\(.)/g, (_: string, quoted?: string, escaped?: string) => quoted ?? escaped ?? '')
  return prefix + String(value).padStart(match[2].length, '0')
}

function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []) as string[]
  return merges.map((range) => {
    const [from, to = from] = range.split(':')
    const a = address(from)
    const b = address(to)
    return { top: a.row, left: a.col, bottom: b.row, right: b.col }
  })
}

function address(ref: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''))!
  let col = 0
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64)
  return { row: Number(match[2]) - 1, col: col - 1 }
}

function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return iconv.decode(buffer, 'gb18030')
  }
}

function readCsv(buffer: Buffer, filename: string): ReadResult {
  const text = decodeText(buffer)
  // control characters that no text file has: a binary file that is not a workbook
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 4096))) return { error: { message: '文件不是电子表格（应为 .xlsx 或 .csv）' } }
  const firstLine = text.split(/\r?\n/, 1)[0]
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ','
  try {
    const rows = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][]
    return { sheets: [{ name: filename.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'csv', rows }] }
  } catch (error) {
    return { error: { message: `CSV 文件无法解析：${(error as Error).message}` } }
  }
}
