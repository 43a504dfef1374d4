import { sha256Hex } from './canonical-json'

/** One line of the append-only audit log (invariant 8). */
export interface AuditEntry {
  sequence: number
  at: string
  actor: string | null
  action: string
  entity: string
  entityId: string
  /** ids of the revision and department the action concerns, as strings (covered by the hash) */
  revision: string | null
  department: string | null
  fromStatus: string | null
  toStatus: string | null
  comment: string | null
  beforeHash: string | null
  afterHash: string | null
  previousHash: string | null
}

export interface AuditRecord extends AuditEntry {
  id: string
  hash: string
}

export function auditHash(entry: AuditEntry): string {
  const { sequence, at, actor, action, entity, entityId, revision, department, fromStatus, toStatus, comment, beforeHash, afterHash, previousHash } = entry
  return sha256Hex({ sequence, at, actor, action, entity, entityId, revision, department, fromStatus, toStatus, comment, beforeHash, afterHash, previousHash })
}

/** The first audit record whose hash or link does not verify, or null. */
export function firstBrokenAuditRecord(records: readonly AuditRecord[]): { id: string; sequence: number; reason: string } | null {
  const ordered = [...records].sort((a, b) => a.sequence - b.sequence)
  let previousHash: string | null = null
  for (const [index, record] of ordered.entries()) {
    if (record.sequence !== index + 1)
      return { id: record.id, sequence: record.sequence, reason: `sequence ${record.sequence} where ${index + 1} was expected (a record is missing)` }
    if (record.previousHash !== previousHash) return { id: record.id, sequence: record.sequence, reason: 'previousHash does not match the record before it' }
    if (auditHash(record) !== record.hash) return { id: record.id, sequence: record.sequence, reason: 'stored hash does not match the record' }
    previousHash = record.hash
  }
  return null
}
