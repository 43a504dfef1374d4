import type { Payload } from 'payload'
import { todayInChina } from '../domain/dates'
import { inForceOn, visibleOn } from '../domain/point-in-time'
import type { Totals } from '../domain/totals'
import { snapshotsOf, type StoredSnapshot } from './snapshots'

/**
 * What the public may read: published snapshots already in force (invariant 1). Pages and the
 * public API both read through here.
 */
export interface PublicDepartment {
  id: string | number
  code: string
  name: string
  region: string
  level: string
  currentSnapshot: { id: string; effectiveFrom: string; hash: string } | null
  totals: Totals | null
}

export async function publicSnapshotsOf(payload: Payload, departmentId: string | number, today = todayInChina()): Promise<StoredSnapshot[]> {
  return visibleOn(await snapshotsOf({ payload }, departmentId), today)
}

export async function listDepartments(payload: Payload, locale = 'zh-Hans'): Promise<PublicDepartment[]> {
  const { docs } = await payload.find({ collection: 'departments', sort: 'code', limit: 0, pagination: false, depth: 0, locale: locale as never, fallbackLocale: 'zh-Hans' as never, overrideAccess: true })
  return Promise.all(
    docs.map(async (doc) => {
      const department = doc as unknown as { id: string | number; code: string; name: string; regionCode: string; level: string }
      const current = inForceOn(await publicSnapshotsOf(payload, department.id), todayInChina())
      return {
        id: department.id,
        code: department.code,
        name: department.name,
        region: department.regionCode,
        level: department.level,
        currentSnapshot: current ? { id: current.id, effectiveFrom: current.effectiveFrom, hash: current.hash } : null,
        totals: current?.totals ?? null,
      }
    }),
  )
}
