import { isCategoryCode, type CategoryCode, type Locale } from '../../domain/categories'
import { isCalendarDate } from '../../domain/dates'
import type { SearchQuery } from '../../domain/search'
import type { SnapshotSelector } from '../../services/public-read'
import { searchQueryOf } from './search'

/**
 * Query parameters of the public API: parsed, checked and turned into what the services take.
 * Every bad parameter is collected, so one 400 names them all (`errors[].path` = `query.<name>`).
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

export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en']
export const LEVELS: readonly string[] = ['national', 'province', 'city', 'county']
export const MAX_LIMIT = 1000
export const SEARCH_MAX_LIMIT = 100
export const SEARCH_DEFAULT_LIMIT = 20
export const DEFAULT_LIMIT = 50
/** ISO-8601 date or date-time (with Z or an offset when a time is given). */
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i
/** a document id: serial integer (SQL) or ObjectId (Mongo) */
const SNAPSHOT_ID = /^(?:\d{1,10}|[0-9a-f]{24})$/

export class QueryReader {
  private readonly problems: ParamProblem[] = []

  constructor(private readonly query: Record<string, unknown>) {}

  /** Throws the collected problems, if any. Call once every parameter has been read. */
  done(): void {
    if (this.problems.length) throw new ParamError(this.problems)
  }

  locale(): Locale {
    const raw = this.text('locale')
    if (raw === undefined) return 'zh-Hans'
    // language tags are case-insensitive (BCP 47)
    const found = LOCALES.find((locale) => locale.toLowerCase() === raw.toLowerCase())
    return found ?? this.fail('locale', `must be one of ${LOCALES.join(', ')}`, 'zh-Hans')
  }

  date(name: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || isCalendarDate(raw)) return raw
    return this.fail(name, 'must be a calendar date YYYY-MM-DD', undefined)
  }

  category(name: string): CategoryCode | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    const code = raw.toUpperCase()
    return isCategoryCode(code) ? code : this.fail(name, 'must be a category code: XK, CF, QZ, ZS, JF, JC, QR, JL, CJ, QT or GG', undefined)
  }

  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.text(name)
    if (raw === undefined) return fallback
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`
    return this.fail(name, `must be ${range}`, fallback)
  }

  search(name: string): SearchQuery {
    const raw = this.text(name)
    if (raw === undefined) return []
    if (raw.length > 200) return this.fail(name, 'must be at most 200 characters', [])
    return searchQueryOf(raw)
  }

  /** a department level, as collections/Departments.ts names them */
  level(name: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || LEVELS.includes(raw)) return raw
    return this.fail(name, `must be one of ${LEVELS.join(', ')}`, undefined)
  }

  /** a GB/T 2260 region code (six digits) */
  region(name: string): string | undefined {
    const raw = this.text(name)
    if (raw === undefined || /^\d{6}$/.test(raw)) return raw
    return this.fail(name, 'must be a six-digit region code (GB/T 2260), e.g. 520000', undefined)
  }

  /** a date (the list in force then) or a snapshot id */
  snapshot(name: string): SnapshotSelector | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    if (isCalendarDate(raw)) return { date: raw }
    if (SNAPSHOT_ID.test(raw)) return { id: raw }
    return this.fail(name, 'must be a date YYYY-MM-DD or a snapshot id', undefined)
  }

  instant(name: string): Date | undefined {
    const raw = this.text(name)
    if (raw === undefined) return undefined
    const time = INSTANT.test(raw) && isCalendarDate(raw.slice(0, 10)) ? Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : Number.NaN
    if (!Number.isNaN(time)) return new Date(time)
    return this.fail(name, 'must be an ISO-8601 date or date-time, e.g. 2016-10-01T00:00:00Z', undefined)
  }

  /** One string value; empty means absent (`?asOf=` from a form with the field left blank). */
  private text(name: string): string | undefined {
    const value = this.query[name]
    if (value === undefined || value === '') return undefined
    if (typeof value === 'string') return value
    return this.fail(name, 'must be given once, as a plain value', undefined)
  }

  private fail<T>(name: string, message: string, fallback: T): T {
    this.problems.push({ path: `query.${name}`, message })
    return fallback
  }
}
