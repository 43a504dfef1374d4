import type { PayloadRequest } from 'payload'
import { actorOf, type Actor } from '../domain/actor'
import { approvalAfter, baseIsCurrent, decide, missingComment, type Effect, type RevisionFacts, type WorkflowEvent } from '../domain/revision-workflow'
import { idOf, storedIdOf } from '../domain/ids'
import { appendAudit, lockAuditLog } from './audit'
import { inTransaction, WORKFLOW } from './context'
import { asDocId, loadRevision, revisionById, statusOf, type RevisionDoc } from './revisions'
import { refused, RefusedError } from './errors'
import { changesOf } from './proposals'
import { writePublication } from './publish'
import { yieldToReaders } from './sql'
import { departmentByIdOrCode, headSnapshot, type StoredSnapshot } from './snapshots'

export interface EventInput {
  comment?: string | null
  effectiveFrom?: string
}

/** The rules' view of a revision; `head` is the department's newest snapshot when the caller looked it up. */
export function factsOf(revision: RevisionDoc, head?: StoredSnapshot | null): RevisionFacts {
  return {
    status: statusOf(revision),
    departmentId: idOf(revision.department),
    authorId: revision.author != null ? idOf(revision.author) : null,
    editorIds: (revision.editors ?? []).map(idOf),
    proposalHash: revision.proposalHash ?? '',
    approvalHash: revision.approval?.hash ?? null,
    baseSnapshotId: revision.baseSnapshot != null ? idOf(revision.baseSnapshot) : null,
    ...(head !== undefined ? { headSnapshotId: head?.id ?? null } : {}),
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
  // not revisionById: the request's transaction was rolled back, read what is committed
  const now = await req.payload.findByID({ collection: 'revisions', id, depth: 0, overrideAccess: true, disableErrors: true, joins: false })
  if (!now) return null
  if (now.status === 'published')
    return new RefusedError(409, 'Already published', `修订 ${id} 已被另一次请求发布 (revision ${id} was published by a concurrent request)`)
  const refusal = baseIsCurrent(factsOf(now, await headSnapshot({ payload: req.payload }, idOf(now.department))), 'publish')
  if (refusal) return refused(refusal)
  return null
}

/**
 * On SQLite every statement runs on the event loop, and consecutive Local API calls chain without
 * letting a reader in: the steps of an event let go of the event loop in between
 * (`yieldToReaders`), so a publication's opening and closing reads and writes never add up to one
 * long stall (about 50 ms before, at the start of a 1,000-item publication).
 */
async function applyEvent(req: PayloadRequest, id: string | number, event: WorkflowEvent, actor: Actor, input: EventInput): Promise<RevisionDoc> {
  await lockAuditLog(req) // before reading: a concurrent change of this revision commits first, or waits
  await yieldToReaders()
  const revision = await revisionById(req, id)
  await yieldToReaders()
  const head = await headSnapshot({ payload: req.payload, req }, idOf(revision.department))
  await yieldToReaders()
  const facts = factsOf(revision, head)
  const decision = decide(event, facts, actor)
  if (!decision.allowed) throw refused(decision)
  const withoutComment = missingComment(event, input.comment)
  if (withoutComment) throw refused(withoutComment)
  const comment = input.comment?.trim() || null
  const at = new Date().toISOString()
  const data: Partial<RevisionDoc> = { status: decision.to }
  const approval = approvalAfter(decision.effects, facts, req.user!, at, comment)
  if (approval) data.approval = { ...approval, by: approval.by == null ? null : asDocId(approval.by) }
  if (comment) data.comments = [...(revision.comments ?? []).map(({ id: _id, ...rest }) => rest), { author: actor.email, at, event, text: comment }]
  let afterHash = facts.proposalHash
  for (const effect of decision.effects) {
    const outcome = await PROCESSORS[effect]?.({ req, revision, head, input })
    if (outcome) {
      Object.assign(data, outcome.fields)
      afterHash = outcome.afterHash
    }
  }
  await yieldToReaders()
  const updated = await req.payload.update({ collection: 'revisions', id, data, req, context: WORKFLOW, overrideAccess: true, depth: 0 })
  await yieldToReaders()
  await appendAudit(req, {
    action: `revision.${event}`,
    entity: 'revisions',
    entityId: String(id),
    revisionId: revision.id,
    departmentId: storedIdOf(revision.department),
    fromStatus: statusOf(revision),
    toStatus: decision.to,
    comment,
    beforeHash: revision.approval?.hash ?? null,
    afterHash,
  })
  return updated
}

interface EffectContext {
  req: PayloadRequest
  revision: RevisionDoc
  head: StoredSnapshot | null
  input: EventInput
}

/**
 * The processors of the effects that need the database (after GOV.UK publisher's action
 * processors); the pure ones (the approval record) are computed by the domain.
 */
const PROCESSORS: Partial<Record<Effect, (context: EffectContext) => Promise<{ fields: Partial<RevisionDoc>; afterHash: string }>>> = {
  /** the one publish path: the guards (invariants 3 and 7) have passed */
  publish: async ({ req, revision, head, input }) => {
    const department = await departmentByIdOrCode({ payload: req.payload, req }, revision.department)
    const effectiveFrom = input.effectiveFrom ?? ''
    const changes = await changesOf(req, revision.id)
    const snapshot = await writePublication(req, { department, head, changes, effectiveFrom, revision: { id: revision.id, title: revision.title } })
    return { fields: { effectiveFrom, publishedAt: snapshot.publishedAt, snapshot: asDocId(snapshot.rawId) }, afterHash: snapshot.hash }
  },
}
