import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichText } from '../domain/power-item'

/**
 * Rich text enters as plain text (API, import) or Lexical (admin) and leaves as `{ text, html }`.
 * Plain text becomes one Lexical paragraph per line, which is all an imported remark needs.
 */
export function lexicalFromText(text: string): SerializedEditorState {
  const paragraphs = text.split(/\r?\n+/).map((line) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, format: 0, detail: 0, mode: 'normal', style: '' }] : [],
  }))
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs } }
}

export function isLexical(value: unknown): value is SerializedEditorState {
  return Boolean(value && typeof value === 'object' && 'root' in (value as object))
}

export function lexicalToText(value: unknown): string {
  if (!isLexical(value)) return typeof value === 'string' ? value : ''
  // one paragraph per line on the way in, so paragraphs are single lines on the way out
  return convertLexicalToPlaintext({ data: value })
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export function lexicalToRichText(value: unknown): RichText | null {
  if (typeof value === 'string')
    return value.trim() ? { text: value, html: convertLexicalToHTML({ data: lexicalFromText(value), disableContainer: true }) } : null
  if (!isLexical(value)) return null
  const text = lexicalToText(value)
  if (!text) return null
  return { text, html: convertLexicalToHTML({ data: value, disableContainer: true }) }
}
