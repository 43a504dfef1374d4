import type { Locale } from './locales'

export type { Locale } from './locales'

/** 权力类型 — the eleven categories and their names. `GG` (public service) is not a "power". */
export const CATEGORIES = {
  XK: { 'zh-Hans': '行政许可', 'zh-Hant': '行政許可', en: 'Administrative licensing' },
  CF: { 'zh-Hans': '行政处罚', 'zh-Hant': '行政處罰', en: 'Administrative penalty' },
  QZ: { 'zh-Hans': '行政强制', 'zh-Hant': '行政強制', en: 'Administrative coercion' },
  ZS: { 'zh-Hans': '行政征收', 'zh-Hant': '行政徵收', en: 'Administrative levy' },
  JF: { 'zh-Hans': '行政给付', 'zh-Hant': '行政給付', en: 'Administrative payment' },
  JC: { 'zh-Hans': '行政检查', 'zh-Hant': '行政檢查', en: 'Administrative inspection' },
  QR: { 'zh-Hans': '行政确认', 'zh-Hant': '行政確認', en: 'Administrative confirmation' },
  JL: { 'zh-Hans': '行政奖励', 'zh-Hant': '行政獎勵', en: 'Administrative reward' },
  CJ: { 'zh-Hans': '行政裁决', 'zh-Hant': '行政裁決', en: 'Administrative adjudication' },
  QT: { 'zh-Hans': '其他行政权力', 'zh-Hant': '其他行政權力', en: 'Other administrative power' },
  GG: { 'zh-Hans': '公共服务', 'zh-Hant': '公共服務', en: 'Public service' },
} as const

export type CategoryCode = keyof typeof CATEGORIES

export const CATEGORY_CODES = Object.keys(CATEGORIES) as CategoryCode[]

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && Object.hasOwn(CATEGORIES, value)
}

export function categoryName(code: CategoryCode, locale: Locale = 'zh-Hans'): string {
  return CATEGORIES[code][locale]
}

/** Public service items are published alongside powers but are not counted as powers. */
export function isPower(code: CategoryCode): boolean {
  return code !== 'GG'
}
