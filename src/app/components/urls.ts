/** Links of the public pages. Every link carries the reader's `locale` (absent for the default). */
import type { Locale } from '@/domain/categories'

export type Query = Record<string, string | number | null | undefined>

export function href(path: string, query: Query = {}, locale?: Locale): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '' && key !== 'locale') params.set(key, String(value))
  if (locale && locale !== 'zh-Hans') params.set('locale', locale)
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

const seg = encodeURIComponent

export const urls = {
  home: (locale: Locale) => href('/', {}, locale),
  department: (dept: string, locale: Locale, query: Query = {}) => href(`/departments/${seg(dept)}`, query, locale),
  item: (dept: string, code: string, locale: Locale, query: Query = {}) => href(`/departments/${seg(dept)}/items/${seg(code)}`, query, locale),
  compare: (dept: string, locale: Locale, query: Query = {}) => href(`/departments/${seg(dept)}/compare`, query, locale),
  search: (locale: Locale, query: Query = {}) => href('/search', query, locale),
  revision: (id: string, locale: Locale, query: Query = {}) => href(`/revisions/${seg(id)}`, query, locale),
  law: (id: string, locale: Locale, query: Query = {}) => href(`/laws/${seg(id)}`, query, locale),
  /** the Atom feed of publications, of one department or of all */
  feed: (dept?: string) => (dept ? `/api/public/v1/departments/${seg(dept)}/changes.atom` : '/api/public/v1/changes.atom'),
  export: (dept: string, format: 'csv' | 'xlsx' | 'json', locale: Locale, asOf?: string) =>
    href(`/api/public/v1/departments/${seg(dept)}/export.${format}`, { asOf }, locale),
}

/** Next's searchParams: one string per name (the first when repeated). */
export type SearchParams = Record<string, string | string[] | undefined>

export function flatten(searchParams: SearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value
    if (first !== undefined) out[key] = first
  }
  return out
}

/** A dynamic route segment as text (Next may hand it over still percent-encoded). */
export function segment(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
