/**
 * What every public page does before it renders: reach Payload, read the query string the way the
 * public API does (same rules, messages in the reader's language), and tell a refusal of the
 * services (404 unknown, 404 no list in force) from a real failure.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { Locale } from '@/domain/locales'
import { apiMessage, QueryReader, type BadParam } from '@/server/public/params'
import { localizedDepartmentName } from '@/server/public/locale'
import type { RefusalCode, RefusedError } from '@/services/errors'
import { listHistory } from '@/services/public-read'
import { fmt, localeOf, strings } from './strings'
import { flatten, segment, type SearchParams } from './urls'

export function payload(): Promise<Payload> {
  return getPayload({ config })
}

/** A refusal thrown by the services (RefusedError): its status, code and detail, else null. */
export function refusal(error: unknown): { status: number; code: RefusalCode | null; detail: string } | null {
  // by shape, not instanceof: Next may bundle the services into more than one server chunk
  if (!error || typeof error !== 'object') return null
  const { status, code, message } = error as Partial<RefusedError>
  if (typeof status !== 'number' || status < 400 || status >= 500) return null
  return { status, code: code ?? null, detail: typeof message === 'string' ? message : '' }
}

/** Thrown by a page's reads when what the address names does not exist (or is not published): the page answers 404 (NotFound.tsx). */
export class PageNotFound extends Error {
  constructor() {
    super('page not found')
  }
}

/** Runs a service read for a page: a 404 refusal (unknown department, item…) becomes the page's 404 (NotFound.tsx). */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (isNotFound(error)) throw new PageNotFound()
    throw error
  }
}

export type DepartmentPageProps = { params: Promise<{ dept: string }>; searchParams: Promise<SearchParams> }

/**
 * Where every department page starts: the department code and query, the reader's locale and
 * strings, and the department with its public snapshots (Next's not-found when it is unknown).
 */
export async function departmentPage({ params, searchParams }: DepartmentPageProps) {
  const dept = segment((await params).dept)
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const db = await payload()
  const { department, snapshots } = await orNotFound(() => listHistory(db, dept))
  return { dept, query, locale, t: strings(locale), db, department, snapshots, name: localizedDepartmentName(department.names, locale) }
}

export const isNoListInForce = (error: unknown) => refusal(error)?.code === 'no-list-in-force'
export const isNotFound = (error: unknown) => refusal(error)?.status === 404 && !isNoListInForce(error)

/** Words for a bad parameter of a page, in the reader's language. */
function pageMessage(locale: Locale): (bad: BadParam) => string {
  const t = strings(locale)
  const colon = locale === 'en' ? ': ' : '：'
  const badDate = (bad: BadParam) => fmt(t.badDate, { name: `${bad.label ?? bad.name}${colon}${bad.value}` })
  return (bad) => {
    switch (bad.kind) {
      case 'date':
        return badDate(bad)
      case 'category':
        return fmt(t.badCategory, { value: bad.value })
      case 'integer':
        return t.badPage
      case 'search':
        return t.badQuery
      case 'level':
        return fmt(t.badLevel, { value: bad.value })
      case 'region':
        return t.badRegion
      case 'snapshot':
        return /^\d{4}-/.test(bad.value) ? badDate(bad) : fmt(t.badSnapshot, { value: bad.value })
      default:
        return apiMessage(bad)
    }
  }
}

/**
 * The public API's query reader with the pages' manners: values are trimmed, and each bad
 * parameter becomes a friendly message shown above the results instead of a 400.
 */
export class PageQuery extends QueryReader {
  constructor(query: Record<string, string>, locale: Locale) {
    super(query, { trim: true, describe: pageMessage(locale) })
  }

  /** One message per bad parameter read so far. */
  get messages(): string[] {
    return this.problems.map((problem) => problem.message)
  }

  /** The value as typed (trimmed), to fill the form in again. */
  raw(name: string): string {
    return this.text(name) ?? ''
  }

  page(name: string): number {
    return this.integer(name, 1, 1, 999_999)
  }
}

/** An ISO instant as a date and time in China (UTC+8), e.g. 2016-09-20 10:30. */
export function chinaTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
