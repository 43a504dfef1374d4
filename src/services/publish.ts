import type { PayloadRequest } from 'payload'
import { isCalendarDate } from '../domain/dates'
import type { PowerItem } from '../domain/power-item'
import { applyChanges, type Change } from '../domain/proposal'
import { buildSnapshotContent, itemHash, snapshotHash, snapshotTotals } from '../domain/snapshot'
import { PUBLICATION } from './context'
import { RefusedError } from './errors'
import { writeItemContents } from './item-contents'
import { sqlSession, yieldToReaders } from './sql'
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
    throw new RefusedError(
      422,
      'Invalid effective date',
      `生效日期“${effectiveFrom}”不是日期，请按 年-月-日 填写 (effectiveFrom "${effectiveFrom}" is not a date (YYYY-MM-DD))`,
      [{ path: '/effectiveFrom', message: '应为日期，按 年-月-日 填写 (must be a date YYYY-MM-DD)' }],
    )
  if (head && effectiveFrom < head.effectiveFrom) {
    throw new RefusedError(
      409,
      'Effective date before the current list',
      `生效日期 ${effectiveFrom} 早于本部门现行清单的生效日期 ${head.effectiveFrom} (effectiveFrom ${effectiveFrom} is before ${head.effectiveFrom}, when the department's newest snapshot takes effect)`,
    )
  }
  const items = applyChanges(head?.items ?? [], changes, effectiveFrom)
  const content = buildSnapshotContent({ department: department.code, effectiveFrom, items, previousHash: head?.hash ?? null }, await hashesOf(items, head))
  const hash = snapshotHash(content)
  await writeItemContents(req, content.items, content.itemHashes)
  await yieldToReaders()
  const sequence = (head?.sequence ?? 0) + 1
  const totals = snapshotTotals(content)
  const doc = await req.payload.create({
    collection: 'snapshots',
    data: {
      label: `${department.code} ${effectiveFrom} #${sequence}`,
      // src/payload-types.ts is generated for the SQL adapters, whose ids are numbers (MongoDB's are strings)
      department: department.id as number,
      departmentCode: department.code,
      sequence,
      chainKey: `${department.id}:${sequence}`,
      effectiveFrom,
      publishedAt: new Date().toISOString(),
      hash,
      previousHash: content.previousHash,
      revision: revision.id as number,
      revisionTitle: revision.title,
      totals: { ...totals },
      itemHashes: content.itemHashes,
    },
    req,
    context: PUBLICATION,
    overrideAccess: true,
    depth: 0,
  })
  await writeItemChanges(req, department, changes, content.items, effectiveFrom)
  return {
    department: content.department,
    effectiveFrom,
    previousHash: content.previousHash,
    itemHashes: content.itemHashes,
    items: content.items,
    id: String(doc.id),
    rawId: doc.id,
    departmentId: department.id,
    sequence,
    hash,
    publishedAt: doc.publishedAt,
    revision: { id: String(revision.id), title: revision.title },
    totals,
  }
}

/**
 * The items this publication leaves alone are the head's own objects, whose hashes are known; the
 * others are hashed a hundred at a time, the event loop let go in between (hashing a 1,000-item
 * change at once would hold readers up for tens of milliseconds).
 */
async function hashesOf(items: readonly PowerItem[], head: StoredSnapshot | null): Promise<(item: PowerItem) => string> {
  const known = new Map(head?.items.map((item, index) => [item, head.itemHashes[index]]))
  const changed = items.filter((item) => !known.has(item))
  for (let start = 0; start < changed.length; start += 100) {
    for (const item of changed.slice(start, start + 100)) known.set(item, itemHash(item))
    await yieldToReaders()
  }
  return (item) => known.get(item)!
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
  // a hundred codes a statement: five hundred held the event loop for about 18 ms
  for (let start = 0; start < codes.length; start += 100) {
    await db
      .update(table)
      .set({ effectiveTo: effectiveFrom, updatedAt: now })
      .where(and(eq(table.department, department.id), isNull(table.effectiveTo), inArray(table.code, codes.slice(start, start + 100))))
    await yieldToReaders()
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
  // small chunks, the event loop let go between them: readers are answered while a big list publishes
  for (let start = 0; start < rows.length; start += 100) {
    await db.insert(table).values(rows.slice(start, start + 100))
    await yieldToReaders()
  }
}
