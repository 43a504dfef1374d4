import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { auditHash, type AuditEntry, type AuditRecord } from '../domain/audit'
import { idOf } from '../domain/ids'
import { AUDIT, inTransaction } from './context'
import { asDocId } from './revisions'

export interface AuditInput {
  action: string
  entity: string
  entityId: string
  revisionId?: string | number | null
  /** the department whose list the action concerns: its editors read the record */
  departmentId?: string | number | null
  fromStatus?: string | null
  toStatus?: string | null
  comment?: string | null
  beforeHash?: string | null
  afterHash?: string | null
}

/**
 * The one lock of the audit chain, held until the caller's transaction ends. Every transaction
 * that changes a revision (and so appends to the log) takes it before reading what it changes:
 * the next sequence is read after the previous append committed, and two changes of one revision
 * cannot both act on what they read before the other (no lost updates, invariant 7).
 * PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do, its transactions begin
 * IMMEDIATE and so already hold the database's write lock. Without a transaction: nothing.
 */
export const AUDIT_CHAIN_LOCK_KEY = 7141226001
const AUDIT_CHAIN_LOCK = `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`

export async function lockAuditLog(req: PayloadRequest): Promise<void> {
  // the PostgreSQL adapter's transaction sessions are not part of Payload's generic adapter type
  const db = req.payload.db as unknown as { name?: string; sessions?: Record<string, { db?: { execute: (query: unknown) => Promise<unknown> } }> }
  if (db.name !== 'postgres' || !req.transactionID) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (session?.db) await session.db.execute(sql.raw(AUDIT_CHAIN_LOCK))
}

/** Appends one hash-chained record, inside the caller's transaction when `req` has one. */
export async function appendAudit(req: PayloadRequest, input: AuditInput): Promise<void> {
  await inTransaction(req, async () => {
    await lockAuditLog(req)
    await append(req, input)
  })
}

async function append(req: PayloadRequest, input: AuditInput): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'audit-log', sort: '-sequence', limit: 1, depth: 0, pagination: false, req, overrideAccess: true })
  const last = docs[0]
  const entry: AuditEntry = {
    sequence: (last?.sequence ?? 0) + 1,
    at: new Date().toISOString(),
    actor: req.user?.email ?? 'system',
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    revision: input.revisionId != null ? String(input.revisionId) : null,
    department: input.departmentId != null ? String(input.departmentId) : null,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    comment: input.comment ?? null,
    beforeHash: input.beforeHash ?? null,
    afterHash: input.afterHash ?? null,
    previousHash: last?.hash ?? null,
  }
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      hash: auditHash(entry),
      revision: input.revisionId != null ? asDocId(input.revisionId) : null,
      department: input.departmentId != null ? asDocId(input.departmentId) : null,
    },
    req,
    context: AUDIT,
    overrideAccess: true,
    depth: 0, // nothing to populate: the answer is not used
    select: { sequence: true }, // the id comes back always; the select type cannot name it
  })
}

export async function allAuditRecords(req: PayloadRequest): Promise<AuditRecord[]> {
  const { docs } = await req.payload.find({ collection: 'audit-log', sort: 'sequence', limit: 0, pagination: false, depth: 0, req, overrideAccess: true })
  return docs.map((doc) => ({
    ...doc,
    id: String(doc.id),
    actor: doc.actor ?? null,
    // relationship ids come back as numbers on SQL databases; the hash covers them as strings
    revision: doc.revision != null ? idOf(doc.revision) : null,
    department: doc.department != null ? idOf(doc.department) : null,
    fromStatus: doc.fromStatus ?? null,
    toStatus: doc.toStatus ?? null,
    comment: doc.comment ?? null,
    beforeHash: doc.beforeHash ?? null,
    afterHash: doc.afterHash ?? null,
    previousHash: doc.previousHash ?? null,
  }))
}
