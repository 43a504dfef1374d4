import type { Payload, Where } from 'payload'
import type { Locale } from '../domain/categories'
import { changesSince, type FeedEntry } from '../domain/change-feed'
import { todayInChina } from '../domain/dates'
import { diffLists, type Diff } from '../domain/diff'
import { itemHistory, type ItemVersion } from '../domain/item-history'
import { idOf, isDocumentId } from '../domain/ids'
import { inForceOn, visibleOn } from '../domain/point-in-time'
import type { PowerItem } from '../domain/power-item'
import { filterItems, paginate, type ItemFilter } from '../domain/search'
import { verifySnapshotChain, type ChainReport } from '../domain/snapshot'
import type { SnapshotRef } from '../domain/snapshot-ref'
import type { Totals } from '../domain/totals'
import { lexicalToText } from '../lexical/convert'
import { RefusedError } from './errors'
import { snapshotsOf, toStoredSnapshot, type StoredSnapshot } from './snapshots'

/**
 * What the public may read: published snapshots already in force (invariant 1). Pages and the
 * public API both read through here. Every function takes `today` (China time) so "in force" is
 * decided once per request; snapshots published to take effect later are filtered out before
 * anything else looks at them (`visibleOn`), so no date in a query can reveal them.
 */

// ------------------------------------------------------------------------------------------------
// Shapes
// ------------------------------------------------------------------------------------------------

/** A snapshot without its items: the per-department index, re-read on every request. */
export type SnapshotHead = Omit<StoredSnapshot, 'items'>

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

export interface DepartmentOverview {
  id: string | number
  code: string
  names: DepartmentEntry['names']
  region: string
  level: string
  currentSnapshot: { id: string; effectiveFrom: string; hash: string } | null
  totals: Totals | null
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

// ------------------------------------------------------------------------------------------------
// Reading: the small index per request, the immutable content once
// ------------------------------------------------------------------------------------------------

/** Everything but `items`: the index stays small however long the lists are. */
const INDEX_SELECT = {
  department: true,
  departmentCode: true,
  sequence: true,
  effectiveFrom: true,
  publishedAt: true,
  hash: true,
  previousHash: true,
  revision: true,
  revisionTitle: true,
  totals: true,
} as const

async function readIndex(payload: Payload, where: Where): Promise<SnapshotHead[]> {
  const { docs } = await payload.find({ collection: 'snapshots', where, select: INDEX_SELECT as never, sort: 'sequence', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs.map((doc) => {
    const { items: _items, ...head } = toStoredSnapshot(doc as unknown as Record<string, unknown>)
    return { ...head, publishedAt: new Date(head.publishedAt).toISOString() }
  })
}

/** The snapshots of one department the public may see today, in publication order. */
export async function visibleSnapshots(payload: Payload, departmentId: string | number, today = todayInChina()): Promise<SnapshotHead[]> {
  return visibleOn(await readIndex(payload, { department: { equals: departmentId } }), today)
}

/** Full snapshots (items read from the database, never from the cache) visible today. */
async function publicSnapshotsOf(payload: Payload, departmentId: string | number, today: string): Promise<StoredSnapshot[]> {
  return visibleOn(await snapshotsOf({ payload }, departmentId), today)
}

/**
 * Snapshots are immutable (invariant 5), so their parsed items are cached for the life of the
 * process, keyed by id and hash (a different database behind the same id cannot be served stale),
 * per Payload instance, bounded so a registry of many departments cannot grow memory without end.
 */
const CACHE_LIMIT = 256
const contentCache = new WeakMap<Payload, Map<string, Promise<readonly PowerItem[]>>>()

export function itemsOf(payload: Payload, snapshot: SnapshotHead): Promise<readonly PowerItem[]> {
  let cache = contentCache.get(payload)
  if (!cache) contentCache.set(payload, (cache = new Map()))
  const key = `${snapshot.id}:${snapshot.hash}`
  const cached = cache.get(key)
  if (cached) return cached
  const loading = loadItems(payload, snapshot)
  cache.set(key, loading)
  loading.catch(() => cache.delete(key))
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  return loading
}

async function loadItems(payload: Payload, snapshot: SnapshotHead): Promise<readonly PowerItem[]> {
  const doc = await payload.findByID({ collection: 'snapshots', id: snapshot.rawId, select: { items: true } as never, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) throw new Error(`snapshot ${snapshot.id} vanished from the database`)
  return ((doc as { items?: PowerItem[] }).items ?? []) as readonly PowerItem[]
}

// ------------------------------------------------------------------------------------------------
// Departments
// ------------------------------------------------------------------------------------------------

const FALLBACKS: Record<Locale, Locale[]> = { 'zh-Hans': ['zh-Hans', 'en'], 'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'], en: ['en', 'zh-Hans'] }

/** The department's name in `locale`, falling back like payload.config.ts does. */
export function departmentName(names: DepartmentEntry['names'], locale: Locale): string {
  for (const each of FALLBACKS[locale]) if (names[each]) return names[each] as string
  return ''
}

function toDepartmentEntry(doc: Record<string, unknown>): DepartmentEntry {
  // read with locale 'all': a localized field is { 'zh-Hans': …, 'zh-Hant': …, en: … }
  const name = doc.name
  const names = name && typeof name === 'object' ? (name as DepartmentEntry['names']) : { 'zh-Hans': String(name ?? '') }
  return { id: doc.id as string | number, code: String(doc.code), names, region: String(doc.regionCode), level: String(doc.level) }
}

async function readDepartments(payload: Payload, where: Where = {}): Promise<DepartmentEntry[]> {
  const { docs } = await payload.find({ collection: 'departments', where, sort: 'code', limit: 0, pagination: false, depth: 0, locale: 'all' as never, overrideAccess: true })
  return docs.map((doc) => toDepartmentEntry(doc as unknown as Record<string, unknown>))
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
    return {
      id: department.id,
      code: department.code,
      names: department.names,
      region: department.region,
      level: department.level,
      currentSnapshot: current ? snapshotRef(current) : null,
      totals: current?.totals ?? null,
    }
  })
}

// ------------------------------------------------------------------------------------------------
// Lists, items, history
// ------------------------------------------------------------------------------------------------

async function departmentWithSnapshots(payload: Payload, code: string, today: string) {
  const department = await publicDepartment(payload, code)
  return { department, snapshots: await visibleSnapshots(payload, department.id, today) }
}

/** Invariant 6 over what is visible today: the newest visible snapshot in force on `asOf`. */
export async function listInForce(payload: Payload, code: string, asOf: string | undefined, today = todayInChina()): Promise<ListInForce> {
  const { department, snapshots } = await departmentWithSnapshots(payload, code, today)
  const date = asOf ?? today
  const snapshot = inForceOn(snapshots, date)
  if (!snapshot) throw new RefusedError(404, 'No list in force', `department "${code}" has no published list in force on ${date}`)
  return { department, snapshot, items: await itemsOf(payload, snapshot) }
}

/** One page of the list in force on `asOf`, filtered by category and query. */
export async function publicList(payload: Payload, code: string, query: ListQuery, today = todayInChina()): Promise<ListPage> {
  const list = await listInForce(payload, code, query.asOf, today)
  const page = paginate(filterItems(list.items, query), query.page, query.limit)
  return { ...list, ...page }
}

export async function itemInForce(payload: Payload, code: string, itemCode: string, asOf: string | undefined, today = todayInChina()): Promise<{ department: DepartmentEntry; snapshot: SnapshotHead; item: PowerItem }> {
  const list = await listInForce(payload, code, asOf, today)
  const item = list.items.find((each) => each.code === itemCode)
  if (!item) throw new RefusedError(404, 'Not found', `item ${itemCode} is not in the list of "${code}" in force on ${asOf ?? today}`)
  return { department: list.department, snapshot: list.snapshot, item }
}

/** Oldest first; 404 when the item never appeared in a visible snapshot. */
export async function itemHistoryOf(payload: Payload, code: string, itemCode: string, today = todayInChina()): Promise<{ department: DepartmentEntry; versions: ItemVersion<SnapshotHead>[] }> {
  const { department, snapshots } = await departmentWithSnapshots(payload, code, today)
  const withItems = await Promise.all(snapshots.map(async (snapshot) => ({ ref: snapshot, items: await itemsOf(payload, snapshot) })))
  const versions = itemHistory(itemCode, withItems)
  if (versions.length === 0) throw new RefusedError(404, 'Not found', `item ${itemCode} never appeared in a published list of "${code}"`)
  return { department, versions }
}

export async function publicSnapshots(payload: Payload, code: string, today = todayInChina()): Promise<{ department: DepartmentEntry; snapshots: SnapshotHead[] }> {
  return departmentWithSnapshots(payload, code, today)
}

// ------------------------------------------------------------------------------------------------
// Compare, verify, revisions, change feed
// ------------------------------------------------------------------------------------------------

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
export async function compareLists(payload: Payload, code: string, selectors: { from?: SnapshotSelector; to?: SnapshotSelector }, today = todayInChina()): Promise<{ department: DepartmentEntry; diff: Diff }> {
  const { department, snapshots } = await departmentWithSnapshots(payload, code, today)
  const toSelector = selectors.to ?? { date: today }
  const to = selectSnapshot(snapshots, toSelector, code)
  if (!to) throw new RefusedError(404, 'No list in force', `department "${code}" has no published list in force on ${'date' in toSelector ? toSelector.date : today}`)
  const from = selectors.from ? selectSnapshot(snapshots, selectors.from, code) : predecessor(snapshots, to)
  return { department, diff: await diffOf(payload, from, to) }
}

/**
 * Reads the visible chain afresh from the database (never from the cache: this is the call that
 * must notice tampering) and recomputes every hash and link. Visible snapshots are a prefix of the
 * chain, since publication refuses an effective date before the head's, so the prefix verifies
 * on its own and reveals nothing about snapshots not yet in force.
 */
export async function verifyDepartment(payload: Payload, code: string, today = todayInChina()): Promise<ChainReport> {
  const department = await publicDepartment(payload, code)
  return verifySnapshotChain(await publicSnapshotsOf(payload, department.id, today))
}

/** A published revision whose snapshot is in force today; 404 for anything else, drafts included. */
export async function publishedRevision(payload: Payload, id: string, today = todayInChina()): Promise<PublishedRevision> {
  const missing = new RefusedError(404, 'Not found', `published revision ${id} not found`)
  if (!isDocumentId(id)) throw missing
  const doc = (await payload.findByID({ collection: 'revisions', id, depth: 0, overrideAccess: true, disableErrors: true, select: { title: true, reason: true, status: true, department: true, snapshot: true, publishedAt: true, effectiveFrom: true } as never })) as Record<string, unknown> | null
  if (!doc || doc.status !== 'published' || doc.snapshot == null) throw missing
  const departmentId = idOf(doc.department)
  const snapshots = await visibleSnapshots(payload, departmentId, today)
  const snapshot = snapshots.find((each) => each.id === idOf(doc.snapshot))
  if (!snapshot) throw missing
  const [department] = await readDepartments(payload, { id: { equals: departmentId } })
  return {
    revision: {
      id: String(doc.id),
      title: String(doc.title ?? ''),
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
