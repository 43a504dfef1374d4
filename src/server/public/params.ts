import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../domain/categories'
import { isCalendarDate } from '../../domain/dates'
import { isDocumentId } from '../../domain/ids'
import { DEFAULT_LOCALE, findLocale, LOCALES, type Locale } from '../../domain/locales'
import { isRegionCode } from '../../domain/regions'
import type { SearchQuery } from '../../domain/search'
import type { SnapshotSelector } from '../../services/public-read'
import { searchQueryOf } from './search'

/**
 * Query parameters of the public API and the public pages: parsed, checked and turned into what
 * the services take, by one reader. Every bad parameter is collected rather than thrown at once:
 * the API answers one 400 naming them all (`errors[].path` = `query.<name>`), a page shows each
 * message in the reader's language (see pageQuery in src/app/components/page-data.ts).
 * Unknown parameters are ignored: clients may add cache busters and tracking tags.
 */
export interface ParamProblem {
  path: string
  message: string
}

export class ParamError extends Error {
  constructor(readonly errors: ParamProblem[]) {
    super(errors.map((error) => `${error.path.replace(/^query\./, '')}: ${error.message}`).join('; '))
  }
}

/** What was wrong with one parameter; `describe` turns it into words. */
export interface BadParam {
  name: string
  kind: 'repeated' | 'locale' | 'date' | 'category' | 'integer' | 'search' | 'snapshot' | 'instant' | 'level' | 'region'
  value: string
  /** the caller's name for the parameter, for messages shown to people */
  label?: string
  min?: number
  max?: number
}

export { LOCALES }
export const LEVELS: readonly string[] = ['national', 'province', 'city', 'county']
export const MAX_LIMIT = 1000
export const SEARCH_MAX_LIMIT = 100
export const SEARCH_DEFAULT_LIMIT = 20
export const DEFAULT_LIMIT = 50
const MAX_SEARCH_LENGTH = 200
/** ISO-8601 date or date-time (with Z or an offset when a time is given). */
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i

/** The public API's messages (English, as API.md's problem+json examples). */
export function apiMessage(bad: BadParam): string {
  switch (bad.kind) {
    case 'repeated':
      return 'must be given once, as a plain value'
    case 'locale':
      return `must be one of ${LOCALES.join(', ')}`
    case 'date':
      return 'must be a calendar date YYYY-MM-DD'
    case 'category':
      return `must be a category code: ${CATEGORY_CODES.slice(0, -1).join(', ')} or ${CATEGORY_CODES.at(-1)}`
    case 'integer':
      return `must be ${bad.max === undefined ? `an integer >= ${bad.min}` : `an integer from ${bad.min} to ${bad.max}`}`
    case 'search':
      return `must be at most ${MAX_SEARCH_LENGTH} characters`
    case 'snapshot':
      return 'must be a date YYYY-MM-DD or a snapshot id'
    case 'instant':
      return 'must be an ISO-8601 date or date-time, e.g. 2016-10-01T00:00:00Z'
    case 'level':
      return `must be one of ${LEVELS.join(', ')}`
    case 'region':
      return 'must be a six-digit region code (GB/T 2260), e.g. 520000'
  }
}

export interface ReaderOptions {
  /** words for a bad parameter (default: the API's) */
  describe?: (bad: BadParam) => string
  /** ignore surrounding spaces (form fields typed by people) */
  trim?: boolean
}

export class QueryReader {
  private readonly bad: BadParam[] = []
  private readonly describe: (bad: BadParam) => string

  constructor(
    private readonly query: Record<string, unknown>,
    private readonly options: ReaderOptions = {},
  ) {
    this.describe = options.describe ?? apiMessage
  }

  /** The problems found so far, described. */
  get problems(): ParamProblem[] {
    return this.bad.map((bad) => ({ path: `query.${bad.name}`, message: this.describe(bad) }))
  }

  /** Throws the collected problems, if any. Call once every parameter has been read. */
  done(): void {
    if (this.bad.length) throw new ParamError(this.problems)
  }

  locale(): Locale {
    const raw = this.text('locale')
    if (raw === undefined) return DEFAULT_LOCALE
    return findLocale(raw) ?? this.fail({ name: 'locale', kind: 'locale', value: raw }, DEFAULT_LOCALE)
  }

  date(name: string, label?: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || isCalendarDate(raw)) return raw
    return this.fail({ name, kind: 'date', value: raw, label }, undefined)
  }

  category(name: string): CategoryCode | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    const code = raw.toUpperCase()
    return isCategoryCode(code) ? code : this.fail({ name, kind: 'category', value: raw }, undefined)
  }

  integer(name: string, fallback: number, min: number, max?: number): number {
    const raw = this.text(name)
    if (raw === undefined) return fallback
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
    if (Number.isSafeInteger(value) && value >= min && value <= (max ?? Number.MAX_SAFE_INTEGER)) return value
    return this.fail({ name, kind: 'integer', value: raw, min, max }, fallback)
  }

  search(name: string): SearchQuery {
    const raw = this.text(name)
    if (raw === undefined) return []
    // characters as the OpenAPI maxLength counts them (code points), not UTF-16 units
    if ([...raw].length > MAX_SEARCH_LENGTH) return this.fail({ name, kind: 'search', value: raw }, [])
    return searchQueryOf(raw)
  }

  /** a department level, as collections/Departments.ts names them */
  level(name: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || LEVELS.includes(raw)) return raw
    return this.fail({ name, kind: 'level', value: raw }, undefined)
  }

  /** a GB/T 2260 region code (six digits) */
  region(name: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || isRegionCode(raw)) return raw
    return this.fail({ name, kind: 'region', value: raw }, undefined)
  }

  /** a date (the list in force then) or a snapshot id */
  snapshot(name: string, label?: string): SnapshotSelector | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    if (isCalendarDate(raw)) return { date: raw }
    if (isDocumentId(raw)) return { id: raw }
    return this.fail({ name, kind: 'snapshot', value: raw, label }, undefined)
  }

  instant(name: string): Date | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    const time = INSTANT.test(raw) && isCalendarDate(raw.slice(0, 10)) ? Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : Number.NaN
    if (!Number.isNaN(time)) return new Date(time)
    return this.fail({ name, kind: 'instant', value: raw }, undefined)
  }

  /** One string value; empty means absent (`?asOf=` from a form with the field left blank). */
  text(name: string): string | undefined {
    const value = this.query[name]
    const text = typeof value === 'string' && this.options.trim ? value.trim() : value
    if (text === undefined || text === '') return undefined
    if (typeof text === 'string') return text
    return this.fail({ name, kind: 'repeated', value: String(value) }, undefined)
  }

  private fail<T>(bad: BadParam, fallback: T): T {
    this.bad.push(bad)
    return fallback
  }
}
