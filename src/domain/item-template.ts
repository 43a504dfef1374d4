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

/** The item under another code, with what the code decides (category, main item) decided again. */
export function withCode(item: PowerItem, code: string): PowerItem {
  const { category, categoryName, parentCode } = blankItem(code)
  return { ...item, code, category, categoryName, parentCode }
}

/** Plain text as rich text: each line a paragraph, escaped as the rich-text editor's HTML is (remarks written in a form or a cell). */
export function richTextOf(text: string): RichText {
  return {
    text,
    html: text
      .split(/\n+/)
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(''),
  }
}

/**
 * Whether rich text is no more than its plain text in paragraphs, so a form can rewrite it from the
 * text without losing anything: remarks imported or pasted with links or emphasis are not.
 */
export function isPlainRichText(richText: RichText): boolean {
  return richTextOf(richText.text).html === richText.html
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char])
