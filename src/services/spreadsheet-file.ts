import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { parse as parseCsv } from 'csv-parse/sync'
import type { CellRange, ImportIssue, SheetInput } from '../domain/import'

/**
 * Bytes → sheets of cell texts. xlsx through exceljs (merges kept), CSV in UTF-8 (with or without
 * BOM) or GB18030, comma or tab separated. What is not a readable spreadsheet is an ImportIssue.
 */
export type ReadResult = { sheets: SheetInput[] } | { error: ImportIssue }

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
  const sheets: SheetInput[] = []
  workbook.eachSheet((worksheet) => {
    if (worksheet.state !== 'visible') return
    const rows: string[][] = []
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell)
      })
      rows[rowNumber - 1] = cells
    })
    for (let i = 0; i < rows.length; i++) rows[i] ??= []
    sheets.push({ name: worksheet.name, rows, merges: mergesOf(worksheet) })
  })
  return { sheets }
}

/** Numbers stored as numbers are written without float noise; dates as YYYY-MM-DD; rich text as text. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)))
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'result' in value) return value.result == null ? '' : String(value.result)
  return cell.text ?? ''
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
