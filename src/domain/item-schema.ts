import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { CATEGORY_CODES } from './categories'
import { ITEM_CODE_PATTERN } from './item-code'
import { schemaMessage, fieldLabelOf } from './item-schema-messages'
import { phoneProblem } from './phone'
import { RESPONSIBILITY_STAGES } from './responsibility-stages'

/**
 * JSON Schema (2020-12) of the public PowerItem shape. Served at /schema/power-item.json and used
 * to validate every item that enters the system: seeds, revision proposals, imports.
 */
const nullableString = { type: ['string', 'null'] } as const
const nonEmpty = { type: 'string', minLength: 1 } as const
const date = { type: ['string', 'null'], format: 'date' } as const

const deadline = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['value', 'unit', 'note'],
  properties: {
    value: { type: 'number', exclusiveMinimum: 0 },
    unit: { enum: ['workday', 'day', 'month'] },
    note: nullableString,
  },
} as const

export { RESPONSIBILITY_STAGES }

const PHONE_DESCRIPTION =
  'one or more phone numbers as written (0851-85986012, (020)12345678, 12345, 400-123-4567, 13800138000, +86 10 1234 5678, 转123), separated by 、，,/; or 或; text holding no number is refused'

export const powerItemSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://quanze.example/schema/power-item.json',
  title: 'PowerItem 权力事项',
  type: 'object',
  additionalProperties: false,
  required: [
    'code',
    'name',
    'category',
    'categoryName',
    'parentCode',
    'handlingUnit',
    'legalBasis',
    'conditions',
    'materials',
    'procedure',
    'statutoryDeadline',
    'committedDeadline',
    'fees',
    'responsibilities',
    'accountability',
    'supervisionPhone',
    'consultationPhone',
    'remarks',
    'effectiveFrom',
    'effectiveTo',
  ],
  properties: {
    code: { type: 'string', pattern: ITEM_CODE_PATTERN },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    category: { enum: CATEGORY_CODES },
    categoryName: { type: 'string' },
    parentCode: { type: ['string', 'null'], pattern: ITEM_CODE_PATTERN },
    sourceCode: { type: ['string', 'null'], maxLength: 100, description: '来源编码: the code the publishing office uses (optional)' },
    handlingUnit: nullableString,
    legalBasis: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['law', 'documentNo', 'article', 'text'],
        properties: { law: nonEmpty, documentNo: nullableString, article: nullableString, text: nonEmpty },
      },
    },
    conditions: nullableString,
    materials: { type: 'array', items: nonEmpty },
    procedure: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'description', 'deadline'],
        properties: { name: nonEmpty, description: { type: 'string' }, deadline: nullableString },
      },
    },
    statutoryDeadline: deadline,
    committedDeadline: deadline,
    fees: {
      type: 'object',
      additionalProperties: false,
      required: ['charged', 'items'],
      properties: {
        charged: { type: 'boolean' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'standard', 'basis'],
            properties: { name: nonEmpty, standard: nonEmpty, basis: nullableString },
          },
        },
      },
    },
    responsibilities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stage', 'duty', 'basis'],
        properties: { stage: { enum: RESPONSIBILITY_STAGES }, duty: nonEmpty, basis: nullableString },
      },
    },
    accountability: { type: 'array', items: nonEmpty },
    supervisionPhone: { ...nullableString, description: PHONE_DESCRIPTION },
    consultationPhone: { ...nullableString, description: PHONE_DESCRIPTION },
    remarks: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['text', 'html'],
      properties: { text: { type: 'string' }, html: { type: 'string' } },
    },
    effectiveFrom: date,
    effectiveTo: date,
  },
} as const

export interface FieldError {
  /** JSON Pointer into the item, e.g. `/legalBasis/0/law`; `` for the item itself */
  path: string
  message: string
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
addFormats(ajv)
const validate = ajv.compile(powerItemSchema)

/** Field errors of an item against the schema; empty when valid. */
export function powerItemErrors(item: unknown): FieldError[] {
  const errors = validate(item) ? [] : (validate.errors ?? []).map(toFieldError)
  return [...errors, ...phoneErrors(item)]
}

const PHONE_FIELDS = ['supervisionPhone', 'consultationPhone'] as const

/** The schema says a phone is a string; this says the string is a phone (src/domain/phone.ts). */
function phoneErrors(item: unknown): FieldError[] {
  if (item === null || typeof item !== 'object') return []
  return PHONE_FIELDS.flatMap((field) => {
    const value = (item as Record<string, unknown>)[field]
    const problem = typeof value === 'string' && value !== '' ? phoneProblem(value) : null
    return problem ? [{ path: `/${field}`, message: `${fieldLabelOf(`/${field}`)}：${problem}` }] : []
  })
}

function toFieldError(error: ErrorObject): FieldError {
  const path = pathOf(error)
  return { path, message: schemaMessage(error, path) }
}

/** The pointer of the field at fault: a missing or extra property's own, else the error's. */
function pathOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}`
  return error.instancePath
}
