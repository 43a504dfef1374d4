import type { PayloadRequest } from 'payload'
import { actorOf } from '../domain/actor'
import { storedIdOf } from '../domain/ids'
import { commentTextOf, REVIEW_COMMENTS_PER_ITEM, reviewCommentRefusal } from '../domain/review-comment'
import { appendAudit, lockAuditLog } from './audit'
import { inTransaction } from './context'
import { notFound, refused, RefusedError } from './errors'
import { proposalOf } from './proposals'
import { loadRevision, revisionById } from './revisions'
import { factsOf } from './workflow'

/** A comment as the API shows it. */
export interface ReviewComment {
  id: string | number
  code: string
  author: string
  at: string
  text: string
}

const toComment = (doc: { id: string | number; code: string; authorEmail: string; createdAt: string; text: string }): ReviewComment => ({
  id: doc.id,
  code: doc.code,
  author: doc.authorEmail,
  at: doc.createdAt,
  text: doc.text,
})

/**
 * POST /api/revisions/{id}/items/{code}/comments: comments on one proposed item, as a reviewer or
 * an editor of the department, while the revision is open; audited as `revision.comment`.
 */
export async function addReviewComment(req: PayloadRequest, revisionId: string | number, code: string, body: unknown): Promise<ReviewComment> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in to comment')
  await loadRevision(req, revisionId) // 404 for revisions the user cannot see
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await revisionById(req, revisionId)
    const refusal = reviewCommentRefusal(factsOf(revision), actor)
    if (refusal) throw refused(refusal)
    // who and when before what: a publisher is told they may not comment, not that the text is blank
    const input = commentTextOf(body && typeof body === 'object' ? (body as { text?: unknown }).text : undefined)
    if ('error' in input) throw new RefusedError(422, 'Invalid comment', `意见内容：${input.error.message}`, [input.error])
    if (!(await proposalOf(req, revision.id, code))) throw notFound(`proposal ${code} in revision ${revisionId}`)
    const { totalDocs } = await req.payload.count({
      collection: 'review-comments',
      where: { and: [{ revision: { equals: revision.id } }, { code: { equals: code } }] },
      req,
      overrideAccess: true,
    })
    if (totalDocs >= REVIEW_COMMENTS_PER_ITEM)
      throw new RefusedError(
        409,
        'Too many comments',
        `事项 ${code} 在本修订中已有 ${REVIEW_COMMENTS_PER_ITEM} 条意见：其余请写在审查意见中 (item ${code} already has ${REVIEW_COMMENTS_PER_ITEM} comments in this revision; say the rest in the decision's comment)`,
      )
    const doc = await req.payload.create({
      collection: 'review-comments',
      data: { revision: revision.id, code, author: req.user!.id, authorEmail: actor.email, text: input.text },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await appendAudit(req, {
      action: 'revision.comment',
      entity: 'revisions',
      entityId: String(revision.id),
      revisionId: revision.id,
      departmentId: storedIdOf(revision.department),
      fromStatus: revision.status,
      toStatus: revision.status,
      comment: `${code}: ${input.text}`,
    })
    return toComment(doc)
  })
}

/** GET /api/revisions/{id}/comments[?code=]: the item comments of a revision the user may read, oldest first. */
export async function reviewCommentsOf(req: PayloadRequest, revisionId: string | number, code?: string): Promise<ReviewComment[]> {
  await loadRevision(req, revisionId)
  const { docs } = await req.payload.find({
    collection: 'review-comments',
    where: { and: [{ revision: { equals: revisionId } }, ...(code ? [{ code: { equals: code } }] : [])] },
    // a tie within one millisecond: in the order they were written
    sort: ['createdAt', 'id'],
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map(toComment)
}
