import { categoryName } from './categories'
import { parseItemCode } from './item-code'
import type { PowerItem, RichText } from './power-item'

/**
 * An item with nothing in it yet but what its code says (category, main item): what the admin's
 * item form starts from when a proposal adds an item. Every field is present, as the schema wants,
 * empty (null or []); the name is left for the editor.
 */
export function blankItem(code: string): PowerItem {
  const parsed = parseItemCode(code)
  const category = parsed?.category ?? 'QT'
  return {
    code,
    name: '',
    category,
    categoryName: categoryName(category),
    parentCode: parsed && !parsed.isMainItem ? parsed.mainCode : null,
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
}

/** Plain text as rich text: each line a paragraph, escaped (remarks written in a form or a cell). */
export function richTextOf(text: string): RichText {
  return {
    text,
    html: text
      .split(/\n+/)
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
      .join(''),
  }
}
