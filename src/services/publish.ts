import type { PayloadRequest } from 'payload'
import { isCalendarDate } from '../domain/dates'
import type { PowerItem } from '../domain/power-item'
import { applyChanges, type Change } from '../domain/proposal'
import { buildSnapshotContent, snapshotHash, snapshotTotals } from '../domain/snapshot'
import { toStoredItem } from '../../collections/PowerItems/item-shape'
import { PUBLICATION } from './context'
import { RefusedError } from './errors'
import type { DepartmentRecord, StoredSnapshot } from './snapshots'

export interface Publication {
  department: DepartmentRecord
  /** the department's newest snapshot the changes were built on; null for a first list */
  head: StoredSnapshot | null
  changes: readonly Change[]
  effectiveFrom: string
  revision: { id: string | number; title: string }
}

/**
 * The one publish path (invariant 5): writes every item change and one chained snapshot. Call it
 * inside a transaction (see workflow.ts); it reads nothing outside what it is given.
 */
export async function writePublication(req: PayloadRequest, publication: Publication): Promise<StoredSnapshot> {
  const { department, head, changes, effectiveFrom, revision } = publication
  if (!isCalendarDate(effectiveFrom)) throw new RefusedError(422, 'Invalid effective date', `effectiveFrom "${effectiveFrom}" is not a date (YYYY-MM-DD)`, [{ path: '/effectiveFrom', message: 'must be a date YYYY-MM-DD' }])
  if (head && effectiveFrom < head.effectiveFrom) {
    throw new RefusedError(409, 'Effective date before the current list', `effectiveFrom ${effectiveFrom} is before ${head.effectiveFrom}, when the department's newest snapshot takes effect`)
  }
  const items = applyChanges(head?.items ?? [], changes, effectiveFrom)
  const content = buildSnapshotContent({ department: department.code, effectiveFrom, items, previousHash: head?.hash ?? null })
  const hash = snapshotHash(content)
  const sequence = (head?.sequence ?? 0) + 1
  const doc = await req.payload.create({
    collection: 'snapshots',
    data: {
      label: `${department.code} ${effectiveFrom} #${sequence}`,
      department: department.id,
      departmentCode: department.code,
      sequence,
      chainKey: `${department.id}:${sequence}`,
      effectiveFrom,
      publishedAt: new Date().toISOString(),
      hash,
      previousHash: content.previousHash,
      revision: revision.id,
      revisionTitle: revision.title,
      totals: snapshotTotals(content),
      items: content.items,
    } as never,
    req,
    context: PUBLICATION,
    overrideAccess: true,
    depth: 0,
  })
  await writeItemChanges(req, department, changes, items, effectiveFrom)
  return {
    ...content,
    id: String(doc.id),
    rawId: doc.id,
    departmentId: department.id,
    sequence,
    hash,
    publishedAt: String((doc as { publishedAt?: string }).publishedAt),
    revision: { id: String(revision.id), title: revision.title },
    totals: snapshotTotals(content),
  }
}

/** Mirrors the publication into `power-items`, so Payload's versions hold each item's history. */
async function writeItemChanges(req: PayloadRequest, department: DepartmentRecord, changes: readonly Change[], items: readonly PowerItem[], effectiveFrom: string): Promise<void> {
  const published = new Map(items.map((item) => [item.code, item]))
  for (const change of changes) {
    const existing = await req.payload.find({
      collection: 'power-items',
      where: { and: [{ department: { equals: department.id } }, { code: { equals: change.code } }] },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const current = existing.docs[0]
    const item = published.get(change.code)
    const data = item
      ? { ...toStoredItem(item), department: department.id, code: item.code, effectiveFrom, effectiveTo: null, _status: 'published' }
      : { effectiveTo: effectiveFrom, _status: 'published' }
    if (current) {
      await req.payload.update({ collection: 'power-items', id: current.id, data: data as never, req, context: PUBLICATION, overrideAccess: true, depth: 0 })
    } else if (item) {
      await req.payload.create({ collection: 'power-items', data: data as never, req, context: PUBLICATION, overrideAccess: true, depth: 0 })
    }
  }
}
