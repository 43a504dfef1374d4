import { describe, expect, it } from 'vitest'
import type { Actor, Role } from '../../src/domain/actor'
import { commentTextOf, reviewCommentRefusal } from '../../src/domain/review-comment'
import type { RevisionFacts, RevisionStatus } from '../../src/domain/revision-workflow'

const actor = (id: string, roles: Role[], departments = ['d1']): Actor => ({ id, email: `${id}@x`, roles, departments })
const facts = (status: RevisionStatus): RevisionFacts => ({
  status,
  departmentId: 'd1',
  authorId: 'editor',
  editorIds: [],
  proposalHash: 'h1',
  approvalHash: null,
})

describe('who may comment on an item, and when', () => {
  it('reviewers, admins and the department’s editors, while the revision is open', () => {
    for (const status of ['draft', 'submitted', 'approved', 'rejected'] as const) {
      for (const who of [actor('r', ['reviewer'], []), actor('a', ['admin'], []), actor('e', ['editor'])]) {
        expect(reviewCommentRefusal(facts(status), who)).toBeNull()
      }
    }
  })

  it('not publishers or editors of other departments; not once published or withdrawn', () => {
    expect(reviewCommentRefusal(facts('submitted'), actor('p', ['publisher']))).toMatchObject({ reason: 'forbidden' })
    expect(reviewCommentRefusal(facts('submitted'), actor('e2', ['editor'], ['d2']))).toMatchObject({ reason: 'forbidden' })
    expect(reviewCommentRefusal(facts('published'), actor('r', ['reviewer']))).toMatchObject({ reason: 'conflict' })
    expect(reviewCommentRefusal(facts('withdrawn'), actor('r', ['reviewer']))).toMatchObject({ reason: 'conflict' })
  })
})

describe('the text of a comment', () => {
  it('is trimmed; blank, missing or non-text is an error at /text', () => {
    expect(commentTextOf('  缺少条款号  ')).toEqual({ text: '缺少条款号' })
    for (const value of ['', ' \n ', undefined, null, 3, {}]) expect(commentTextOf(value)).toMatchObject({ error: { path: '/text' } })
  })

  it('is blank when only zero-width or direction marks remain; control characters are refused', () => {
    for (const value of ['\u200b', '\u200b\u200d\ufeff\u2060', '\u200f\u202e', ' \u3000\u00a0 ']) {
      expect(commentTextOf(value), JSON.stringify(value)).toMatchObject({ error: { path: '/text', message: expect.stringContaining('required') } })
    }
    expect(commentTextOf('\u0007\u001b[31m red')).toMatchObject({ error: { path: '/text', message: expect.stringContaining('control') } })
    expect(commentTextOf('第一行\n\t第二行')).toEqual({ text: '第一行\n\t第二行' })
    expect(commentTextOf('\u202e同意')).toEqual({ text: '\u202e同意' })
  })

  it('counts characters, not UTF-16 units: 2,000 CJK or astral characters pass, 2,001 do not', () => {
    expect(commentTextOf('𠀀'.repeat(2000))).toHaveProperty('text')
    expect(commentTextOf('字'.repeat(2001))).toMatchObject({ error: { path: '/text', message: expect.stringContaining('2001') } })
  })
})
