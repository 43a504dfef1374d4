/**
 * Full-text filter of a published list (public API `q`, `category`) and its pagination.
 *
 * A query is a list of terms, all of which must match (AND); each term carries its spellings
 * (e.g. as typed and converted to Simplified Chinese), any of which may match. Delivery code builds
 * the spellings; this module only compares lowercased substrings, so it stays pure.
 */
import type { CategoryCode } from './categories'
import type { PowerItem } from './power-item'

/** One term: its alternative spellings, lowercased. */
export type SearchTerm = readonly string[]
export type SearchQuery = readonly SearchTerm[]

/** Splits on whitespace; drops empty terms; lowercases every spelling. */
export function searchQuery(raw: string, spell: (term: string) => readonly string[] = (term) => [term]): SearchQuery {
  return raw
    .split(/\s+/u)
    .filter(Boolean)
    .map((term) => [...new Set(spell(term).map((each) => each.toLowerCase()))])
}

/** The texts `q` searches: code, name and every legal basis (law, document number, article, text). */
function searchableText(item: PowerItem): string {
  const basis = item.legalBasis.flatMap((entry) => [entry.law, entry.documentNo ?? '', entry.article ?? '', entry.text])
  return [item.code, item.name, ...basis].join('\n').toLowerCase()
}

export function matchesQuery(item: PowerItem, query: SearchQuery): boolean {
  if (query.length === 0) return true
  const text = searchableText(item)
  return query.every((spellings) => spellings.some((spelling) => text.includes(spelling)))
}

export interface ItemFilter {
  category?: CategoryCode | null
  query?: SearchQuery
}

export function filterItems(items: readonly PowerItem[], filter: ItemFilter): PowerItem[] {
  return items.filter(
    (item) => (!filter.category || item.category === filter.category) && matchesQuery(item, filter.query ?? []),
  )
}

export interface Page<T> {
  page: number
  limit: number
  totalItems: number
  items: T[]
}

/** 1-based pages; a page past the end is empty, not an error (the total tells the client why). */
export function paginate<T>(items: readonly T[], page: number, limit: number): Page<T> {
  const start = (page - 1) * limit
  return { page, limit, totalItems: items.length, items: items.slice(start, start + limit) }
}
