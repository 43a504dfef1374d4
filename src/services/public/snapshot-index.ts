import type { Payload, Where } from 'payload'
import { todayInChina } from '../../domain/dates'
import { visibleOn } from '../../domain/point-in-time'
import { toSnapshotRow } from '../snapshots'
import type { SnapshotHead } from './shapes'

/** Everything but `itemHashes`: the index stays small however long the lists are. */
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

/** Snapshot heads matching `where`, in publication order, read afresh on every call. */
export async function readIndex(payload: Payload, where: Where): Promise<SnapshotHead[]> {
  const { docs } = await payload.find({
    collection: 'snapshots',
    where,
    select: INDEX_SELECT,
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    const { itemHashes: _hashes, ...head } = toSnapshotRow(doc as Record<string, unknown>)
    return { ...head, publishedAt: new Date(head.publishedAt).toISOString() }
  })
}

/** The snapshots of one department the public may see today (invariant 1), in publication order. */
export async function visibleSnapshots(payload: Payload, departmentId: string | number, today = todayInChina()): Promise<SnapshotHead[]> {
  return visibleOn(await readIndex(payload, { department: { equals: departmentId } }), today)
}
