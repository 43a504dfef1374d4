import { categoryName, type Locale } from '../../domain/categories'
import type { Diff } from '../../domain/diff'
import type { PowerItem } from '../../domain/power-item'
import { translated } from '../../domain/locales'
import { convertStrings, toTraditional } from '../../domain/script'
import type { DepartmentEntry } from '../../services/public-read'

/**
 * Output locales of the API and the pages. Hand translations win (categories, department names
 * read from Payload with locale 'all'); otherwise zh-Hant is Simplified text converted
 * (src/domain/script.ts) and en falls back to zh-Hans.
 */

/**
 * Converted items memoised per snapshot hash (the content it names never changes), and per item
 * so a page of 50 does not convert the whole list. Bounded like the snapshot cache.
 */
const MEMO_LIMIT = 256
const traditionalItems = new Map<string, Map<string, PowerItem>>()

function memoFor(key: string): Map<string, PowerItem> {
  let memo = traditionalItems.get(key)
  if (!memo) {
    traditionalItems.set(key, (memo = new Map()))
    if (traditionalItems.size > MEMO_LIMIT) traditionalItems.delete(traditionalItems.keys().next().value as string)
  }
  return memo
}

export function localizeItem(item: PowerItem, locale: Locale, snapshotHash: string): PowerItem {
  if (locale === 'zh-Hans') return item
  if (locale === 'en') return { ...item, categoryName: categoryName(item.category, 'en') }
  const memo = memoFor(snapshotHash)
  let converted = memo.get(item.code)
  if (!converted) {
    converted = { ...convertStrings(item, toTraditional), categoryName: categoryName(item.category, 'zh-Hant') }
    memo.set(item.code, converted)
  }
  return converted
}

export function localizeItems(items: readonly PowerItem[], locale: Locale, snapshotHash: string): PowerItem[] {
  return items.map((item) => localizeItem(item, locale, snapshotHash))
}

/** Diff paths and labels are identities clients key on: they stay as the diff engine wrote them. */
const DIFF_IDENTITIES = new Set(['path', 'label', 'from', 'to'])

export function localizeDiff(diff: Diff, locale: Locale): Diff {
  if (locale !== 'zh-Hant') return diff
  return convertStrings(diff, toTraditional, DIFF_IDENTITIES)
}

/** zh-Hant: the hand translation, else the Simplified name converted; others: service fallbacks. */
export function localizedDepartmentName(names: DepartmentEntry['names'], locale: Locale): string {
  if (locale === 'zh-Hant' && !names['zh-Hant'] && names['zh-Hans']) return toTraditional(names['zh-Hans'])
  return translated(names, locale)
}

/**
 * A body of Chinese text (titles, names) for `locale`: zh-Hant converts it whole (OpenCC rewrites
 * only CJK characters, so codes, dates, hashes and enum values pass), the others read as written.
 */
export function inLocale<T>(body: T, locale: Locale): T {
  return locale === 'zh-Hant' ? convertStrings(body, toTraditional) : body
}
