import ExcelJS from 'exceljs'
import { FLAT_COLUMNS, flattenItem } from '../../domain/flat-item'
import type { PowerItem } from '../../domain/power-item'

/**
 * The list as a file (`/export.csv`, `/export.xlsx`): one row per item, columns of
 * domain/flat-item.ts, header row = field names.
 */
export interface ExportSheet {
  /** worksheet title, e.g. the department name */
  title: string
  /** the snapshot's publication time, written as the workbook's dates so they say something true */
  publishedAt: string
  items: readonly PowerItem[]
}

type Cell = string | number | boolean | null

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function csvField(value: Cell): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * UTF-8 with a byte order mark, CRLF line ends: without the BOM, Excel on Windows reads the file as
 * the ANSI code page and shows Chinese as mojibake.
 */
export function toCsv(items: readonly PowerItem[]): string {
  const rows: Cell[][] = [FLAT_COLUMNS.map((column) => column.key), ...items.map(flattenItem)]
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

export async function toXlsx(sheet: ExportSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Quanze'
  workbook.created = workbook.modified = new Date(sheet.publishedAt)
  // Excel caps sheet names at 31 characters and forbids a few punctuation marks
  const worksheet = workbook.addWorksheet(sheet.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'list')
  worksheet.columns = FLAT_COLUMNS.map((column) => ({ header: column.key, key: column.key, width: column.key === 'name' ? 40 : 20 }))
  for (const item of sheet.items) worksheet.addRow(flattenItem(item))
  worksheet.getRow(1).font = { bold: true }
  worksheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
