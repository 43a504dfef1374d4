/**
 * Human labels for the fields of a power item, as shown next to each change in a diff.
 *
 * Labels are keyed by *schema path*: the item path with its identity brackets removed, so
 * `legalBasis[《广告法》 第二十九条].text` has schema path `legalBasis.text`. Each entry is the label
 * of the last segment only; `labelFor` joins the labels of every prefix ("设定依据/实施依据·条文内容").
 */
import type { FieldLabel } from './types'

const SEPARATOR: FieldLabel = { 'zh-Hans': '·', en: ' · ' }

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  code: { 'zh-Hans': '事项编码', en: 'Code' },
  name: { 'zh-Hans': '事项名称', en: 'Name' },
  category: { 'zh-Hans': '权力类型', en: 'Category' },
  categoryName: { 'zh-Hans': '权力类型名称', en: 'Category name' },
  parentCode: { 'zh-Hans': '主项编码', en: 'Main item code' },
  handlingUnit: { 'zh-Hans': '承办机构', en: 'Handling unit' },

  legalBasis: { 'zh-Hans': '设定依据/实施依据', en: 'Legal basis' },
  'legalBasis.law': { 'zh-Hans': '法律法规名称', en: 'law' },
  'legalBasis.documentNo': { 'zh-Hans': '文号', en: 'document number' },
  'legalBasis.article': { 'zh-Hans': '条款', en: 'article' },
  'legalBasis.text': { 'zh-Hans': '条文内容', en: 'text' },

  conditions: { 'zh-Hans': '受理条件', en: 'Conditions' },
  materials: { 'zh-Hans': '申请材料', en: 'Application materials' },

  procedure: { 'zh-Hans': '办理流程', en: 'Procedure' },
  'procedure.name': { 'zh-Hans': '环节名称', en: 'step' },
  'procedure.description': { 'zh-Hans': '环节内容', en: 'description' },
  'procedure.deadline': { 'zh-Hans': '环节时限', en: 'deadline' },

  statutoryDeadline: { 'zh-Hans': '法定办结时限', en: 'Statutory deadline' },
  'statutoryDeadline.value': { 'zh-Hans': '时限', en: 'value' },
  'statutoryDeadline.unit': { 'zh-Hans': '时限单位', en: 'unit' },
  'statutoryDeadline.note': { 'zh-Hans': '说明', en: 'note' },

  committedDeadline: { 'zh-Hans': '承诺办结时限', en: 'Committed deadline' },
  'committedDeadline.value': { 'zh-Hans': '时限', en: 'value' },
  'committedDeadline.unit': { 'zh-Hans': '时限单位', en: 'unit' },
  'committedDeadline.note': { 'zh-Hans': '说明', en: 'note' },

  fees: { 'zh-Hans': '收费', en: 'Fees' },
  'fees.charged': { 'zh-Hans': '是否收费', en: 'charged' },
  'fees.items': { 'zh-Hans': '收费项目', en: 'items' },
  'fees.items.name': { 'zh-Hans': '项目名称', en: 'name' },
  'fees.items.standard': { 'zh-Hans': '收费标准', en: 'standard' },
  'fees.items.basis': { 'zh-Hans': '收费依据', en: 'basis' },

  responsibilities: { 'zh-Hans': '责任事项', en: 'Responsibilities' },
  'responsibilities.stage': { 'zh-Hans': '环节', en: 'stage' },
  'responsibilities.duty': { 'zh-Hans': '责任内容', en: 'duty' },
  'responsibilities.basis': { 'zh-Hans': '依据', en: 'basis' },

  accountability: { 'zh-Hans': '追责情形', en: 'Accountability' },
  supervisionPhone: { 'zh-Hans': '监督电话', en: 'Supervision phone' },
  consultationPhone: { 'zh-Hans': '咨询电话', en: 'Consultation phone' },
  sourceCode: { 'zh-Hans': '来源编码', en: 'Source code' },

  remarks: { 'zh-Hans': '备注', en: 'Remarks' },
  'remarks.text': { 'zh-Hans': '文本', en: 'text' },
  'remarks.html': { 'zh-Hans': '格式文本', en: 'HTML' },

  effectiveFrom: { 'zh-Hans': '生效日期', en: 'Effective from' },
  effectiveTo: { 'zh-Hans': '取消日期', en: 'Effective to' },
}

/**
 * Identity brackets end at the first `]` followed by `.` or the end of the path, so an identity
 * such as `《条例》[2019]` or `第3.1条` stays inside its bracket.
 */
const IDENTITY = /\[.*?\](?=\.|$)/g

/** `legalBasis[《广告法》 第二十九条].text` → `legalBasis.text`. */
export function schemaPathOf(path: string): string {
  return path.replace(IDENTITY, '')
}

/**
 * Label of an item path: the labels of each schema segment joined, e.g.
 * `committedDeadline.value` → { 'zh-Hans': '承诺办结时限·时限', en: 'Committed deadline · value' }.
 * Unknown segments fall back to their own name so a new field never breaks a diff.
 */
export function labelFor(path: string): FieldLabel {
  return labelForSchemaPath(schemaPathOf(path))
}

/** Composed labels by schema path: a list diff asks for the same few dozen labels thousands of times. */
const composed = new Map<string, FieldLabel>()
const COMPOSED_KEPT = 256 // schema paths are few; unknown ones must not grow the cache forever

/** As `labelFor`, for a path that already has no identity brackets. A copy: callers may keep it. */
export function labelForSchemaPath(schemaPath: string): FieldLabel {
  let label = composed.get(schemaPath)
  if (!label) {
    label = compose(schemaPath)
    if (composed.size < COMPOSED_KEPT) composed.set(schemaPath, label)
  }
  return { ...label }
}

function compose(schemaPath: string): FieldLabel {
  const segments = schemaPath.split('.')
  const parts = segments.map((segment, i) => {
    const key = segments.slice(0, i + 1).join('.')
    return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]! : { 'zh-Hans': segment, en: segment }
  })
  return {
    'zh-Hans': parts.map((p) => p['zh-Hans']).join(SEPARATOR['zh-Hans']),
    en: parts.map((p) => p.en).join(SEPARATOR.en),
  }
}
