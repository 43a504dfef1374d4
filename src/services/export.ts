import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { todayInChina } from '../domain/dates'
import { EXPORT_COLUMNS, exportRows } from '../domain/import'
import { inForceOn } from '../domain/point-in-time'
import type { PowerItem } from '../domain/power-item'
import type { Convert } from '../domain/script'
import { RefusedError } from './errors'
import { findDepartment, snapshotsOf } from './snapshots'

/**
 * A list as a file, in the import's own columns so it goes back in unchanged (round trip). Used by
 * `npm run export` and by the public `/export.{csv,xlsx}` paths.
 */
export interface ExportSheet {
  /** the department's name: the sheet's name and its title row */
  department: string
  /** the date the list is in force on, named in the title row */
  asOf: string
  /** the snapshot's publication time, written as the workbook's dates so they say something true */
  publishedAt: string
  items: readonly PowerItem[]
  /** applied to the title and every cell (Traditional Chinese); the header keeps the import's column names */
  convert?: Convert
}

export type ExportFormat = 'xlsx' | 'csv' | 'json'

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * UTF-8 with a byte order mark, CRLF line ends: without the BOM, Excel on Windows reads the file as
 * the ANSI code page and shows Chinese as mojibake. No title row: the first line is the header.
 */
export function listToCsv(items: readonly PowerItem[], convert?: Convert): string {
  const rows = [EXPORT_COLUMNS.map((column) => column.header), ...cells(items, convert)]
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

export async function listToXlsx(sheet: ExportSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Quanze'
  workbook.created = workbook.modified = new Date(sheet.publishedAt)
  // Excel caps sheet names at 31 characters and forbids a few punctuation marks
  const worksheet = workbook.addWorksheet(sheet.department.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'list')
  worksheet.columns = EXPORT_COLUMNS.map((column) => ({ width: column.width }))
  const title = worksheet.addRow([(sheet.convert ?? same)(`${sheet.department}权责清单（${sheet.asOf}）`)])
  title.font = { bold: true, size: 14 }
  worksheet.mergeCells(1, 1, 1, EXPORT_COLUMNS.length)
  const header = worksheet.addRow(EXPORT_COLUMNS.map((column) => column.header))
  header.font = { bold: true }
  for (const row of cells(sheet.items, sheet.convert)) worksheet.addRow(row).alignment = { wrapText: true, vertical: 'top' }
  worksheet.views = [{ state: 'frozen', ySplit: 2 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * The rows of the list, each cell written from the stored (Simplified) item and then converted as a
 * whole: written from converted items, a legal basis in Traditional (《…》第一百九十八條) did not
 * read back as the citation its writer checks it against, and went out as its bare text.
 */
function cells(items: readonly PowerItem[], convert?: Convert): string[][] {
  const rows = exportRows(items)
  return convert ? rows.map((row) => row.map(convert)) : rows
}

const same: Convert = (text) => text

export interface ExportFile {
  content: Buffer | string
  contentType: string
  filename: string
  items: number
}

/** `npm run export`: the list of a department in force on a date (today by default), as staff see it. */
export async function exportList(payload: Payload, options: { department: string; asOf?: string; format: ExportFormat }): Promise<ExportFile> {
  const department = await findDepartment({ payload }, options.department)
  if (!department) throw new RefusedError(404, 'Not found', `部门“${options.department}”不存在`)
  const asOf = options.asOf ?? todayInChina()
  const snapshot = inForceOn(await snapshotsOf({ payload }, department.id), asOf)
  if (!snapshot) throw new RefusedError(404, 'Not found', `部门“${department.name}”在 ${asOf} 没有生效的清单`)
  const filename = `${department.code}-${asOf}.${options.format}`
  if (options.format === 'csv') return { content: listToCsv(snapshot.items), contentType: 'text/csv; charset=utf-8', filename, items: snapshot.items.length }
  if (options.format === 'json') {
    const body = {
      department: { code: department.code, name: department.name },
      asOf,
      snapshot: { id: snapshot.id, effectiveFrom: snapshot.effectiveFrom, hash: snapshot.hash },
      items: snapshot.items,
    }
    return { content: `${JSON.stringify(body, null, 2)}\n`, contentType: 'application/json; charset=utf-8', filename, items: snapshot.items.length }
  }
  const content = await listToXlsx({ department: department.name, asOf, publishedAt: snapshot.publishedAt, items: snapshot.items })
  return { content, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename, items: snapshot.items.length }
}
