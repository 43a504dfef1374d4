/**
 * A power item as one spreadsheet row (CSV and xlsx exports): one column per top-level field,
 * nested lists written one entry per line so a cell stays readable in Excel.
 * Header names are the PowerItem field names: stable whatever the locale, and the same as the JSON.
 */
import type { Deadline, PowerItem } from './power-item'

export interface FlatColumn {
  key: string
  label: { 'zh-Hans': string; en: string }
  value: (item: PowerItem) => string | number | boolean | null
}

const lines = (values: readonly string[]) => (values.length ? values.join('\n') : null)
const deadline = (d: Deadline | null) => (d ? `${d.value} ${d.unit}${d.note ? ` (${d.note})` : ''}` : null)
const joinParts = (parts: Array<string | null>, separator = ' ') => parts.filter((part) => part).join(separator)

export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { key: 'code', label: { 'zh-Hans': '事项编码', en: 'Code' }, value: (i) => i.code },
  { key: 'name', label: { 'zh-Hans': '事项名称', en: 'Name' }, value: (i) => i.name },
  { key: 'category', label: { 'zh-Hans': '权力类型代码', en: 'Category' }, value: (i) => i.category },
  { key: 'categoryName', label: { 'zh-Hans': '权力类型', en: 'Category name' }, value: (i) => i.categoryName },
  { key: 'parentCode', label: { 'zh-Hans': '上级事项', en: 'Parent code' }, value: (i) => i.parentCode },
  { key: 'handlingUnit', label: { 'zh-Hans': '承办机构', en: 'Handling unit' }, value: (i) => i.handlingUnit },
  {
    key: 'legalBasis',
    label: { 'zh-Hans': '设定依据', en: 'Legal basis' },
    value: (i) => lines(i.legalBasis.map((b) => `${joinParts([`《${b.law}》`, b.documentNo ? `（${b.documentNo}）` : null, b.article], '')}：${b.text}`)),
  },
  { key: 'conditions', label: { 'zh-Hans': '办理条件', en: 'Conditions' }, value: (i) => i.conditions },
  { key: 'materials', label: { 'zh-Hans': '申请材料', en: 'Materials' }, value: (i) => lines(i.materials) },
  {
    key: 'procedure',
    label: { 'zh-Hans': '办理流程', en: 'Procedure' },
    value: (i) => lines(i.procedure.map((s, n) => `${n + 1}. ${s.name}${s.deadline ? `（${s.deadline}）` : ''}：${s.description}`)),
  },
  { key: 'statutoryDeadline', label: { 'zh-Hans': '法定办结时限', en: 'Statutory deadline' }, value: (i) => deadline(i.statutoryDeadline) },
  { key: 'committedDeadline', label: { 'zh-Hans': '承诺办结时限', en: 'Committed deadline' }, value: (i) => deadline(i.committedDeadline) },
  { key: 'feesCharged', label: { 'zh-Hans': '是否收费', en: 'Fees charged' }, value: (i) => i.fees.charged },
  {
    key: 'fees',
    label: { 'zh-Hans': '收费标准', en: 'Fees' },
    value: (i) => lines(i.fees.items.map((f) => `${f.name}：${f.standard}${f.basis ? `（${f.basis}）` : ''}`)),
  },
  {
    key: 'responsibilities',
    label: { 'zh-Hans': '责任事项', en: 'Responsibilities' },
    value: (i) => lines(i.responsibilities.map((r) => `${r.stage}：${r.duty}${r.basis ? `（${r.basis}）` : ''}`)),
  },
  { key: 'accountability', label: { 'zh-Hans': '追责情形', en: 'Accountability' }, value: (i) => lines(i.accountability) },
  { key: 'supervisionPhone', label: { 'zh-Hans': '监督电话', en: 'Supervision phone' }, value: (i) => i.supervisionPhone },
  { key: 'consultationPhone', label: { 'zh-Hans': '咨询电话', en: 'Consultation phone' }, value: (i) => i.consultationPhone },
  { key: 'remarks', label: { 'zh-Hans': '备注', en: 'Remarks' }, value: (i) => i.remarks?.text ?? null },
  { key: 'effectiveFrom', label: { 'zh-Hans': '生效日期', en: 'Effective from' }, value: (i) => i.effectiveFrom },
  { key: 'effectiveTo', label: { 'zh-Hans': '取消日期', en: 'Effective to' }, value: (i) => i.effectiveTo },
]

export function flattenItem(item: PowerItem): Array<string | number | boolean | null> {
  return FLAT_COLUMNS.map((column) => column.value(item))
}
