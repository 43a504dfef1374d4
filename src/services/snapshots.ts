import type { Payload, PayloadRequest } from 'payload'
import type { PowerItem } from '../domain/power-item'
import type { SnapshotRecord } from '../domain/snapshot'
import type { Totals } from '../domain/totals'
import { notFound } from './errors'

/** A snapshot as stored, with what the public API shows beside the hashed content. */
export interface StoredSnapshot extends SnapshotRecord {
  rawId: string | number
  departmentId: string | number
  publishedAt: string
  revision: { id: string; title: string } | null
  totals: Totals
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

export async function findDepartment({ payload, req }: Reader, code: string, locale?: string): Promise<DepartmentRecord | null> {
  const { docs } = await payload.find({
    collection: 'departments',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    ...(locale ? { locale: locale as never, fallbackLocale: 'zh-Hans' as never } : {}),
  })
  return (docs[0] as unknown as DepartmentRecord) ?? null
}

export async function departmentByIdOrCode(reader: Reader, value: unknown): Promise<DepartmentRecord> {
  const { payload, req } = reader
  if (typeof value === 'string' && !/^\d+$/.test(value) && !/^[0-9a-f]{24}$/.test(value)) {
    const department = await findDepartment(reader, value)
    if (!department) throw notFound(`department "${value}"`)
    return department
  }
  const department = await payload.findByID({ collection: 'departments', id: value as string, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!department) throw notFound(`department ${String(value)}`)
  return department as unknown as DepartmentRecord
}

export function toStoredSnapshot(doc: Record<string, unknown>): StoredSnapshot {
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
    items: (doc.items as PowerItem[]) ?? [],
    totals: doc.totals as Totals,
    revision: revisionId != null ? { id: String(revisionId), title: String(doc.revisionTitle ?? '') } : null,
  }
}

/** Every snapshot of a department in publication order, oldest first. */
export async function snapshotsOf({ payload, req }: Reader, departmentId: string | number): Promise<StoredSnapshot[]> {
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
  return docs.map((doc) => toStoredSnapshot(doc as unknown as Record<string, unknown>))
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
  return docs[0] ? toStoredSnapshot(docs[0] as unknown as Record<string, unknown>) : null
}

export async function snapshotById({ payload, req }: Reader, id: string | number): Promise<StoredSnapshot | null> {
  const doc = await payload.findByID({ collection: 'snapshots', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return doc ? toStoredSnapshot(doc as unknown as Record<string, unknown>) : null
}
