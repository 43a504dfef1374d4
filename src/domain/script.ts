import * as OpenCC from 'opencc-js'
import type { Locale } from './locales'

/**
 * Simplified ↔ Traditional Chinese, the one conversion the API and the pages share. OpenCC (cn ↔
 * tw) only rewrites CJK characters, so codes, dates, hashes and enum values pass through a
 * whole-object walk untouched.
 */
export type Convert = (text: string) => string

let converters: { traditional: Convert; simplified: Convert } | null = null

/** Built on first use: building the dictionaries takes a moment and most requests are zh-Hans. */
function opencc() {
  converters ??= {
    traditional: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    simplified: OpenCC.Converter({ from: 'tw', to: 'cn' }),
  }
  return converters
}

export const toTraditional: Convert = (text) => opencc().traditional(text)
export const toSimplified: Convert = (text) => opencc().simplified(text)

/** Chinese text of the data (written in Simplified) in the reader's script; en keeps it as is. */
export function inScript(text: string, locale: Locale): string {
  return locale === 'zh-Hant' ? toTraditional(text) : text
}

/** A test of whether `typed` occurs in a text, either written in either script (市場 finds 市场监督管理局). */
export function inEitherScript(typed: string): (text: string) => boolean {
  const simplified = toSimplified(typed)
  return (text) => text.includes(typed) || text.includes(simplified) || toSimplified(text).includes(simplified)
}

const HAN = /\p{Script=Han}/u

/** Every string of `value` converted, except under `keep` keys (identities such as diff paths). */
export function convertStrings<T>(value: T, convert: Convert, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return (HAN.test(value) ? convert(value) : value) as T
  if (Array.isArray(value)) return value.map((each) => convertStrings(each, convert, keep)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) out[key] = keep.has(key) ? member : convertStrings(member, convert, keep)
  return out as T
}
