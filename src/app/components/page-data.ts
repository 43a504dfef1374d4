/**
 * What every public page does before it renders: reach Payload, read the query string the way the
 * public API does (same rules, messages in the reader's language), and tell a refusal of the
 * services (404 unknown, 404 no list in force) from a real failure.
 */
import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import { isCategoryCode, type CategoryCode, type Locale } from '../../domain/categories'
import { isCalendarDate } from '../../domain/dates'
import { isDocumentId } from '../../domain/ids'
import type { SearchQuery } from '../../domain/search'
import { searchQueryOf } from '../../server/public/search'
import type { SnapshotSelector } from '../../services/public-read'
import { localizedDepartmentName } from '../../server/public/locale'
import { listHistory } from '../../services/public-read'
import { fmt, localeOf, strings } from './i18n'
import { flatten, segment, type SearchParams } from './urls'

export function payload(): Promise<Payload> {
  return getPayload({ config })
}

/** A refusal thrown by the services (RefusedError): its status and title, else null. */
export function refusal(error: unknown): { status: number; title: string; detail: string } | null {
  if (!error || typeof error !== 'object') return null
  const { status, data, message } = error as { status?: unknown; data?: { title?: unknown }; message?: unknown }
  if (typeof status !== 'number' || status < 400 || status >= 500) return null
  return { status, title: typeof data?.title === 'string' ? data.title : '', detail: typeof message === 'string' ? message : '' }
}

/** Runs a service read for a page: a 404 refusal (unknown department, item…) becomes Next's not-found. */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (isNotFound(error)) notFound()
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

export const isNoListInForce = (error: unknown) => refusal(error)?.title === 'No list in force'
export const isNotFound = (error: unknown) => refusal(error)?.status === 404 && !isNoListInForce(error)

/** Reads parameters; collects a friendly message per bad one instead of failing. */
export class PageQuery {
  readonly problems: string[] = []
  private readonly t
  private readonly colon: string

  constructor(private readonly query: Record<string, string>, locale: Locale) {
    this.t = strings(locale)
    this.colon = locale === 'en' ? ': ' : '：'
  }

  raw(name: string): string {
    return (this.query[name] ?? '').trim()
  }

  date(name: string, label: string): string | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    if (isCalendarDate(value)) return value
    this.problems.push(fmt(this.t.badDate, { name: `${label}${this.colon}${value}` }))
    return undefined
  }

  category(name: string): CategoryCode | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    const code = value.toUpperCase()
    if (isCategoryCode(code)) return code
    this.problems.push(fmt(this.t.badCategory, { value }))
    return undefined
  }

  page(name: string): number {
    const value = this.raw(name)
    if (!value) return 1
    if (/^\d{1,6}$/.test(value) && Number(value) >= 1) return Number(value)
    this.problems.push(this.t.badPage)
    return 1
  }

  search(name: string): SearchQuery {
    const value = this.raw(name)
    if (!value) return []
    if (value.length > 200) {
      this.problems.push(this.t.badQuery)
      return []
    }
    return searchQueryOf(value)
  }

  /** a date or a snapshot id, as the public API's `compare` takes them */
  snapshot(name: string, label: string): SnapshotSelector | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    if (isCalendarDate(value)) return { date: value }
    if (isDocumentId(value)) return { id: value }
    this.problems.push(/^\d{4}-/.test(value) ? fmt(this.t.badDate, { name: `${label}${this.colon}${value}` }) : fmt(this.t.badSnapshot, { value }))
    return undefined
  }
}

/** An ISO instant as a date and time in China (UTC+8), e.g. 2016-09-20 10:30. */
export function chinaTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
