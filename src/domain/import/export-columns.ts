/**
 * The columns of an exported list, headed with the import's own names so the file goes back in
 * unchanged: one row per item, sub-items right under their main item with the main item's name in
 * 事项名称 and their own in 子项名称.
 */
import type { PowerItem } from '../power-item'
import { formatDeadline, formatFees, formatLegalBasis, formatNumbered, formatProcedure, formatResponsibilities } from './cells'

export interface ExportColumn {
  header: string
  width: number
  value: (item: PowerItem, main: PowerItem | null) => string
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: '事项编码', width: 16, value: (i) => i.code },
  { header: '来源编码', width: 16, value: (i) => i.sourceCode ?? '' },
  { header: '事项类型', width: 12, value: (i) => i.categoryName },
  { header: '事项名称', width: 36, value: (i, main) => (main ? main.name : i.name) },
  { header: '子项名称', width: 36, value: (i, main) => (main ? i.name : '') },
  { header: '承办机构', width: 16, value: (i) => i.handlingUnit ?? '' },
  { header: '设定依据', width: 60, value: (i) => formatLegalBasis(i.legalBasis) },
  { header: '受理条件', width: 30, value: (i) => i.conditions ?? '' },
  { header: '申请材料', width: 30, value: (i) => formatNumbered(i.materials) },
  { header: '办理流程', width: 50, value: (i) => formatProcedure(i.procedure) },
  { header: '法定办结时限', width: 16, value: (i) => formatDeadline(i.statutoryDeadline) },
  { header: '承诺办结时限', width: 16, value: (i) => formatDeadline(i.committedDeadline) },
  { header: '收费标准', width: 20, value: (i) => formatFees(i.fees) },
  { header: '责任事项', width: 60, value: (i) => formatResponsibilities(i.responsibilities) },
  { header: '追责情形', width: 50, value: (i) => formatNumbered(i.accountability) },
  { header: '监督电话', width: 16, value: (i) => i.supervisionPhone ?? '' },
  { header: '咨询电话', width: 16, value: (i) => i.consultationPhone ?? '' },
  { header: '备注', width: 30, value: (i) => i.remarks?.text ?? '' },
]

/** Main items in code order, each followed by its sub-items. */
export function exportRows(items: readonly PowerItem[]): string[][] {
  const byCode = new Map(items.map((item) => [item.code, item]))
  const sorted = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return sorted.map((item) => {
    const main = item.parentCode ? (byCode.get(item.parentCode) ?? null) : null
    return EXPORT_COLUMNS.map((column) => neutraliseFormula(column.value(item, main)))
  })
}

/**
 * A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection). OWASP's
 * remedy is a leading single quote; the import strips it again, so the round trip holds.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** The inverse of neutraliseFormula, applied on import. */
export function restoreFormulaText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}
