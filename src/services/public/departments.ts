import type { Payload, Where } from 'payload'
import { todayInChina } from '../../domain/dates'
import type { Locale } from '../../domain/locales'
import { inForceOn, visibleOn } from '../../domain/point-in-time'
import type { Department } from '../../payload-types'
import { RefusedError } from '../errors'
import { snapshotRef, type DepartmentEntry, type DepartmentOverview } from './shapes'
import { readIndex } from './snapshot-index'

/** A department read with locale 'all': a localized field is { 'zh-Hans': …, 'zh-Hant': …, en: … }. */
type AllLocales<T, K extends keyof T> = Omit<T, K> & { [P in K]: Partial<Record<Locale, T[P]>> | T[P] }

function toDepartmentEntry(doc: AllLocales<Department, 'name'>): DepartmentEntry {
  const names = doc.name && typeof doc.name === 'object' ? doc.name : { 'zh-Hans': String(doc.name ?? '') }
  return { id: doc.id, code: doc.code, names, region: doc.regionCode, level: doc.level }
}

export async function readDepartments(payload: Payload, where: Where = {}): Promise<DepartmentEntry[]> {
  const { docs } = await payload.find({
    collection: 'departments',
    where,
    sort: 'code',
    limit: 0,
    pagination: false,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
  })
  return docs.map(toDepartmentEntry)
}

/** The department with that code, or a 404 refusal. */
export async function publicDepartment(payload: Payload, code: string): Promise<DepartmentEntry> {
  const [department] = await readDepartments(payload, { code: { equals: code } })
  if (!department) throw new RefusedError(404, 'Not found', `department "${code}" not found`)
  return department
}

/** Every department with the list in force today (null when none is in force yet). */
export async function departmentOverviews(payload: Payload, today = todayInChina()): Promise<DepartmentOverview[]> {
  const [departments, index] = await Promise.all([readDepartments(payload), readIndex(payload, {})])
  return departments.map((department) => {
    const mine = index.filter((snapshot) => String(snapshot.departmentId) === String(department.id))
    const current = inForceOn(visibleOn(mine, today), today)
    return { ...department, currentSnapshot: current ? snapshotRef(current) : null, totals: current?.totals ?? null }
  })
}
