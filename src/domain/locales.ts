/**
 * The output locales, in one place. zh-Hans is the language of the data; zh-Hant is derived from it
 * (OpenCC) where no hand translation exists, and en falls back to zh-Hans. Payload's localization
 * (payload.config.ts) uses the same codes and fallbacks.
 */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'zh-Hans'

/** Each language named in itself, for a language switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' }

/** Where a missing translation is looked for, in order. */
export const LOCALE_FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {
  'zh-Hans': ['zh-Hans', 'en'],
  'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'],
  en: ['en', 'zh-Hans'],
}

/** The locale a tag names; language tags are case-insensitive (BCP 47). */
export function findLocale(tag: string): Locale | undefined {
  return LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase())
}

/** A hand-translated text in `locale`, following the fallbacks; '' when there is none. */
export function translated(texts: Partial<Record<Locale, string>>, locale: Locale): string {
  for (const each of LOCALE_FALLBACKS[locale]) if (texts[each]) return texts[each]
  return ''
}
