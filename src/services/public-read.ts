import type { Payload } from 'payload'
import { changesSince, type FeedEntry } from '../domain/change-feed'
import { todayInChina } from '../domain/dates'
import { diffLists, type Diff } from '../domain/diff'
import { idOf, isDocumentId } from '../domain/ids'
import { itemHistory, type ItemVersion } from '../domain/item-history'
import { inForceOn, visibleOn } from '../domain/point-in-time'
import { filterItems, paginate } from '../domain/search'
import { verifySnapshotChain, type ChainReport } from '../domain/snapshot'
import { lexicalToText } from '../lexical/convert'
import { noListInForce, RefusedError } from './errors'
import { publicDepartment, readDepartments } from './public/departments'
import {
  snapshotRef,
  type DepartmentEntry,
  type ListHistory,
  type ListInForce,
  type ListPage,
  type ListQuery,
  type PublishedRevision,
  type SnapshotHead,
  type SnapshotSelector,
} from './public/shapes'
import { itemsOf } from './public/snapshot-content'
import { readIndex, visibleSnapshots } from './public/snapshot-index'
import { itemContents } from './item-contents'
import { snapshotRowsOf } from './snapshots'

/**
 * What the public may read: published snapshots already in force (invariant 1). Pages and the
 * public API both read through here. Every function takes `today` (China time) so "in force" is
 * decided once per request; snapshots published to take effect later are filtered out before
 * anything else looks at them (`visibleOn`), so no date in a query can reveal them.
 *
 * The readers, by what they return: `visibleSnapshots` (a department's visible snapshot heads, by
 * id), `listHistory` (the same for a department code, with the department), `itemsOf` (the content
 * of one snapshot, cached). Everything else is built on these three.
 */
export * from './public/shapes'
export { departmentOverviews, publicDepartment } from './public/departments'
export { itemsOf } from './public/snapshot-content'
export { visibleSnapshots } from './public/snapshot-index'

/** The department with that code and its visible snapshots, oldest first; 404 for an unknown code. */
export async function listHistory(payload: Payload, code: string, today = todayInChina()): Promise<ListHistory> {
  const department = await publicDepartment(payload, code)
  return { department, snapshots: await visibleSnapshots(payload, department.id, today) }
}

/** Invariant 6 over what is visible today: the newest visible snapshot in force on `asOf`. */
export async function listInForce(payload: Payload, code: string, asOf: string | undefined, today = todayInChina()): Promise<ListInForce> {
  const { department, snapshots } = await listHistory(payload, code, today)
  const date = asOf ?? today
  const snapshot = inForceOn(snapshots, date)
  if (!snapshot) throw noListInForce(code, date)
  return { department, snapshot, items: await itemsOf(payload, snapshot) }
}

/** One page of the list in force on `asOf`, filtered by category and query. */
export async function publicList(payload: Payload, code: string, query: ListQuery, today = todayInChina()): Promise<ListPage> {
  const list = await listInForce(payload, code, query.asOf, today)
  const page = paginate(filterItems(list.items, query), query.page, query.limit)
  return { ...list, ...page }
}

/** Oldest first; 404 when the item never appeared in a visible snapshot. */
export async function itemHistoryOf(
  payload: Payload,
  code: string,
  itemCode: string,
  today = todayInChina(),
): Promise<{ department: DepartmentEntry; versions: ItemVersion<SnapshotHead>[] }> {
  const { department, snapshots } = await listHistory(payload, code, today)
  const withItems = await Promise.all(snapshots.map(async (snapshot) => ({ ref: snapshot, items: await itemsOf(payload, snapshot) })))
  const versions = itemHistory(itemCode, withItems)
  if (versions.length === 0) throw new RefusedError(404, 'Not found', `item ${itemCode} never appeared in a published list of "${code}"`)
  return { department, versions }
}

function selectSnapshot(snapshots: readonly SnapshotHead[], selector: SnapshotSelector, code: string): SnapshotHead | null {
  if ('date' in selector) return inForceOn(snapshots, selector.date)
  const found = snapshots.find((snapshot) => snapshot.id === selector.id)
  if (!found) throw new RefusedError(404, 'Not found', `snapshot ${selector.id} of department "${code}" not found`)
  return found
}

function predecessor(snapshots: readonly SnapshotHead[], snapshot: SnapshotHead): SnapshotHead | null {
  return snapshots.filter((each) => each.sequence < snapshot.sequence).at(-1) ?? null
}

async function diffOf(payload: Payload, from: SnapshotHead | null, to: SnapshotHead): Promise<Diff> {
  const [before, after] = await Promise.all([from ? itemsOf(payload, from) : [], itemsOf(payload, to)])
  return diffLists({ ref: from ? snapshotRef(from) : null, items: before }, { ref: snapshotRef(to), items: after })
}

/**
 * `to` defaults to today's list, `from` to the snapshot published before `to`. A `from` date before
 * the first list compares against an empty list (everything 'added'); a `to` with no list is 404.
 */
export async function compareLists(
  payload: Payload,
  code: string,
  selectors: { from?: SnapshotSelector; to?: SnapshotSelector },
  today = todayInChina(),
): Promise<{ department: DepartmentEntry; diff: Diff }> {
  const { department, snapshots } = await listHistory(payload, code, today)
  const toSelector = selectors.to ?? { date: today }
  const to = selectSnapshot(snapshots, toSelector, code)
  if (!to) throw noListInForce(code, 'date' in toSelector ? toSelector.date : today)
  const from = selectors.from ? selectSnapshot(snapshots, selectors.from, code) : predecessor(snapshots, to)
  return { department, diff: await diffOf(payload, from, to) }
}

/**
 * The public `/verify`: reads the visible chain afresh from the database (never from the cache:
 * this is the call that must notice tampering) and recomputes every hash and link. Visible
 * snapshots are a prefix of the chain, since publication refuses an effective date before the
 * head's, so the prefix verifies on its own and reveals nothing about snapshots not yet in force.
 */
export async function verifyPublicChain(payload: Payload, code: string, today = todayInChina()): Promise<ChainReport> {
  const department = await publicDepartment(payload, code)
  const visible = visibleOn(await snapshotRowsOf({ payload }, department.id), today)
  // each item content is rehashed from the stored item, not only the snapshots from their item hashes
  return verifySnapshotChain(
    visible,
    await itemContents(
      { payload },
      visible.flatMap((snapshot) => snapshot.itemHashes),
    ),
  )
}

/** A published revision whose snapshot is in force today; 404 for anything else, drafts included. */
export async function publishedRevision(payload: Payload, id: string, today = todayInChina()): Promise<PublishedRevision> {
  const missing = new RefusedError(404, 'Not found', `published revision ${id} not found`)
  if (!isDocumentId(id)) throw missing
  const select = { title: true, reason: true, status: true, department: true, snapshot: true, publishedAt: true, effectiveFrom: true } as const
  const doc = await payload.findByID({ collection: 'revisions', id, depth: 0, overrideAccess: true, disableErrors: true, select })
  if (!doc || doc.status !== 'published' || doc.snapshot == null) throw missing
  const departmentId = idOf(doc.department)
  const snapshots = await visibleSnapshots(payload, departmentId, today)
  const snapshot = snapshots.find((each) => each.id === idOf(doc.snapshot))
  if (!snapshot) throw missing
  const [department] = await readDepartments(payload, { id: { equals: departmentId } })
  return {
    revision: {
      id: String(doc.id),
      title: doc.title ?? '',
      reason: lexicalToText(doc.reason),
      department: snapshot.department,
      publishedAt: snapshot.publishedAt,
      effectiveFrom: snapshot.effectiveFrom,
    },
    department,
    snapshot,
    diff: await diffOf(payload, predecessor(snapshots, snapshot), snapshot),
  }
}

/** Snapshots of every department that became public after `since` (see domain/change-feed). */
export async function publicChanges(payload: Payload, since: Date, now = new Date()): Promise<{ entries: FeedEntry<SnapshotHead>[]; next: string }> {
  return changesSince(await readIndex(payload, {}), since, now)
}
