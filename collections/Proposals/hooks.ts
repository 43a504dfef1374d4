import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { storedIdOf } from '../../src/domain/ids'
import type { Proposal } from '../../src/payload-types'
import { checkFormDeletion, checkFormProposal, recordFormEdit } from '../../src/services/proposals'

/**
 * Writes from the admin form (Payload REST) go through the proposal rules of the services; writes
 * made by the services themselves (`context.quanzeProposal`) have been checked already.
 */
export const checkFormWrite: CollectionBeforeChangeHook<Proposal> = async ({ data, originalDoc, operation, req, context }) => {
  if (context.quanzeProposal) return data
  // on create Payload passes an empty originalDoc: only an update has an original to check against
  return checkFormProposal(req, data, operation === 'update' ? originalDoc : undefined)
}

export const recordFormWrite: CollectionAfterChangeHook<Proposal> = async ({ doc, req, context }) => {
  if (context.quanzeProposal) return doc
  await recordFormEdit(req, storedIdOf(doc.revision))
  return doc
}

/** A deleted proposal still changes its revision: its hash, its editors and the audit log. */
export const checkFormDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.quanzeProposal) return
  const revisionId = await checkFormDeletion(req, id)
  context.quanzeRevisionId = revisionId
}

export const recordFormDelete = async ({ req, context }: { req: Parameters<CollectionBeforeDeleteHook>[0]['req']; context: Record<string, unknown> }) => {
  if (context.quanzeProposal || context.quanzeRevisionId == null) return
  await recordFormEdit(req, context.quanzeRevisionId as string | number)
}
