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

/** what a converter remembers before it starts over, in characters of source text plus ENTRY_COST per text (about 16 MB) */
const REMEMBERED_CHARS = 4_000_000
/** a Map entry and two string headers cost about as much as this many characters: short texts (search terms) count so */
const ENTRY_COST = 40

/**
 * A converter that remembers what it converted. Lists repeat their texts: a generated list of
 * 1,000 items holds 58,187 strings, 2,453 of them distinct, and real lists repeat their legal
 * bases, duties and accountability clauses alike. OpenCC walks every character of every string,
 * so converting such a list took 0.3–0.45 s on its first read in Traditional (0.04 s now):
 * each distinct text is converted once.
 */
export function remembered(convert: Convert, limit = REMEMBERED_CHARS): Convert {
  const known = new Map<string, string>()
  let chars = 0
  return (text) => {
    let converted = known.get(text)
    if (converted === undefined) {
      converted = convert(text)
      if (chars + text.length + ENTRY_COST > limit) {
        known.clear()
        chars = 0
      }
      known.set(text, converted)
      chars += text.length + ENTRY_COST
    }
    return converted
  }
}

export const toTraditional: Convert = remembered((text) => opencc().traditional(text))
export const toSimplified: Convert = remembered((text) => opencc().simplified(text))

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
