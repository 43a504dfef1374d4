import type { Diff } from '../../domain/diff'
import type { Locale } from '../../domain/locales'
import type { PowerItem } from '../../domain/power-item'
import type { ItemFilter } from '../../domain/search'
import type { SnapshotRef } from '../../domain/snapshot-ref'
import type { Totals } from '../../domain/totals'
import type { StoredSnapshot } from '../snapshots'

/** What the public reads return: plain data, shaped for the API and the pages. */

/** A snapshot without its items or item hashes: the per-department index, re-read on every request. */
export type SnapshotHead = Omit<StoredSnapshot, 'items' | 'itemHashes'>

/** API.md "Snapshot". */
export interface SnapshotView {
  id: string
  department: string
  effectiveFrom: string
  publishedAt: string
  hash: string
  previousHash: string | null
  revision: { id: string; title: string } | null
  totals: Totals
}

/** A department with the names it has been given by hand, per locale. */
export interface DepartmentEntry {
  id: string | number
  code: string
  names: Partial<Record<Locale, string>>
  region: string
  level: string
}

export interface DepartmentOverview extends DepartmentEntry {
  currentSnapshot: SnapshotRef | null
  totals: Totals | null
}

/** A department's visible snapshots, oldest first: the history of its list (清单沿革). */
export interface ListHistory {
  department: DepartmentEntry
  snapshots: SnapshotHead[]
}

export interface ListInForce {
  department: DepartmentEntry
  snapshot: SnapshotHead
  items: readonly PowerItem[]
}

export interface ListQuery extends ItemFilter {
  /** default: today in China */
  asOf?: string
  page: number
  limit: number
}

export interface ListPage extends ListInForce {
  page: number
  limit: number
  totalItems: number
}

/** A list named by the date it was in force, or a snapshot by id. */
export type SnapshotSelector = { date: string } | { id: string }

export interface PublishedRevision {
  revision: { id: string; title: string; reason: string; department: string; publishedAt: string; effectiveFrom: string }
  department: DepartmentEntry
  snapshot: SnapshotHead
  diff: Diff
}

export function snapshotView(snapshot: SnapshotHead): SnapshotView {
  const { id, department, effectiveFrom, publishedAt, hash, previousHash, revision, totals } = snapshot
  return { id, department, effectiveFrom, publishedAt, hash, previousHash, revision, totals }
}

export function snapshotRef(snapshot: SnapshotHead): SnapshotRef {
  return { id: snapshot.id, effectiveFrom: snapshot.effectiveFrom, hash: snapshot.hash }
}
