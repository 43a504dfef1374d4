import type { PayloadRequest } from 'payload'
import type { Actor } from '../domain/actor'
import { decide, type RevisionFacts, type RevisionStatus, type WorkflowEvent } from '../domain/revision-workflow'
import { proposalHash } from '../domain/proposal'
import { actorOf, idOf } from '../../collections/access'
import { appendAudit, lockAuditLog } from './audit'
import { inTransaction, WORKFLOW } from './context'
import { notFound, RefusedError } from './errors'
import { rowsToChanges, type ChangeRow } from './proposals'
import { writePublication } from './publish'
import { departmentByIdOrCode, headSnapshot } from './snapshots'

export interface RevisionDoc {
  id: string | number
  title: string
  status: RevisionStatus
  department: unknown
  baseSnapshot: unknown
  baseHash: string | null
  changes: ChangeRow[]
  author: unknown
  editors: unknown[]
  proposalHash: string | null
  approval?: { hash?: string | null } | null
  comments?: Array<Record<string, unknown>>
}

export interface EventInput {
  comment?: string | null
  effectiveFrom?: string
}

/** Loads a revision the user may read; a revision they may not read does not exist for them (404). */
export async function loadRevision(req: PayloadRequest, id: string | number): Promise<RevisionDoc> {
  const doc = await req.payload.findByID({ collection: 'revisions', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
  if (!doc) throw notFound(`revision ${id}`)
  return doc as unknown as RevisionDoc
}

export function factsOf(revision: RevisionDoc): RevisionFacts {
  return {
    status: revision.status,
    departmentId: idOf(revision.department),
    authorId: revision.author != null ? idOf(revision.author) : null,
    editorIds: (revision.editors ?? []).map(idOf),
    proposalHash: proposalHash(revision.baseHash, rowsToChanges(revision.changes ?? [])),
    approvalHash: revision.approval?.hash ?? null,
  }
}

/**
 * Fires one workflow event: decides it with the domain table, applies it and audits it, all in
 * one transaction. Returns the updated revision.
 */
export async function fireEvent(req: PayloadRequest, id: string | number, event: WorkflowEvent, input: EventInput = {}): Promise<RevisionDoc> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in to change a revision')
  await loadRevision(req, id) // 404 before anything else for revisions the user cannot see
  try {
    return await inTransaction(req, () => applyEvent(req, id, event, actor, input))
  } catch (error) {
    if (event === 'publish' && !(error instanceof RefusedError)) throw (await concurrentPublication(req, id)) ?? error
    throw error
  }
}

/**
 * A publication that lost a race on a unique key (snapshots.chainKey, snapshots.revision) was
 * refused by the database, not by a rule: say plainly why, from what is committed now.
 */
async function concurrentPublication(req: PayloadRequest, id: string | number): Promise<RefusedError | null> {
  const now = (await req.payload.findByID({ collection: 'revisions', id, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as RevisionDoc | null
  if (!now) return null
  if (now.status === 'published') return new RefusedError(409, 'Already published', `revision ${id} was published by a concurrent request`)
  const head = await headSnapshot({ payload: req.payload }, idOf(now.department))
  const base = now.baseSnapshot != null ? idOf(now.baseSnapshot) : null
  if ((head?.id ?? null) !== base) {
    return new RefusedError(409, 'Base snapshot is no longer current', `another revision was published first: the department's current snapshot is now ${head?.id}, not ${String(base)}, which this revision was built on; rebase it`)
  }
  return null
}

async function applyEvent(req: PayloadRequest, id: string | number, event: WorkflowEvent, actor: Actor, input: EventInput): Promise<RevisionDoc> {
  await lockAuditLog(req) // before reading: a concurrent change of this revision commits first, or waits
  const revision = (await req.payload.findByID({ collection: 'revisions', id, depth: 0, req, overrideAccess: true })) as unknown as RevisionDoc
  const facts = factsOf(revision)
  const decision = decide(event, facts, actor)
  if (!decision.allowed) throw new RefusedError(decision.status, decision.status === 403 ? 'Forbidden' : 'Conflict', decision.reason)
  const comment = input.comment?.trim() || null
  const data: Record<string, unknown> = { status: decision.to }
  if (event === 'approve') data.approval = { hash: facts.proposalHash, by: req.user!.id, at: new Date().toISOString(), comment }
  if (event === 'reject' || event === 'revise') data.approval = { hash: null, by: null, at: null, comment: null }
  if (comment) data.comments = [...(revision.comments ?? []).map(({ id: _id, ...rest }) => rest), { author: actor.email, at: new Date().toISOString(), event, text: comment }]
  let afterHash = facts.proposalHash
  if (event === 'publish') {
    const published = await publish(req, revision, facts, input)
    Object.assign(data, published.fields)
    afterHash = published.snapshotHash
  }
  const updated = await req.payload.update({ collection: 'revisions', id, data: data as never, req, context: WORKFLOW, overrideAccess: true, depth: 0 })
  await appendAudit(req, {
    action: `revision.${event}`,
    entity: 'revisions',
    entityId: String(id),
    revisionId: revision.id,
    departmentId: rawId(revision.department),
    fromStatus: revision.status,
    toStatus: decision.to,
    comment,
    beforeHash: revision.approval?.hash ?? null,
    afterHash,
  })
  return updated as unknown as RevisionDoc
}

/** Invariants 3 and 7 at the moment of publication, then the one publish path. */
async function publish(req: PayloadRequest, revision: RevisionDoc, facts: RevisionFacts, input: EventInput) {
  if (facts.approvalHash !== facts.proposalHash) {
    throw new RefusedError(409, 'Changed since approval', 'the proposal changed after it was approved; it must be approved again before publication')
  }
  const department = await departmentByIdOrCode({ payload: req.payload, req }, revision.department)
  const head = await headSnapshot({ payload: req.payload, req }, department.id)
  if ((head?.id ?? null) !== (revision.baseSnapshot != null ? idOf(revision.baseSnapshot) : null)) {
    throw new RefusedError(409, 'Base snapshot is no longer current', `the revision was built on snapshot ${String(revision.baseSnapshot)}, but the department's current snapshot is ${head?.id}; rebase it`)
  }
  const effectiveFrom = input.effectiveFrom ?? ''
  const snapshot = await writePublication(req, { department, head, changes: rowsToChanges(revision.changes), effectiveFrom, revision: { id: revision.id, title: revision.title } })
  return { fields: { effectiveFrom, publishedAt: snapshot.publishedAt, snapshot: snapshot.rawId }, snapshotHash: snapshot.hash }
}

/** A relationship's stored id (number on SQL adapters), whether or not it was populated. */
function rawId(value: unknown): string | number {
  return value && typeof value === 'object' ? (value as { id: string | number }).id : (value as string | number)
}
