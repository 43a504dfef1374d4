import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Law } from '../../src/payload-types'
import { lawContentHash } from '../../src/services/laws'
import { appendAudit } from '../../src/services/audit'

/** Every change of the register goes into the one hash-chained audit log. */
export const auditLawChange: CollectionAfterChangeHook<Law> = async ({ doc, previousDoc, operation, req }) => {
  const beforeHash = operation === 'update' ? lawContentHash(previousDoc) : null
  const afterHash = lawContentHash(doc)
  if (beforeHash === afterHash) return doc
  await appendAudit(req, { action: `law.${operation}`, entity: 'laws', entityId: String(doc.id), comment: String(doc.title ?? ''), beforeHash, afterHash })
  return doc
}

export const auditLawDeletion: CollectionAfterDeleteHook<Law> = async ({ doc, req }) => {
  await appendAudit(req, { action: 'law.delete', entity: 'laws', entityId: String(doc.id), comment: String(doc.title ?? ''), beforeHash: lawContentHash(doc) })
  return doc
}
