import type { PayloadRequest } from 'payload'
import { isCalendarDate } from '../domain/dates'
import type { PowerItem } from '../domain/power-item'
import { applyChanges, type Change } from '../domain/proposal'
import { buildSnapshotContent, snapshotHash, snapshotTotals } from '../domain/snapshot'
import { PUBLICATION } from './context'
import { RefusedError } from './errors'
import { sqlSession } from './sql'
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
  if (!isCalendarDate(effectiveFrom))
    throw new RefusedError(422, 'Invalid effective date', `effectiveFrom "${effectiveFrom}" is not a date (YYYY-MM-DD)`, [
      { path: '/effectiveFrom', message: 'must be a date YYYY-MM-DD' },
    ])
  if (head && effectiveFrom < head.effectiveFrom) {
    throw new RefusedError(
      409,
      'Effective date before the current list',
      `effectiveFrom ${effectiveFrom} is before ${head.effectiveFrom}, when the department's newest snapshot takes effect`,
    )
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

/**
 * Mirrors the publication into `power-items`, a table of item versions with their intervals: a
 * modify or repeal closes the open row (effectiveTo = this date), an add or modify opens a new one.
 * Two set-based statements per few hundred items, on the publication's transaction: the snapshot
 * chain is the history, Payload's per-document versions are not used here.
 */
async function writeItemChanges(
  req: PayloadRequest,
  department: DepartmentRecord,
  changes: readonly Change[],
  items: readonly PowerItem[],
  effectiveFrom: string,
): Promise<void> {
  const published = new Map(items.map((item) => [item.code, item]))
  const { db, table, and, eq, inArray, isNull } = await sqlSession(req, 'power-items')
  const now = new Date().toISOString()
  const codes = changes.filter((change) => change.action !== 'add').map((change) => change.code)
  for (let start = 0; start < codes.length; start += 500) {
    await db
      .update(table)
      .set({ effectiveTo: effectiveFrom, updatedAt: now })
      .where(and(eq(table.department, department.id), isNull(table.effectiveTo), inArray(table.code, codes.slice(start, start + 500))))
  }
  const rows = changes.flatMap((change) => {
    const item = published.get(change.code)
    if (change.action === 'repeal' || !item) return []
    return [
      {
        department: department.id,
        code: item.code,
        name: item.name,
        category: item.category,
        effectiveFrom,
        effectiveTo: null,
        item,
        createdAt: now,
        updatedAt: now,
      },
    ]
  })
  for (let start = 0; start < rows.length; start += 200) await db.insert(table).values(rows.slice(start, start + 200))
}
