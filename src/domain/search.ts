/**
 * Full-text filter of a published list (public API `q`, `category`) and its pagination.
 *
 * A query is a list of terms, all of which must match (AND); each term carries its spellings
 * (e.g. as typed and converted to Simplified Chinese), any of which may match. Delivery code builds
 * the spellings; this module only compares folded substrings (NFKC, lowercase), so it stays pure.
 */
import { bigramAt, bigramPostings, entriesWithBigram, type BigramPostings } from './bigram-postings'
import { CATEGORY_CODES, type CategoryCode } from './categories'
import type { PowerItem } from './power-item'

/** One term: its alternative spellings, folded (foldForSearch). */
export type SearchTerm = readonly string[]
export type SearchQuery = readonly SearchTerm[]

/**
 * The one form both sides of a search are compared in: NFKC (full-width ＸＫ－００１ and half-width
 * XK-001 are one code, as spreadsheets and phone keyboards mix them), lowercase, and without
 * invisible format characters (a zero-width space pasted inside 广告 made it find nothing).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '')
}

const INVISIBLE = /\p{Cf}/gu

/**
 * Title marks a reader types around a law's name (《公司法》): the lists cite laws with or without
 * them. Control characters too: the searchable text separates its entries with NUL, which a term
 * must never match.
 */
const NOT_PART_OF_A_TERM = /[《》〈〉「」『』"“”'‘’\p{Cc}]/gu

/** Splits on whitespace; drops title marks, control characters and empty terms; folds every spelling (foldForSearch). */
export function searchQuery(raw: string, spell: (term: string) => readonly string[] = (term) => [term]): SearchQuery {
  return foldForSearch(raw)
    .replace(NOT_PART_OF_A_TERM, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .map((term) => [...new Set(spell(term).map(foldForSearch))])
}

/** The texts `q` searches, folded: code, source code, name and every legal basis (law, document number, article, text). */
export function searchableText(item: PowerItem): string {
  const basis = item.legalBasis.flatMap((entry) => [entry.law, entry.documentNo ?? '', entry.article ?? '', entry.text])
  return foldForSearch([item.code, item.sourceCode ?? '', item.name, ...basis].join('\n'))
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
  return items.filter((item) => (!filter.category || item.category === filter.category) && matchesQuery(item, filter.query ?? []))
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

// ------------------------------------------------------------------------------------------------
// Search across lists: one segment per snapshot, scanned with indexOf
// ------------------------------------------------------------------------------------------------

/** What a search hit shows of an item; the rest is one request away (the item route). */
export interface SearchEntry {
  code: string
  name: string
  category: CategoryCode
  /** the laws of its legal basis, once each */
  laws: string[]
}

/**
 * The searchable text of one snapshot's items in one string (entries separated by NUL), with the
 * entries of each bigram (bigram-postings.ts). A term of two characters or more is looked up in
 * the postings; a single character is found by the engine's own substring search over the whole
 * list at once. `starts[i]` is where entry i's text begins. Built once per snapshot hash.
 */
export interface SearchSegment {
  entries: SearchEntry[]
  text: string
  starts: number[]
  /** folded names: a hit in the name ranks first */
  names: string[]
  /**
   * the entries of every bigram: terms of two characters or more are looked up, not scanned for.
   * Absent on segments built without them (lists no longer in force, searched by date): they cost
   * as much again to build, and a scan of one date's lists takes milliseconds.
   */
  bigrams?: BigramPostings
  /** each entry's category as its index in CATEGORY_CODES: facets count in an array, not by key */
  categories: Uint8Array
  /** the bigrams of the names alone: which hits rank first (absent with `bigrams`) */
  nameBigrams?: BigramPostings
}

export function searchSegment(items: readonly PowerItem[], { postings = true }: { postings?: boolean } = {}): SearchSegment {
  const entries: SearchEntry[] = []
  const starts: number[] = []
  const parts: string[] = []
  let offset = 0
  for (const item of items) {
    entries.push({ code: item.code, name: item.name, category: item.category, laws: [...new Set(item.legalBasis.map((basis) => basis.law))] })
    const text = searchableText(item).replaceAll('\u0000', ' ')
    starts.push(offset)
    parts.push(text)
    offset += text.length + 1
  }
  const names = items.map((item) => foldForSearch(item.name))
  return {
    entries,
    text: parts.join('\u0000'),
    starts,
    names,
    ...(postings ? { bigrams: bigramPostings(parts), nameBigrams: bigramPostings(names) } : {}),
    categories: Uint8Array.from(items, (item) => CATEGORY_CODES.indexOf(item.category)),
  }
}

/**
 * Entry indexes of the segment matching every term (any spelling of each), in list order. The
 * first term's entries come from the bigram postings (or a scan, for one character), ascending; a
 * term of several spellings marks entries in a bitmap rather than sorting a set (a common word
 * hits thousands of entries); the other terms are checked in each hit's own text.
 */
export function matchSegment(segment: SearchSegment, query: SearchQuery): number[] {
  if (query.length === 0) return segment.entries.map((_, index) => index)
  const [first, ...rest] = query
  const hits = first.length === 1 ? entriesHolding(segment, first[0]) : entriesHoldingAny(segment, first)
  if (rest.length === 0) return hits
  return hits.filter((entry) => {
    const text = entryText(segment, entry)
    return rest.every((spellings) => spellings.some((spelling) => text.includes(spelling)))
  })
}

/** Entries whose text holds `spelling`, ascending, each once. */
function entriesHolding(segment: SearchSegment, spelling: string): number[] {
  if (spelling.length < 2 || !segment.bigrams) return entriesScanned(segment, spelling)
  return lookedUp(segment.bigrams, spelling, (entry) => entryText(segment, entry))
}

/** Entries whose name holds `spelling`, ascending: the names' own postings, or a pass over the names for one character. */
function namesHolding(segment: SearchSegment, spelling: string): number[] {
  if (spelling.length < 2 || !segment.nameBigrams) return segment.names.flatMap((name, entry) => (name.includes(spelling) ? [entry] : []))
  return lookedUp(segment.nameBigrams, spelling, (entry) => segment.names[entry])
}

/**
 * The entries of a spelling of two characters or more: those of its rarest bigram (two characters
 * are that bigram), each checked for the whole spelling when it is longer.
 */
function lookedUp(postings: BigramPostings, spelling: string, textOf: (entry: number) => string): number[] {
  let candidates: Uint32Array | null = null
  for (let at = 0; at + 1 < spelling.length; at += 1) {
    const entries = entriesWithBigram(postings, bigramAt(spelling, at))
    if (entries.length === 0) return []
    if (!candidates || entries.length < candidates.length) candidates = entries
  }
  const found = Array.from(candidates as Uint32Array)
  return spelling.length === 2 ? found : found.filter((entry) => textOf(entry).includes(spelling))
}

/** The same by scanning the whole text: for a single character, which has no bigram. */
function entriesScanned(segment: SearchSegment, spelling: string): number[] {
  const { starts, text } = segment
  const hits: number[] = []
  let entry = 0
  let at = text.indexOf(spelling)
  while (at !== -1) {
    while (entry + 1 < starts.length && starts[entry + 1] <= at) entry += 1
    hits.push(entry)
    // one hit is enough: continue after this entry's text
    if (entry + 1 >= starts.length) break
    at = text.indexOf(spelling, starts[entry + 1])
  }
  return hits
}

function entriesHoldingAny(segment: SearchSegment, spellings: readonly string[]): number[] {
  const marked = markedBy(segment, spellings, (spelling) => entriesHolding(segment, spelling))
  const hits: number[] = []
  for (let entry = 0; entry < marked.length; entry += 1) if (marked[entry]) hits.push(entry)
  return hits
}

/** The segment's entries as a bitmap, 1 where `entriesOf` lists an entry for any of the spellings. */
function markedBy(segment: SearchSegment, spellings: readonly string[], entriesOf: (spelling: string) => number[]): Uint8Array {
  const marked = new Uint8Array(segment.entries.length)
  for (const spelling of spellings) for (const entry of entriesOf(spelling)) marked[entry] = 1
  return marked
}

function entryText(segment: SearchSegment, entry: number): string {
  const end = entry + 1 < segment.starts.length ? segment.starts[entry + 1] - 1 : segment.text.length
  return segment.text.slice(segment.starts[entry], end)
}

/**
 * Entries whose name contains a spelling of the first term, marked (1) in a bitmap of the
 * segment's entries: such a hit ranks before one found elsewhere. Looked up in the names' bigrams,
 * as a common word hits tens of thousands of entries.
 */
export function nameMatches(segment: SearchSegment, query: SearchQuery): Uint8Array {
  return markedBy(segment, query[0] ?? [], (spelling) => namesHolding(segment, spelling))
}
