import type { PayloadRequest } from 'payload'
import type { Revision } from '../payload-types'
import { notFound } from './errors'

/** A revision as the Local API returns it at depth 0: relationships are ids. */
export type RevisionDoc = Revision

/**
 * A relationship id where the generated types expect one. They are generated for the SQL adapters
 * (serial ids, `number`); on MongoDB the same field holds an ObjectId string, which Payload accepts
 * alike. This is the one place that says so.
 */
export const asDocId = (id: string | number) => id as number

/** Loads a revision the user may read; a revision they may not read does not exist for them (404). */
export async function loadRevision(req: PayloadRequest, id: string | number): Promise<RevisionDoc> {
  const doc = await req.payload.findByID({
    collection: 'revisions',
    id,
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    joins: false,
  })
  if (!doc) throw notFound(`revision ${id}`)
  return doc
}

/** Loads a revision whoever asks: for writes that checked access already, inside their transaction. */
export async function revisionById(req: PayloadRequest, id: string | number): Promise<RevisionDoc> {
  const doc = await req.payload.findByID({ collection: 'revisions', id, depth: 0, req, overrideAccess: true, disableErrors: true, joins: false })
  if (!doc) throw notFound(`revision ${id}`)
  return doc
}

/** Status is set on create (draft) and by every transition; the generated type leaves it optional. */
export const statusOf = (revision: Pick<RevisionDoc, 'status'>) => revision.status ?? 'draft'
