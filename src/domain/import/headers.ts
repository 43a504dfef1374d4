/**
 * 表头同义词: the column headings real offices publish, mapped to the fields of a power item. One
 * table, extensible with a JSON file (`--headers`) of the same shape: `{ "name": ["清单事项"] }`.
 * English headers are the public shape's field names.
 */
export const IMPORT_FIELDS = [
  'seq',
  'code',
  'sourceCode',
  'category',
  'name',
  'subItem',
  'parentCode',
  'department',
  'handlingUnit',
  'legalBasis',
  'conditions',
  'materials',
  'procedure',
  'statutoryDeadline',
  'committedDeadline',
  'feesCharged',
  'fees',
  'responsibilities',
  'accountability',
  'supervisionPhone',
  'consultationPhone',
  'remarks',
  'ignored',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export type HeaderTable = Readonly<Record<ImportField, readonly string[]>>

export const HEADER_SYNONYMS: HeaderTable = {
  seq: ['序号', '序'],
  code: ['编码', '事项编码', '项目编码', '职权编码', '权力事项编码', '基本编码', '权力编码', '编号', 'code'],
  sourceCode: ['来源编码', '原编码', '原事项编码', 'sourceCode'],
  category: [
    '事项类型',
    '职权类型',
    '职权类别',
    '权力类型',
    '权力类别',
    '行政权力类别',
    '事项类别',
    '类别',
    '类型',
    '权力类型代码',
    'category',
    'categoryName',
  ],
  name: ['事项名称', '事项名称(主项)', '主项名称', '主项', '职权名称', '权责事项', '权力事项', '权力名称', '项目名称', '行政审批事项', '行政检查事项', 'name'],
  subItem: ['子项', '子项名称', '子项(分项)', '职权子项', 'subItem'],
  parentCode: ['上级事项', '所属主项编码', 'parentCode'],
  department: ['部门', '部门名称', '实施主体', '行使主体', '行政主体', '实施机关', '实施机构', 'department'],
  handlingUnit: ['承办机构', '责任处室', '承办处室', 'handlingUnit'],
  legalBasis: ['设定依据', '实施依据', '法定依据', '职权依据', '法律依据', '依据', '设定依据和实施依据', 'legalBasis'],
  conditions: ['受理条件', '办理条件', '申请条件', 'conditions'],
  materials: ['申请材料', '申报材料', 'materials'],
  procedure: ['办理流程', '运行流程', '流程', 'procedure'],
  statutoryDeadline: ['办理时限', '法定时限', '法定办结时限', '法定期限', 'statutoryDeadline'],
  committedDeadline: ['承诺时限', '承诺办结时限', '承诺期限', 'committedDeadline'],
  feesCharged: ['是否收费', 'feesCharged'],
  fees: ['收费依据和标准', '收费标准', '收费依据', '收费', 'fees'],
  responsibilities: ['责任事项', '责任事项内容', 'responsibilities'],
  accountability: ['追责情形', '问责依据', '追责情形及依据', '追责依据', 'accountability'],
  supervisionPhone: ['监督电话', '监督方式', 'supervisionPhone'],
  consultationPhone: ['咨询电话', '咨询方式', 'consultationPhone'],
  remarks: ['备注', 'remarks'],
  ignored: ['effectiveFrom', 'effectiveTo', '生效日期', '取消日期'],
}

/** Width, spacing and bracket forms vary from office to office; the words do not. */
export function normaliseHeader(text: string, simplify: (text: string) => string = (t) => t): string {
  return simplify(text)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊:：]/g, '')
    .toLowerCase()
}

export type HeaderMatcher = (text: string) => ImportField | null

/** The table plus user synonyms, as a lookup from a normalised heading to its field. */
export function headerMatcher(extra: Partial<Record<string, readonly string[]>> = {}, simplify?: (text: string) => string): HeaderMatcher {
  const lookup = new Map<string, ImportField>()
  const add = (field: ImportField, names: readonly string[] = []) => {
    for (const name of names) lookup.set(normaliseHeader(name, simplify), field)
  }
  for (const field of IMPORT_FIELDS) add(field, HEADER_SYNONYMS[field])
  for (const [field, names] of Object.entries(extra)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field))
      throw new Error(`表头同义词文件中的字段 "${field}" 不存在；可用字段：${IMPORT_FIELDS.join(', ')}`)
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
      throw new Error(`表头同义词文件中字段 "${field}" 的值应为字符串数组，例如 ["清单事项"]`)
    add(field as ImportField, names)
  }
  return (text) => lookup.get(normaliseHeader(text, simplify)) ?? null
}

/** The fields by the heading the table knows them by first, for people choosing one (the admin's column table). */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, field === 'ignored' ? '（不导入此列）' : HEADER_SYNONYMS[field][0]]),
) as Record<ImportField, string>

/** One row of a column table: a heading as the file writes it, and the field it stands for. */
export interface HeadingRow {
  heading: string
  field: string
}

/**
 * A column table ("your heading → our field") as the synonyms `headers` takes: `{ name: ["清单事项"] }`.
 * Rows left blank are dropped; a heading without a field, a field without a heading, an unknown
 * field or one heading given two fields is refused, in Chinese, naming the row.
 */
export function synonymsFromRows(rows: readonly HeadingRow[]): { headers: Partial<Record<ImportField, string[]>> } | { error: string } {
  const problems: string[] = []
  const headers: Partial<Record<ImportField, string[]>> = {}
  const fieldOf = new Map<string, { field: string; row: number }>()
  rows.forEach(({ heading: written, field }, index) => {
    const heading = written.trim()
    const row = index + 1
    if (!heading && !field) return
    if (!heading) return void problems.push(`第${row}行：请填写文件中对应“${IMPORT_FIELD_LABELS[field as ImportField] ?? field}”的列名`)
    if (!field) return void problems.push(`第${row}行：请为列名“${heading}”选择对应的字段`)
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) return void problems.push(`第${row}行：字段“${field}”不存在`)
    const key = normaliseHeader(heading)
    const earlier = fieldOf.get(key)
    if (earlier && earlier.field !== field)
      return void problems.push(
        `第${row}行：列名“${heading}”已在第${earlier.row}行对应“${IMPORT_FIELD_LABELS[earlier.field as ImportField]}”，不能再对应“${IMPORT_FIELD_LABELS[field as ImportField]}”`,
      )
    fieldOf.set(key, { field, row })
    const names = (headers[field as ImportField] ??= [])
    if (!names.includes(heading)) names.push(heading)
  })
  return problems.length ? { error: `列名对照有误：${problems.join('；')}` } : { headers }
}
