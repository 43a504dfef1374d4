import type { Payload, PayloadRequest, TypedLocale } from 'payload'
import type { Department } from '../payload-types'
import type { PowerItem } from '../domain/power-item'
import type { SnapshotRecord } from '../domain/snapshot'
import type { Totals } from '../domain/totals'
import { isDocumentId } from '../domain/ids'
import { notFound } from './errors'
import { itemsByHash } from './item-contents'

/** A snapshot row as stored, with what the public API shows beside the hashed content. */
export interface SnapshotRow extends SnapshotRecord {
  rawId: string | number
  departmentId: string | number
  publishedAt: string
  revision: { id: string; title: string } | null
  totals: Totals
}

/** A snapshot with its items, read from the item contents its hashes name (in code order). */
export interface StoredSnapshot extends SnapshotRow {
  items: PowerItem[]
}

export interface DepartmentRecord {
  id: string | number
  code: string
  name: string
  regionCode: string
  level: string
  creditCode: string | null
}

type Reader = { payload: Payload; req?: PayloadRequest }

export async function findDepartment({ payload, req }: Reader, code: string, locale?: TypedLocale): Promise<DepartmentRecord | null> {
  const { docs } = await payload.find({
    collection: 'departments',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    ...(locale ? { locale, fallbackLocale: 'zh-Hans' as const } : {}),
  })
  return docs[0] ? departmentRecord(docs[0]) : null
}

export async function departmentByIdOrCode(reader: Reader, value: unknown): Promise<DepartmentRecord> {
  const { payload, req } = reader
  if (typeof value === 'string' && !isDocumentId(value)) {
    const department = await findDepartment(reader, value)
    if (!department) throw notFound(`department "${value}"`)
    return department
  }
  const department = await payload.findByID({ collection: 'departments', id: value as string, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!department) throw notFound(`department ${String(value)}`)
  return departmentRecord(department)
}

function departmentRecord(doc: Department): DepartmentRecord {
  return { ...doc, creditCode: doc.creditCode ?? null }
}

/** A snapshot document as the services see it; `itemHashes` is empty when it was not selected. */
export function toSnapshotRow(doc: Record<string, unknown>): SnapshotRow {
  const revision = doc.revision as { id: string | number } | string | number | null | undefined
  const revisionId = revision && typeof revision === 'object' ? revision.id : revision
  return {
    id: String(doc.id),
    rawId: doc.id as string | number,
    departmentId: (doc.department && typeof doc.department === 'object' ? (doc.department as { id: string | number }).id : doc.department) as string | number,
    department: String(doc.departmentCode),
    sequence: Number(doc.sequence),
    effectiveFrom: String(doc.effectiveFrom),
    publishedAt: String(doc.publishedAt),
    hash: String(doc.hash),
    previousHash: (doc.previousHash as string | null) ?? null,
    itemHashes: Array.isArray(doc.itemHashes) ? (doc.itemHashes as string[]) : [],
    totals: doc.totals as Totals,
    revision: revisionId != null ? { id: String(revisionId), title: String(doc.revisionTitle ?? '') } : null,
  }
}

/** Every snapshot of a department in publication order, oldest first, with its items. */
export async function snapshotsOf(reader: Reader, departmentId: string | number): Promise<StoredSnapshot[]> {
  return withItems(reader, await snapshotRowsOf(reader, departmentId))
}

/** The same rows with their item hashes but not their items (read afresh; checks of the chain use these). */
export async function snapshotRowsOf({ payload, req }: Reader, departmentId: string | number): Promise<SnapshotRow[]> {
  const { docs } = await payload.find({
    collection: 'snapshots',
    where: { department: { equals: departmentId } },
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map((doc) => toSnapshotRow({ ...doc }))
}

/** The newest snapshot in publication order: the base of new revisions, whatever its date. */
export async function headSnapshot({ payload, req }: Reader, departmentId: string | number): Promise<StoredSnapshot | null> {
  const { docs } = await payload.find({
    collection: 'snapshots',
    where: { department: { equals: departmentId } },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? (await withItems({ payload, req }, [toSnapshotRow({ ...docs[0] })]))[0] : null
}

/** A snapshot's row without its items (callers that read the items through the cache of immutable contents). */
export async function snapshotRowById({ payload, req }: Reader, id: string | number): Promise<SnapshotRow | null> {
  const doc = await payload.findByID({ collection: 'snapshots', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return doc ? toSnapshotRow({ ...doc }) : null
}

export async function snapshotById({ payload, req }: Reader, id: string | number): Promise<StoredSnapshot | null> {
  const doc = await payload.findByID({ collection: 'snapshots', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return doc ? (await withItems({ payload, req }, [toSnapshotRow({ ...doc })]))[0] : null
}

/**
 * The one place stored snapshots get their items (the public reads' cached itemsOf is built on the
 * same item-contents lookup): the hashes of all the snapshots in one batched lookup, since
 * successive snapshots share most of their items.
 */
export async function withItems(reader: Reader, rows: readonly SnapshotRow[]): Promise<StoredSnapshot[]> {
  const hashes = [...new Set(rows.flatMap((row) => row.itemHashes))]
  const items = await itemsByHash(reader, hashes)
  const byHash = new Map(hashes.map((hash, index) => [hash, items[index]]))
  return rows.map((row) => ({ ...row, items: row.itemHashes.map((hash) => byHash.get(hash)!) }))
}
