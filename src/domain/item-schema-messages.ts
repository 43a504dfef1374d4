import type { ErrorObject } from 'ajv'
import { FIELD_LABELS } from './diff/field-labels'

/**
 * What a schema refusal says to the legal office: the field by its Chinese label, the fault in
 * Chinese, and ajv's English in brackets for programs and portal developers (the convention of the
 * other item messages: "不是电话号码…(not a phone number)"). The JSON Pointer stays in `path`.
 *
 * `/legalBasis/0/law` is "设定依据/实施依据第1项·法律法规名称": an editor counts rows from one and
 * knows the fields by the names the published lists use (diff/field-labels.ts).
 */
export function fieldLabelOf(pointer: string): string {
  const segments = pointer.split('/').slice(1).map(unescapePointer)
  if (!segments.length) return '事项'
  let schemaPath = ''
  let label = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) {
      label += `第${Number(segment) + 1}项`
      continue
    }
    schemaPath = schemaPath ? `${schemaPath}.${segment}` : segment
    const own = Object.hasOwn(FIELD_LABELS, schemaPath) ? FIELD_LABELS[schemaPath]!['zh-Hans'] : segment
    label = label ? `${label}·${own}` : own
  }
  return label
}

/** The message of one ajv error, about the field at `pointer` (the error's own path, or the missing/extra property's). */
export function schemaMessage(error: ErrorObject, pointer: string): string {
  return `${fieldLabelOf(pointer)}：${fault(error)}`
}

function fault(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const english = error.message ?? 'is invalid'
  switch (error.keyword) {
    case 'required':
      return '必填，没有内容时填 null 或 [] (is required; use null or [] when absent)'
    case 'additionalProperties':
      return '不是权力事项的字段 (is not a field of a power item)'
    case 'minLength':
      return params.limit === 1 ? `不能为空 (${english})` : `至少 ${String(params.limit)} 个字 (${english})`
    case 'maxLength':
      return `不能超过 ${String(params.limit)} 个字 (${english})`
    case 'type':
      return `应为${typeNames(params.type)} (${english})`
    case 'enum':
      return `应为以下之一：${(params.allowedValues as unknown[]).map(String).join('、')} (${english})`
    case 'pattern':
      return `格式应如 XK-00001-000：类别字母-5位主项号-3位子项号 (${english})`
    case 'format':
      return params.format === 'date' ? `应为日期，按 年-月-日 填写，如 2016-10-01 (${english})` : `格式不对 (${english})`
    case 'exclusiveMinimum':
      return `应大于 ${String(params.limit)} (${english})`
    default:
      return `不符合要求 (${english})`
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  array: '列表 [...]',
  object: '对象 {...}',
  null: 'null',
}

function typeNames(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',')
  return types.map((each) => TYPE_NAMES[String(each)] ?? String(each)).join('或')
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
