import type { Payload } from 'payload'
import { todayInChina } from '../domain/dates'
import { inForceOn, visibleOn } from '../domain/point-in-time'
import { noListInForce, RefusedError } from './errors'
import { readIndex } from './public/snapshot-index'
import type { DepartmentEntry, DepartmentOverview, SnapshotHead } from './public-read'

/**
 * The public index held in memory: every department and every snapshot head (no items), so that
 * resolving "the list in force on a date" costs no database round trip. It is only a mirror of the
 * database, never a source: before each use a cheap *stamp* query (counts and newest ids/updates
 * of snapshots and departments) runs, batched across concurrent requests, and the mirror is
 * reloaded whenever the stamp moved. A publication in another process therefore shows in this one
 * on its next request (README "Scaling out"); snapshots are immutable and never deleted, so a
 * snapshot's count and newest id change exactly when one is added.
 *
 * "In force" is still decided per request from `today` (China time), so nothing cached here can
 * serve a snapshot before its effective date or keep serving the old one after midnight.
 */
export interface PublicIndex {
  /** changes whenever a snapshot is published or a department is created or edited */
  stamp: string
  /** the department part of the stamp: names, levels and regions are in rendered bodies */
  departmentStamp: string
  departments: DepartmentEntry[]
  byCode: Map<string, DepartmentEntry>
  /** every snapshot head per department id, in publication order (future ones included) */
  snapshots: Map<string, SnapshotHead[]>
  /** every snapshot head, in publication order */
  all: SnapshotHead[]
}

interface Mirror {
  index: PublicIndex | null
  loading: Promise<PublicIndex> | null
  /** the stamp query running now, and the one queued behind it for requests that arrived later */
  running: Promise<string> | null
  queued: Promise<string> | null
}

const mirrors = new WeakMap<Payload, Mirror>()

function mirrorOf(payload: Payload): Mirror {
  let mirror = mirrors.get(payload)
  if (!mirror) mirrors.set(payload, (mirror = { index: null, loading: null, running: null, queued: null }))
  return mirror
}

/** The index as the database holds it now (read after this call began). */
export async function publicIndex(payload: Payload): Promise<PublicIndex> {
  const mirror = mirrorOf(payload)
  const stamp = await freshStamp(payload, mirror)
  if (mirror.index?.stamp === stamp) return mirror.index
  if (!mirror.loading) {
    mirror.loading = loadIndex(payload, stamp).finally(() => (mirror.loading = null))
    mirror.loading.then((index) => (mirror.index = index)).catch(() => {})
  }
  const index = await mirror.loading
  // a load started for an older stamp: load again rather than serve what may predate this request
  return index.stamp === stamp ? index : loadIndex(payload, stamp)
}

/**
 * The stamp as the database holds it now, without waiting, where the database can be read
 * synchronously (SQLite); undefined elsewhere. The fast path answers a repeated public read with
 * it without creating a single promise (server/public/fast-path.ts).
 */
export function stampNow(payload: Payload): string | undefined {
  const readNow = (payload.db as unknown as SqlAdapter).readNow
  if (!readNow) return undefined
  const row = readNow(STAMP_SQL) ?? {}
  // the row is shared by every read until the database changes: so is the string made of it
  let stamp = stamps.get(row)
  if (stamp === undefined) stamps.set(row, (stamp = stampOf(row)))
  return stamp
}

const stamps = new WeakMap<object, string>()

/**
 * SQLite: no wait; once per turn of the event loop a read of the WAL-index header (about 2 µs),
 * and a prepared read of about 10 µs when a commit has moved it (src/sqlite-reader.ts).
 *
 * PostgreSQL (and MongoDB): one stamp query at a time however many requests wait. A request that
 * arrives while one runs waits for the next (it might have started before a commit this request
 * must see); all requests arriving meanwhile share that next one. A query starts at the end of the
 * event loop's current I/O phase (setImmediate), so every request parsed in that phase shares it
 * rather than the first running alone and the rest queueing for the next.
 */
function freshStamp(payload: Payload, mirror: Mirror): Promise<string> | string {
  const now = stampNow(payload)
  if (now !== undefined) return now
  if (!mirror.running) {
    mirror.running = new Promise<void>((resolve) => setImmediate(resolve)).then(() => readStamp(payload)).finally(() => (mirror.running = null))
    return mirror.running
  }
  if (!mirror.queued) {
    mirror.queued = mirror.running
      .catch(() => undefined)
      .then(() => {
        mirror.queued = null
        return freshStamp(payload, mirror)
      })
  }
  return mirror.queued
}

/**
 * One SQL statement on the SQL adapters: the stamp runs before every public read, and the four
 * Local API queries it replaces cost about 5 ms together (the statement: a fraction of one). The
 * tables and columns are Payload's own names for the two collections.
 */
const STAMP_SQL =
  'select (select count(*) from snapshots) as snapshots, (select max(id) from snapshots) as newest, (select count(*) from departments) as departments, (select max(updated_at) from departments) as updated'

type SqlAdapter = {
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Array<Record<string, unknown>> }>
  drizzle?: unknown
  /** SQLite only: a synchronous prepared read, run again only when a commit has moved the WAL-index header (src/sqlite-reader.ts) */
  readNow?: (sql: string) => Record<string, unknown> | undefined
}

async function readStamp(payload: Payload): Promise<string> {
  // Payload's generic adapter type does not expose the SQL adapters' execute/drizzle (MongoDB has neither)
  const db = payload.db as unknown as SqlAdapter
  if (db.execute && db.drizzle) return stampOf((await db.execute({ drizzle: db.drizzle, raw: STAMP_SQL })).rows[0] ?? {})
  return readStampThroughPayload(payload)
}

function stampOf(row: Record<string, unknown>): string {
  const updated = row.updated instanceof Date ? row.updated.toISOString() : String(row.updated ?? '')
  return `${String(row.snapshots)}.${String(row.newest ?? '')}|${String(row.departments)}.${updated}`
}

async function readStampThroughPayload(payload: Payload): Promise<string> {
  const newest = (collection: 'snapshots' | 'departments', sort: string) =>
    payload.find({ collection, sort, limit: 1, depth: 0, pagination: false, select: { updatedAt: true }, overrideAccess: true })
  const [snapshots, departments, newestSnapshot, newestDepartment] = await Promise.all([
    payload.count({ collection: 'snapshots', overrideAccess: true }),
    payload.count({ collection: 'departments', overrideAccess: true }),
    newest('snapshots', '-id'),
    newest('departments', '-updatedAt'),
  ])
  const department = newestDepartment.docs[0] as { id?: unknown; updatedAt?: unknown } | undefined
  return `${snapshots.totalDocs}.${String((newestSnapshot.docs[0] as { id?: unknown } | undefined)?.id ?? '')}|${departments.totalDocs}.${String(department?.updatedAt ?? '')}`
}

async function loadIndex(payload: Payload, stamp: string): Promise<PublicIndex> {
  const [departmentDocs, all] = await Promise.all([
    payload.find({ collection: 'departments', sort: 'code', limit: 0, pagination: false, depth: 0, locale: 'all', overrideAccess: true }),
    // the one reader of snapshot heads (public/snapshot-index)
    readIndex(payload, {}),
  ])
  // locale 'all' returns localized fields as objects per locale, which the generated Department type does not describe
  const departments = departmentDocs.docs.map((doc) => departmentEntry(doc as unknown as Record<string, unknown>))
  const snapshots = new Map<string, SnapshotHead[]>()
  for (const head of all) {
    const key = String(head.departmentId)
    const heads = snapshots.get(key)
    if (heads) heads.push(head)
    else snapshots.set(key, [head])
  }
  return { stamp, departmentStamp: stamp.split('|')[1], departments, byCode: new Map(departments.map((each) => [each.code, each])), snapshots, all }
}

function departmentEntry(doc: Record<string, unknown>): DepartmentEntry {
  // read with locale 'all': a localized field is { 'zh-Hans': …, 'zh-Hant': …, en: … }
  const name = doc.name
  const names = name && typeof name === 'object' ? (name as DepartmentEntry['names']) : { 'zh-Hans': String(name ?? '') }
  return { id: doc.id as string | number, code: String(doc.code), names, region: String(doc.regionCode), level: String(doc.level) }
}

// ------------------------------------------------------------------------------------------------
// Resolution over the index: pure, no database
// ------------------------------------------------------------------------------------------------

export function departmentIn(index: PublicIndex, code: string): DepartmentEntry {
  const department = index.byCode.get(code)
  if (!department) throw new RefusedError(404, 'Not found', `department "${code}" not found`)
  return department
}

/** The department's snapshots the public may see today, in publication order. */
export function visibleIn(index: PublicIndex, department: DepartmentEntry, today = todayInChina()): SnapshotHead[] {
  return visibleOn(index.snapshots.get(String(department.id)) ?? [], today)
}

/** Invariant 6 over what is visible today: the newest visible snapshot in force on `asOf`. */
export function snapshotInForce(
  index: PublicIndex,
  code: string,
  asOf: string | undefined,
  today = todayInChina(),
): { department: DepartmentEntry; snapshot: SnapshotHead; visible: SnapshotHead[] } {
  const department = departmentIn(index, code)
  const visible = visibleIn(index, department, today)
  const date = asOf ?? today
  const snapshot = inForceOn(visible, date)
  if (!snapshot) throw noListInForce(code, date)
  return { department, snapshot, visible }
}

/** Every department's snapshot in force on `asOf` (visible today), departments without one left out. */
export function listsInForce(
  index: PublicIndex,
  asOf: string | undefined,
  today = todayInChina(),
): Array<{ department: DepartmentEntry; snapshot: SnapshotHead }> {
  const date = asOf ?? today
  return index.departments.flatMap((department) => {
    const snapshot = inForceOn(visibleIn(index, department, today), date)
    return snapshot ? [{ department, snapshot }] : []
  })
}

/** Every department with the list in force today (null when none is in force yet). */
export function departmentOverviewsIn(index: PublicIndex, today = todayInChina()): DepartmentOverview[] {
  return index.departments.map((department) => {
    const current = inForceOn(visibleIn(index, department, today), today)
    return {
      id: department.id,
      code: department.code,
      names: department.names,
      region: department.region,
      level: department.level,
      currentSnapshot: current ? { id: current.id, effectiveFrom: current.effectiveFrom, hash: current.hash } : null,
      totals: current?.totals ?? null,
    }
  })
}
