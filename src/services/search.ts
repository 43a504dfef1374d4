import type { Payload } from 'payload'
import { CATEGORY_CODES, type CategoryCode } from '../domain/categories'
import { matchSegment, nameMatches, searchSegment, type SearchEntry, type SearchQuery, type SearchSegment } from '../domain/search'
import type { SnapshotRef } from '../domain/snapshot-ref'
import { todayInChina } from '../domain/dates'
import { inRegion } from '../domain/regions'
import { toSimplified, toTraditional } from '../domain/script'
import { OneAtATime } from './one-at-a-time'
import { listsInForce, publicIndex, type PublicIndex } from './public-index'
import { snapshotItems } from './public/snapshot-content'
import type { DepartmentEntry, SnapshotHead } from './public-read'

/**
 * Search across every list in force (API.md "Search"): `q` over code, name, legal basis and
 * source code, narrowed by category, department level and region, with facets. Each snapshot's
 * searchable text is built once, keyed by its hash (snapshots never change), so a new list coming
 * into force costs one snapshot's read; the set in force is resolved per request from the index.
 */
export interface SearchParams {
  query: SearchQuery
  category?: CategoryCode
  level?: string
  /** GB/T 2260 code; a code ending in 00 or 0000 covers the regions inside it */
  region?: string
  asOf?: string
  page: number
  limit: number
}

export interface SearchHit {
  department: DepartmentEntry
  snapshot: SnapshotRef
  entry: SearchEntry
}

export interface SearchResult {
  asOf: string
  page: number
  limit: number
  totalItems: number
  hits: SearchHit[]
  facets: {
    /** over every filter but `category`, so a reader sees what the other categories hold */
    byCategory: Record<CategoryCode, number>
    /** over every filter, busiest first */
    byDepartment: Array<{ department: DepartmentEntry; count: number }>
  }
}

/**
 * Each segment holds one list's searchable text, and for a list in force today its bigram postings
 * (about 0.7 MB for a list of 500 items), least recently used first. The lists in force today are never evicted; besides them
 * there is room for one more set of every department's lists and a few more (asOf searches), so
 * memory grows with the province, not with the dates anonymous readers ask for.
 */
const SEGMENTS_BEYOND_TODAY = 20
const segments = new Map<string, Promise<SearchSegment>>()

/** What the segment cache keeps for an index: today's lists, pinned, and how many segments in all. */
interface SegmentRoom {
  today: ReadonlySet<string>
  limit: number
}

/** Made once per index and day, not on every search: the index is replaced when anything is published. */
const rooms = new WeakMap<PublicIndex, { day: string; room: SegmentRoom }>()

function roomOf(index: PublicIndex, today: string): SegmentRoom {
  const known = rooms.get(index)
  if (known?.day === today) return known.room
  const lists = listsInForce(index, today, today)
  const room = { today: new Set(lists.map(({ snapshot }) => snapshot.hash)), limit: 2 * lists.length + SEGMENTS_BEYOND_TODAY }
  rooms.set(index, { day: today, room })
  return room
}

function segmentOf(payload: Payload, snapshot: SnapshotHead, room: SegmentRoom): Promise<SearchSegment> {
  const key = snapshot.hash
  let segment = segments.get(key)
  if (segment) {
    segments.delete(key)
    segments.set(key, segment)
    return segment
  }
  segment = built(payload, snapshot, room.today.has(key))
  segments.set(key, segment)
  segment.catch(() => segments.delete(key))
  for (const candidate of segments.keys()) {
    if (segments.size <= room.limit) break
    if (!room.today.has(candidate) && candidate !== key) segments.delete(candidate)
  }
  return segment
}

/**
 * Segments not yet in memory are built one at a time, and each build yields to the event loop
 * before reading the list and before indexing it. A search on a past date builds every
 * department's list of that date (seconds at province scale); built all at once, in promise
 * continuations that never returned to the event loop, it held every other request up for as long
 * (a cached list took 2.9 s to answer). Now other requests are answered between the steps.
 *
 * Today's lists get bigram postings, and their builds go before any list searched only by date
 * (a list just published is not kept waiting by the past dates readers asked for); those are
 * scanned (about ten milliseconds for one date's lists), which halves what their build costs and
 * what they hold.
 */
const builds = new OneAtATime()

function built(payload: Payload, snapshot: SnapshotHead, today: boolean): Promise<SearchSegment> {
  return builds.run(
    async () => {
      await turn()
      const items = await snapshotItems(payload, snapshot)
      await turn()
      return searchSegment(items, { postings: today })
    },
    { urgent: today },
  )
}

/** Lets the event loop answer what has arrived (setImmediate runs after pending I/O). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Builds the public index and the search segments of every list in force today, one list at a
 * time, so the first search does not pay for them (it took 2.3 s on the generated province).
 * `npm start` (src/server.ts) awaits it before opening its port; the public API also starts it in
 * the background, where a search arriving meanwhile shares its reads.
 */
export async function warmSearch(payload: Payload): Promise<number> {
  // a query is read in both scripts: build OpenCC's dictionaries now (seconds on a busy machine)
  toSimplified(toTraditional('食品生产许可'))
  const index = await publicIndex(payload)
  const today = todayInChina()
  const [lists, room] = [listsInForce(index, undefined, today), roomOf(index, today)]
  for (const { snapshot } of lists) await segmentOf(payload, snapshot, room)
  return lists.length
}

export async function searchLists(payload: Payload, index: PublicIndex, params: SearchParams, today: string): Promise<SearchResult> {
  const asOf = params.asOf ?? today
  const lists = listsInForce(index, asOf, today).filter(
    ({ department }) => (!params.level || department.level === params.level) && inRegion(department.region, params.region),
  )
  const room = roomOf(index, today)
  const loaded = await Promise.all(lists.map(async (list) => ({ ...list, segment: await segmentOf(payload, list.snapshot, room) })))
  // counts by the category's index, hits as (list, entry) pairs in typed arrays: a common word
  // matches tens of thousands of entries, and pushing those onto growing arrays cost more than
  // finding them; only the page asked for becomes hit objects
  const categoryCounts = new Uint32Array(CATEGORY_CODES.length)
  const wanted = params.category ? CATEGORY_CODES.indexOf(params.category) : -1
  const byDepartment: SearchResult['facets']['byDepartment'] = []
  const matched = loaded.map(({ segment }) => matchSegment(segment, params.query))
  const most = 2 * matched.reduce((sum, entries) => sum + entries.length, 0)
  // name hits first, then the rest, each in list order
  const [first, later] = [new Uint32Array(most), new Uint32Array(most)]
  let [firstLength, laterLength] = [0, 0]
  loaded.forEach(({ department, segment }, list) => {
    let count = 0
    const inName = nameMatches(segment, params.query)
    for (const entry of matched[list]) {
      const category = segment.categories[entry]
      categoryCounts[category] += 1
      if (wanted !== -1 && category !== wanted) continue
      count += 1
      if (inName[entry]) {
        first[firstLength++] = list
        first[firstLength++] = entry
      } else {
        later[laterLength++] = list
        later[laterLength++] = entry
      }
    }
    if (count > 0) byDepartment.push({ department, count })
  })
  byDepartment.sort((a, b) => b.count - a.count || a.department.code.localeCompare(b.department.code))
  const totalItems = (firstLength + laterLength) / 2
  const start = (params.page - 1) * params.limit
  const hits: SearchHit[] = []
  for (let at = start; at < Math.min(totalItems, start + params.limit); at += 1) {
    const [pairs, offset] = 2 * at < firstLength ? [first, 2 * at] : [later, 2 * at - firstLength]
    const { department, snapshot, segment } = loaded[pairs[offset]]
    hits.push({
      department,
      snapshot: { id: snapshot.id, effectiveFrom: snapshot.effectiveFrom, hash: snapshot.hash },
      entry: segment.entries[pairs[offset + 1]],
    })
  }
  const byCategory = Object.fromEntries(CATEGORY_CODES.map((code, at) => [code, categoryCounts[at]])) as Record<CategoryCode, number>
  return { asOf, page: params.page, limit: params.limit, totalItems, hits, facets: { byCategory, byDepartment } }
}
