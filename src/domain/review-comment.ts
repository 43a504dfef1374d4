import { editsDepartment, hasRole, isAdmin, type Actor } from './actor'
import type { FieldError } from './item-schema'
import { OPEN_STATUSES, type Refusal, type RevisionFacts } from './revision-workflow'

/**
 * 逐项审查意见: a comment on one proposed item of a revision, beside the revision-level comment of a
 * decision. The reviewer says what is wrong with this item; the department's editors answer on
 * the same item. Comments are kept as written (never edited or deleted): they are part of the
 * record of how the list came to be, like the audit log.
 */
export const REVIEW_COMMENT_MAX = 2000
/**
 * Comments one item may gather in one revision: far beyond any review (a reviewer and an editor
 * answering each other), and a bound on what one account can pile onto the Changes view, which
 * shows every comment of the revision.
 */
export const REVIEW_COMMENTS_PER_ITEM = 200

/** Who may comment, and when: reviewers, admins and the department's editors, while the revision is open. */
export function reviewCommentRefusal(revision: RevisionFacts, actor: Actor): Omit<Refusal, 'allowed'> | null {
  if (!isAdmin(actor) && !hasRole(actor, 'reviewer') && !editsDepartment(actor, revision.departmentId)) {
    return { reason: 'forbidden', title: 'Forbidden', detail: 'comment: only reviewers and the editors of this department can comment on its revisions' }
  }
  if (!OPEN_STATUSES.includes(revision.status)) {
    return { reason: 'conflict', title: 'Conflict', detail: `comment: the revision is ${revision.status}; comments are closed` }
  }
  return null
}

/** The comment's text, trimmed; a field error at /text when it is missing, blank or too long. */
export function commentTextOf(value: unknown): { text: string } | { error: FieldError } {
  const required = { error: { path: '/text', message: '必填：说明这个事项要改什么 (required: say what must change in this item)' } }
  if (typeof value !== 'string') return required
  const text = value.trim()
  // zero-width and direction marks alone are not a comment anybody can read
  if (!text.replace(/\p{Cf}/gu, '').trim()) return required
  if (/[\p{Cc}]/u.test(text.replace(/[\t\n\r]/g, '')))
    return { error: { path: '/text', message: '不能含控制字符（制表符和换行除外） (control characters (other than tab and line breaks) are not text)' } }
  if ([...text].length > REVIEW_COMMENT_MAX)
    return {
      error: {
        path: '/text',
        message: `最多 ${REVIEW_COMMENT_MAX} 个字（现有 ${[...text].length} 个） (at most ${REVIEW_COMMENT_MAX} characters (got ${[...text].length}))`,
      },
    }
  return { text }
}
