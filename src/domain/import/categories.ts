/** 事项类型 cells: a name (simplified or traditional, with the synonyms offices use) or a code (XK …). */
import { CATEGORIES, CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../categories'

const ALIASES: Record<string, CategoryCode> = {
  行政审批: 'XK',
  行政许可事项: 'XK',
  行政强制措施: 'QZ',
  行政强制执行: 'QZ',
  其他职权: 'QT',
  其他权力: 'QT',
  其他行政职权: 'QT',
  其他事项: 'QT',
  公共服务事项: 'GG',
}

const byName = new Map<string, CategoryCode>()
for (const code of CATEGORY_CODES) {
  for (const name of Object.values(CATEGORIES[code])) byName.set(squash(name), code)
}
for (const [name, code] of Object.entries(ALIASES)) byName.set(squash(name), code)

function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

/** The names a user may write, for the message of an unknown category. */
export const ACCEPTED_CATEGORY_NAMES = [...CATEGORY_CODES.map((code) => `${CATEGORIES[code]['zh-Hans']}（${code}）`), ...Object.keys(ALIASES)]

/**
 * "行政许可", "行政許可", "XK", "XK 行政许可", "一、行政许可（8项）" → XK. Null when unknown.
 * `simplify` turns traditional characters into simplified ones (OpenCC in the service).
 */
export function resolveCategory(text: string, simplify: (text: string) => string = (t) => t): CategoryCode | null {
  const raw = text.trim()
  if (!raw) return null
  const upper = raw.toUpperCase()
  if (isCategoryCode(upper)) return upper
  const withoutCode = raw.replace(/^[A-Za-z]{2}[\s\-—:：]+/, '')
  const cleaned = squash(withoutCode)
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/类$/, '')
  return byName.get(cleaned) ?? byName.get(squash(simplify(cleaned))) ?? null
}
