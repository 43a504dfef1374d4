import type { PayloadRequest } from 'payload'
import { auditHash, type AuditEntry, type AuditRecord } from '../domain/audit'
import { AUDIT } from './context'

export interface AuditInput {
  action: string
  entity: string
  entityId: string
  revisionId?: string | number | null
  fromStatus?: string | null
  toStatus?: string | null
  comment?: string | null
  beforeHash?: string | null
  afterHash?: string | null
}

/** Appends one hash-chained record, inside the caller's transaction when `req` has one. */
export async function appendAudit(req: PayloadRequest, input: AuditInput): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'audit-log', sort: '-sequence', limit: 1, depth: 0, pagination: false, req, overrideAccess: true })
  const last = docs[0] as unknown as AuditRecord | undefined
  const entry: AuditEntry = {
    sequence: (last?.sequence ?? 0) + 1,
    at: new Date().toISOString(),
    actor: req.user?.email ?? 'system',
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    comment: input.comment ?? null,
    beforeHash: input.beforeHash ?? null,
    afterHash: input.afterHash ?? null,
    previousHash: last?.hash ?? null,
  }
  await req.payload.create({
    collection: 'audit-log',
    data: { ...entry, hash: auditHash(entry), revision: input.revisionId ?? null } as never,
    req,
    context: AUDIT,
    overrideAccess: true,
  })
}

export async function allAuditRecords(req: PayloadRequest): Promise<AuditRecord[]> {
  const { docs } = await req.payload.find({ collection: 'audit-log', sort: 'sequence', limit: 0, pagination: false, depth: 0, req, overrideAccess: true })
  return docs.map((doc) => ({ ...(doc as unknown as AuditRecord), id: String(doc.id) }))
}
