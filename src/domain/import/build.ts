/**
 * One department's rows → the items they describe, their codes, and the changes against the list
 * in force. Pure: the service reads the file and the database and writes the draft.
 *
 * Matching (so that re-importing a file proposes nothing): Quanze code, then source code, then
 * category + main item name + sub-item name. Columns the sheet lacks keep the value in force.
 */
import { categoryName, type CategoryCode } from '../categories'
import { committedExceedsStatutory } from '../deadlines'
import { diffItem } from '../diff'
import { parseItemCode, ITEM_CODE_PATTERN } from '../item-code'
import { richTextOf } from '../item-template'
import { isNoPhone, phoneProblem } from '../phone'
import type { PowerItem, RichText } from '../power-item'
import { applyChanges, normaliseProposedItem, ProposalError, type Change } from '../proposal'
import { formatDeadline, parseDeadline, parseFees, parseLegalBasis, parseNumbered, parseProcedure, parseResponsibilities } from './cells'
import { ACCEPTED_CATEGORY_NAMES, resolveCategory } from './categories'
import { completenessOf, type Completeness } from './completeness'
import { HEADER_SYNONYMS, type ImportField } from './headers'
import type { ImportIssue, ImportRecord } from './types'

export interface PlanInput {
  records: readonly ImportRecord[]
  /** the department's list in force (the base of the draft) */
  base: readonly PowerItem[]
  /** the file is the whole list: items absent from it are proposed for repeal */
  full?: boolean
  /** codes the department ever used (repealed items included): new codes never reuse them */
  usedCodes?: readonly string[]
  simplify?: (text: string) => string
  /** plain text → rich text as the store renders it, so an unchanged remark compares equal */
  richText?: (text: string) => RichText
  /** called after each row is read, for a progress bar */
  onRow?: () => void
}

export interface AssignedCode {
  code: string
  name: string
  sourceCode: string | null
  sheet: string
  row: number | null
}

export interface ImportPlan {
  /** the list the draft proposes */
  items: PowerItem[]
  changes: Change[]
  assigned: AssignedCode[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
  completeness: Completeness
  rows: number
}

/** A Quanze code typed with the wrong digits (XK-0001-000): a typo, refused. Shorter shapes (XK-001) are an office's own. */
const QUANZE_LOOKALIKE = /^(XK|CF|QZ|ZS|JF|JC|QR|JL|CJ|QT|GG)\s*[-－—_]\s*\d+\s*[-－—_]\s*\d+$/i
const quanzeCode = new RegExp(ITEM_CODE_PATTERN)

interface Entry {
  record: ImportRecord
  category: CategoryCode
  name: string
  mainName: string | null
  givenCode: string | null
  sourceCode: string | null
  content: Partial<PowerItem>
  code?: string
}

const keyOf = (category: string, mainName: string | null, name: string) => (mainName ? `${category}|${mainName}|${name}` : `${category}|${name}|`)
export function planDepartmentImport(input: PlanInput): ImportPlan {
  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []
  const simplify = input.simplify ?? ((text: string) => text)
  const richText = input.richText ?? richTextOf
  const entries: Entry[] = []
  for (const record of input.records) {
    const entry = readEntry(record, { simplify, richText, errors, warnings })
    if (entry) entries.push(entry)
    input.onRow?.()
  }
  const plan = settleCodes(entries, input.base, input.usedCodes ?? [], errors)
  const items = errors.length ? [] : buildItems(plan, input, errors, warnings)
  if (errors.length) return { items: [], changes: [], assigned: [], errors, warnings, completeness: completenessOf([]), rows: input.records.length }
  const changes = changesAgainst(input.base, items, plan.keptBaseCodes, input.full ?? false)
  let proposed: PowerItem[] = []
  try {
    proposed = applyChanges(input.base, changes, null)
  } catch (error) {
    if (!(error instanceof ProposalError)) throw error
    errors.push({ message: error.message })
  }
  const completeness = completenessOf(items)
  for (const each of completeness.items) {
    const entry = plan.byCode.get(each.code)
    if (entry && each.missing.length) {
      if (catalogueOnly(entry.record))
        warnings.push({ sheet: entry.record.sheet, row: entry.record.row, message: `目录式条目“${each.name}”只有名称和类别，缺少：${each.missing.join('、')}` })
    }
  }
  return { items: proposed, changes, assigned: plan.assigned, errors, warnings, completeness, rows: input.records.length }
}

/** Fields that name an item rather than describe it. */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['name', 'subItem', 'category', 'code', 'seq', 'department', 'sourceCode'])

/** A row naming an item without describing it (名称和类别 only), whatever columns its sheet has. */
function catalogueOnly(record: ImportRecord): boolean {
  return Object.keys(record.cells).every((field) => IDENTITY_FIELDS.has(field) || !record.cells[field as ImportField]?.text)
}

interface ReadContext {
  simplify: (text: string) => string
  richText: (text: string) => RichText
  errors: ImportIssue[]
  warnings: ImportIssue[]
}

function readEntry(record: ImportRecord, context: ReadContext): Entry | null {
  const { errors, warnings } = context
  const cell = (field: ImportField) => record.cells[field]?.text ?? ''
  const at = (field: ImportField) => ({ sheet: record.sheet, row: record.row, column: record.cells[field]?.column })
  const before = errors.length

  const categoryText = cell('category') || record.sectionCategory || ''
  const category = resolveCategory(categoryText, context.simplify)
  if (!categoryText) errors.push({ ...at('category'), column: record.cells.category?.column ?? '事项类型', message: '事项类型为空' })
  else if (!category) errors.push({ ...at('category'), message: `未知的事项类型“${categoryText}”，可用：${ACCEPTED_CATEGORY_NAMES.join('、')}` })

  const oneLine = (text: string) => text.replace(/\n+/g, '')
  const mainText = oneLine(cell('name'))
  let subText = oneLine(cell('subItem'))
  if (subText && (subText === mainText || /^(无|\/|-|—)$/.test(subText))) subText = ''
  if (!mainText && subText) errors.push({ ...at('name'), column: record.cells.name?.column ?? '事项名称', message: `子项“${subText}”缺少所属主项的名称` })
  if (!mainText && !subText) errors.push({ ...at('name'), column: record.cells.name?.column ?? '事项名称', message: '事项名称为空' })

  const codeText = oneLine(cell('code')).trim()
  let givenCode: string | null = null
  let sourceCode: string | null = record.present.has('sourceCode') ? oneLine(cell('sourceCode')).trim() || null : null
  if (codeText) {
    const upper = codeText.toUpperCase()
    if (quanzeCode.test(upper)) givenCode = upper
    else if (QUANZE_LOOKALIKE.test(codeText))
      errors.push({ ...at('code'), message: `事项编码“${codeText}”格式错误，应为 类别字母-5位主项号-3位子项号，例如 XK-00001-000` })
    else sourceCode = codeText
  }
  if (errors.length > before || !category) return null
  for (const field of ['code', 'sourceCode'] as const) {
    const numeric = record.cells[field]
    if (numeric?.bareNumber && numeric.text)
      warnings.push({
        ...at(field),
        message: `编码“${numeric.text}”在文件中存为数字，单元格格式看不出位数，开头的0可能已丢失；已按原样保存，请核对（把该列设为文本或“000000000000”格式后可重新导入）`,
      })
  }

  const content: Partial<PowerItem> = {}
  const warn = (field: ImportField, warning?: string) => warning && warnings.push({ ...at(field), message: warning })
  const text = (field: ImportField) => cell(field) || null
  if (record.present.has('handlingUnit')) content.handlingUnit = text('handlingUnit')
  if (record.present.has('legalBasis')) {
    const parsed = parseLegalBasis(cell('legalBasis'))
    warn('legalBasis', parsed.warning)
    content.legalBasis = parsed.value
  }
  if (record.present.has('conditions')) content.conditions = text('conditions')
  if (record.present.has('materials')) content.materials = parseNumbered(cell('materials')).value
  if (record.present.has('procedure')) content.procedure = parseProcedure(cell('procedure')).value
  const unparsed: string[] = []
  for (const field of ['statutoryDeadline', 'committedDeadline'] as const) {
    if (!record.present.has(field)) continue
    const parsed = parseDeadline(cell(field))
    content[field] = parsed.value
    if (parsed.warning) {
      warn(field, parsed.warning)
      unparsed.push(`${record.cells[field]?.column}：${cell(field)}`)
    }
  }
  if (record.present.has('fees') || record.present.has('feesCharged'))
    content.fees = parseFees(cell('fees'), record.present.has('feesCharged') ? cell('feesCharged') : undefined).value
  if (record.present.has('responsibilities')) {
    const parsed = parseResponsibilities(cell('responsibilities'))
    warn('responsibilities', parsed.warning)
    content.responsibilities = parsed.value
  }
  if (record.present.has('accountability')) content.accountability = parseNumbered(cell('accountability')).value
  for (const field of ['supervisionPhone', 'consultationPhone'] as const) {
    if (!record.present.has(field)) continue
    const phone = cell(field)
    content[field] = phone && !isNoPhone(phone) ? phone : null
    // a cell that holds no phone (见办事指南, an e-mail address) is kept in the remarks, as an unreadable deadline is
    if (content[field] && phoneProblem(phone)) {
      content[field] = null
      warn(field, `“${phone}”不是电话号码，已写入备注（应为如 0851-85986012、12345 的号码，多个号码用“、”分隔）`)
      unparsed.push(`${record.cells[field]?.column}：${phone}`)
    }
  }
  if (record.present.has('remarks') || unparsed.length) {
    const remark = [cell('remarks'), ...unparsed].filter(Boolean).join('\n')
    content.remarks = remark ? context.richText(remark) : null
  }
  return {
    record,
    category,
    name: subText || mainText,
    mainName: subText ? mainText : null,
    givenCode,
    sourceCode,
    // a catalogue row of an item in force says nothing about its content: keep what is in force
    content: catalogueOnly(record) ? {} : content,
  }
}

interface CodePlan {
  entries: Entry[]
  byCode: Map<string, Entry>
  implied: Array<{ code: string; category: CategoryCode; name: string; record: ImportRecord }>
  keptBaseCodes: Set<string>
  assigned: AssignedCode[]
}

/** Two rows of one name and category are two items when each carries its own code (a list may hold such twins). */
function toldApart(a: Entry, b: Entry): boolean {
  const [codeA, codeB] = [a.givenCode ?? a.sourceCode, b.givenCode ?? b.sourceCode]
  return Boolean(codeA && codeB && codeA !== codeB)
}

function settleCodes(entries: Entry[], base: readonly PowerItem[], usedCodes: readonly string[], errors: ImportIssue[]): CodePlan {
  const baseByCode = new Map(base.map((item) => [item.code, item]))
  const baseBySource = new Map(base.filter((item) => item.sourceCode).map((item) => [item.sourceCode as string, item]))
  const baseByKey = new Map(base.map((item) => [keyOf(item.category, item.parentCode ? (baseByCode.get(item.parentCode)?.name ?? '') : null, item.name), item]))
  const byCode = new Map<string, Entry>()
  const byKey = new Map<string, Entry>()
  const implied: CodePlan['implied'] = []
  const keptBaseCodes = new Set<string>()
  const assigned: AssignedCode[] = []
  const counters = new Counters([...usedCodes, ...base.map((item) => item.code), ...entries.flatMap((e) => (e.givenCode ? [e.givenCode] : []))])
  const where = (entry: Entry, field: ImportField) => ({ sheet: entry.record.sheet, row: entry.record.row, column: entry.record.cells[field]?.column ?? field })

  const claim = (entry: Entry, code: string, assignedNew: boolean): void => {
    const key = keyOf(entry.category, entry.mainName, entry.name)
    const twin = byKey.get(key)
    if (twin && !toldApart(twin, entry))
      return void errors.push({
        ...where(entry, 'name'),
        message: `“${entry.name}”（${categoryName(entry.category)}${entry.mainName ? `，主项“${entry.mainName}”` : ''}）在本部门重复出现，另见工作表“${twin.record.sheet}”第${twin.record.row}行`,
      })
    const other = byCode.get(code)
    if (other) return void errors.push({ ...where(entry, 'code'), message: `事项编码 ${code} 重复，另见工作表“${other.record.sheet}”第${other.record.row}行` })
    const parsed = parseItemCode(code)
    if (parsed && parsed.category !== entry.category)
      return void errors.push({
        ...where(entry, 'code'),
        message: `事项编码 ${code} 的类别字母 ${parsed.category} 与事项类型“${categoryName(entry.category)}”不一致`,
      })
    if (parsed && entry.mainName && parsed.isMainItem)
      return void errors.push({ ...where(entry, 'code'), message: `子项“${entry.name}”的编码 ${code} 是主项编码（子项号为000）` })
    if (parsed && !entry.mainName && !parsed.isMainItem)
      return void errors.push({ ...where(entry, 'code'), message: `主项“${entry.name}”的编码 ${code} 是子项编码` })
    entry.code = code
    byKey.set(key, entry)
    byCode.set(code, entry)
    if (assignedNew) assigned.push({ code, name: entry.name, sourceCode: entry.sourceCode, sheet: entry.record.sheet, row: entry.record.row })
  }
  const matchBase = (entry: Entry): PowerItem | undefined =>
    (entry.givenCode ? baseByCode.get(entry.givenCode) : undefined) ??
    (entry.sourceCode ? baseBySource.get(entry.sourceCode) : undefined) ??
    baseByKey.get(keyOf(entry.category, entry.mainName, entry.name))

  // main items first: sub-items need their main item's code
  for (const entry of entries.filter((e) => !e.mainName)) {
    if (entry.givenCode) claim(entry, entry.givenCode, false)
    else {
      const match = matchBase(entry)
      claim(entry, match?.code ?? counters.nextMain(entry.category), !match)
    }
  }
  for (const entry of entries.filter((e) => e.mainName)) {
    const mainKey = keyOf(entry.category, entry.mainName, '').replace(/\|$/, '|')
    let mainCode = byKey.get(`${entry.category}|${entry.mainName}|`)?.code ?? baseByKey.get(mainKey)?.code
    if (!mainCode && entry.givenCode) mainCode = parseItemCode(entry.givenCode)?.mainCode
    if (!mainCode) {
      // the main item is absent from both: create it, as a catalogue-only item
      mainCode = counters.nextMain(entry.category)
      const record = entry.record
      implied.push({ code: mainCode, category: entry.category, name: entry.mainName as string, record })
      byKey.set(`${entry.category}|${entry.mainName}|`, {
        record,
        category: entry.category,
        name: entry.mainName as string,
        mainName: null,
        givenCode: null,
        sourceCode: null,
        content: {},
        code: mainCode,
      })
      assigned.push({ code: mainCode, name: entry.mainName as string, sourceCode: null, sheet: record.sheet, row: null })
    }
    if (baseByCode.has(mainCode) && !byCode.has(mainCode)) keptBaseCodes.add(mainCode)
    if (entry.givenCode) {
      if (parseItemCode(entry.givenCode)?.mainCode !== mainCode) {
        errors.push({ ...where(entry, 'code'), message: `子项编码 ${entry.givenCode} 与主项“${entry.mainName}”的编码 ${mainCode} 不一致` })
        continue
      }
      claim(entry, entry.givenCode, false)
    } else {
      const match = matchBase(entry)
      claim(entry, match && match.parentCode === mainCode ? match.code : counters.nextSub(mainCode), !(match && match.parentCode === mainCode))
    }
  }
  return { entries, byCode, implied, keptBaseCodes, assigned }
}

/** Next free numbers: mains per category, subs per main item, above every code ever used, in force or in the file. */
class Counters {
  private readonly main = new Map<string, number>()
  private readonly sub = new Map<string, number>()
  constructor(codes: readonly string[]) {
    for (const code of codes) {
      const parsed = parseItemCode(code)
      if (!parsed) continue
      this.main.set(parsed.category, Math.max(this.main.get(parsed.category) ?? 0, Number(parsed.main)))
      this.sub.set(parsed.mainCode, Math.max(this.sub.get(parsed.mainCode) ?? 0, Number(parsed.sub)))
    }
  }
  nextMain(category: string): string {
    const next = (this.main.get(category) ?? 0) + 1
    this.main.set(category, next)
    return `${category}-${String(next).padStart(5, '0')}-000`
  }
  nextSub(mainCode: string): string {
    const next = (this.sub.get(mainCode) ?? 0) + 1
    this.sub.set(mainCode, next)
    return `${mainCode.slice(0, 8)}-${String(next).padStart(3, '0')}`
  }
}

const EMPTY_CONTENT: Omit<PowerItem, 'code' | 'name' | 'category' | 'categoryName' | 'parentCode'> = {
  handlingUnit: null,
  legalBasis: [],
  conditions: null,
  materials: [],
  procedure: [],
  statutoryDeadline: null,
  committedDeadline: null,
  fees: { charged: false, items: [] },
  responsibilities: [],
  accountability: [],
  supervisionPhone: null,
  consultationPhone: null,
  remarks: null,
  effectiveFrom: null,
  effectiveTo: null,
}

function buildItems(plan: CodePlan, input: PlanInput, errors: ImportIssue[], warnings: ImportIssue[]): PowerItem[] {
  const baseByCode = new Map(input.base.map((item) => [item.code, item]))
  const items: PowerItem[] = []
  const build = (code: string, entry: Pick<Entry, 'category' | 'name' | 'content' | 'sourceCode' | 'record'>, presentSource: boolean) => {
    const parsed = parseItemCode(code)
    const previous = baseByCode.get(code)
    const start = previous ? { ...previous } : { ...EMPTY_CONTENT, fees: { charged: false, items: [] } }
    const sourceCode = presentSource ? entry.sourceCode : (previous?.sourceCode ?? null)
    if (previous) warnClearing(previous, entry, warnings)
    const candidate: PowerItem = {
      ...start,
      ...entry.content,
      code,
      name: entry.name,
      category: entry.category,
      categoryName: categoryName(entry.category),
      parentCode: parsed && !parsed.isMainItem ? parsed.mainCode : null,
      effectiveFrom: null,
      effectiveTo: null,
    }
    if (sourceCode) candidate.sourceCode = sourceCode
    else delete candidate.sourceCode
    try {
      const item = normaliseProposedItem(candidate, code)
      items.push(item)
      if (
        ('statutoryDeadline' in entry.content || 'committedDeadline' in entry.content) &&
        committedExceedsStatutory(item.statutoryDeadline, item.committedDeadline)
      )
        warnings.push({
          sheet: entry.record.sheet,
          row: entry.record.row,
          column: entry.record.cells.committedDeadline?.column,
          message: `“${entry.name}”（${code}）的承诺时限“${formatDeadline(item.committedDeadline)}”长于法定时限“${formatDeadline(item.statutoryDeadline)}”：已按原样导入，请核对`,
        })
    } catch (error) {
      if (!(error instanceof ProposalError)) throw error
      const details = error.errors.length ? error.errors.map((e) => e.message).join('；') : error.message
      errors.push({ sheet: entry.record.sheet, row: entry.record.row, message: `事项“${entry.name}”不符合事项格式：${details}` })
    }
  }
  for (const entry of plan.entries) if (entry.code) build(entry.code, entry, entry.record.present.has('sourceCode') || entry.sourceCode !== null)
  for (const main of plan.implied) build(main.code, { category: main.category, name: main.name, content: {}, sourceCode: null, record: main.record }, false)
  return items
}

/** Nothing in it: null, '', [], or an object of such (fees not charged, with no items). */
function blank(value: unknown): boolean {
  if (value == null || value === '' || value === false) return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.values(value as object).every(blank)
}

/** An empty cell empties the field: say so where that removes content in force, naming the columns. */
function warnClearing(previous: PowerItem, entry: Pick<Entry, 'name' | 'content' | 'record'>, warnings: ImportIssue[]): void {
  const cleared = Object.entries(entry.content)
    .filter(([field, value]) => blank(value) && !blank(previous[field as keyof PowerItem]))
    .map(([field]) => entry.record.cells[field as ImportField]?.column ?? HEADER_SYNONYMS[field as ImportField]?.[0] ?? field)
  if (cleared.length)
    warnings.push({
      sheet: entry.record.sheet,
      row: entry.record.row,
      message: `“${entry.name}”的${cleared.map((column) => `“${column}”`).join('、')}为空：将清除现行清单中的该项内容（若不是要删除，请补全后重新导入）`,
    })
}

function changesAgainst(base: readonly PowerItem[], items: readonly PowerItem[], keptBaseCodes: ReadonlySet<string>, full: boolean): Change[] {
  const baseByCode = new Map(base.map((item) => [item.code, item]))
  const changes: Change[] = []
  const inFile = new Set<string>()
  for (const item of items) {
    inFile.add(item.code)
    const previous = baseByCode.get(item.code)
    if (!previous) changes.push({ action: 'add', code: item.code, item })
    else if (diffItem(previous, item).length) changes.push({ action: 'modify', code: item.code, item })
  }
  if (full) {
    for (const item of base) if (!inFile.has(item.code) && !keptBaseCodes.has(item.code)) changes.push({ action: 'repeal', code: item.code })
  }
  return changes
}
