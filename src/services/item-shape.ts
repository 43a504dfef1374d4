import { categoryName, type CategoryCode } from '../domain/categories'
import type { Deadline, PowerItem, RichText } from '../domain/power-item'
import { lexicalFromText, lexicalToRichText } from '../lexical/convert'

/**
 * Payload stores lists of strings as arrays of rows and rich text as Lexical JSON; the public shape
 * has plain strings and `{ text, html }`. These two functions are the only translation between them.
 */
type Row = Record<string, unknown>
export type StoredItem = Row

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

export function toPublicItem(stored: StoredItem, code = String(stored.code)): PowerItem {
  const category = stored.category as CategoryCode
  const fees = (stored.fees ?? {}) as Row
  return {
    code,
    name: String(stored.name ?? ''),
    category,
    categoryName: categoryName(category),
    parentCode: str(stored.parentCode),
    ...(str(stored.sourceCode) ? { sourceCode: str(stored.sourceCode) } : {}),
    handlingUnit: str(stored.handlingUnit),
    legalBasis: rows(stored.legalBasis).map((row) => ({
      law: String(row.law ?? ''),
      documentNo: str(row.documentNo),
      article: str(row.article),
      text: String(row.text ?? ''),
    })),
    conditions: str(stored.conditions),
    materials: rows(stored.materials).map((row) => String(row.material ?? '')),
    procedure: rows(stored.procedure).map((row) => ({
      name: String(row.name ?? ''),
      description: String(row.description ?? ''),
      deadline: str(row.deadline),
    })),
    statutoryDeadline: toDeadline(stored.statutoryDeadline),
    committedDeadline: toDeadline(stored.committedDeadline),
    fees: {
      charged: Boolean(fees.charged),
      items: rows(fees.items).map((row) => ({ name: String(row.name ?? ''), standard: String(row.standard ?? ''), basis: str(row.basis) })),
    },
    responsibilities: rows(stored.responsibilities).map((row) => ({
      stage: row.stage as PowerItem['responsibilities'][number]['stage'],
      duty: String(row.duty ?? ''),
      basis: str(row.basis),
    })),
    accountability: rows(stored.accountability).map((row) => String(row.circumstance ?? '')),
    supervisionPhone: str(stored.supervisionPhone),
    consultationPhone: str(stored.consultationPhone),
    remarks: lexicalToRichText(stored.remarks),
    effectiveFrom: str(stored.effectiveFrom),
    effectiveTo: str(stored.effectiveTo),
  }
}

function toDeadline(value: unknown): Deadline | null {
  const group = (value ?? {}) as Row
  if (typeof group.value !== 'number' || !group.unit) return null
  return { value: group.value, unit: group.unit as Deadline['unit'], note: str(group.note) }
}

/** The Payload data of an item's content (without code, department or status). */
export function toStoredItem(item: PowerItem): StoredItem {
  return {
    name: item.name,
    category: item.category,
    parentCode: item.parentCode,
    sourceCode: item.sourceCode ?? null,
    handlingUnit: item.handlingUnit,
    legalBasis: item.legalBasis.map((basis) => ({ ...basis })),
    conditions: item.conditions,
    materials: item.materials.map((material) => ({ material })),
    procedure: item.procedure.map((step) => ({ ...step })),
    statutoryDeadline: fromDeadline(item.statutoryDeadline),
    committedDeadline: fromDeadline(item.committedDeadline),
    fees: { charged: item.fees.charged, items: item.fees.items.map((fee) => ({ ...fee })) },
    responsibilities: item.responsibilities.map((duty) => ({ ...duty })),
    accountability: item.accountability.map((circumstance) => ({ circumstance })),
    supervisionPhone: item.supervisionPhone,
    consultationPhone: item.consultationPhone,
    remarks: remarksToLexical(item.remarks),
  }
}

function fromDeadline(deadline: Deadline | null) {
  return deadline ? { ...deadline } : { value: null, unit: null, note: null }
}

function remarksToLexical(remarks: RichText | null) {
  return remarks && remarks.text.trim() ? lexicalFromText(remarks.text) : null
}
