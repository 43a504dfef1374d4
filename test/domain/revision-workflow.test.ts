import { describe, expect, it } from 'vitest'
import type { Actor, Role } from '../../src/domain/actor'
import {
  approvalAfter,
  availableEvents,
  decide,
  missingComment,
  type RevisionFacts,
  type RevisionStatus,
  type WorkflowEvent,
} from '../../src/domain/revision-workflow'

const actor = (id: string, roles: Role[], departments = ['d1']): Actor => ({ id, email: `${id}@x`, roles, departments })
const editor = actor('editor', ['editor'])
const otherEditor = actor('other-editor', ['editor'], ['d2'])
const reviewer = actor('reviewer', ['reviewer'])
const publisher = actor('publisher', ['publisher'])
const admin = actor('admin', ['admin'])

const facts = (status: RevisionStatus, overrides: Partial<RevisionFacts> = {}): RevisionFacts => ({
  status,
  departmentId: 'd1',
  authorId: 'editor',
  editorIds: [],
  proposalHash: 'h1',
  approvalHash: status === 'approved' ? 'h1' : null,
  ...overrides,
})

/** The expected outcome of every event from every state for every role: 'ok', or the reason code of the refusal. */
const MATRIX: Record<WorkflowEvent, Record<string, Partial<Record<RevisionStatus, 'ok' | 'forbidden' | 'conflict'>>>> = {
  submit: {
    editor: { draft: 'ok', submitted: 'conflict', approved: 'conflict' },
    reviewer: { draft: 'forbidden' },
    publisher: { draft: 'forbidden' },
    admin: { draft: 'ok' },
    otherEditor: { draft: 'forbidden' },
  },
  approve: {
    editor: { submitted: 'forbidden' },
    reviewer: { submitted: 'ok', draft: 'conflict', approved: 'conflict', published: 'conflict' },
    publisher: { submitted: 'forbidden' },
    admin: { submitted: 'ok' },
  },
  reject: {
    editor: { submitted: 'forbidden' },
    reviewer: { submitted: 'ok', approved: 'ok', draft: 'conflict' },
    publisher: { submitted: 'forbidden' },
    admin: { submitted: 'ok' },
  },
  revise: {
    editor: { rejected: 'ok', draft: 'conflict' },
    reviewer: { rejected: 'forbidden' },
    publisher: { rejected: 'forbidden' },
    admin: { rejected: 'ok' },
  },
  withdraw: {
    editor: { draft: 'ok', submitted: 'ok', approved: 'conflict', published: 'conflict' },
    reviewer: { draft: 'forbidden' },
    publisher: { submitted: 'forbidden' },
    admin: { draft: 'ok' },
  },
  publish: {
    editor: { approved: 'forbidden' },
    reviewer: { approved: 'forbidden' },
    publisher: { approved: 'ok', submitted: 'conflict', published: 'conflict' },
    admin: { approved: 'ok' },
  },
}
const ACTORS: Record<string, Actor> = { editor, reviewer, publisher, admin, otherEditor }

describe('revision workflow table', () => {
  for (const [event, byActor] of Object.entries(MATRIX)) {
    for (const [name, byStatus] of Object.entries(byActor)) {
      for (const [status, expected] of Object.entries(byStatus)) {
        it(`${event} by ${name} from ${status} → ${expected}`, () => {
          const decision = decide(event as WorkflowEvent, facts(status as RevisionStatus, { authorId: 'someone-else' }), ACTORS[name])
          if (expected === 'ok') expect(decision.allowed).toBe(true)
          else expect(decision).toMatchObject({ allowed: false, reason: expected })
        })
      }
    }
  }

  it('refuses approval by the author, and by anyone who edited it, admins included', () => {
    const authoredByAdmin = facts('submitted', { authorId: 'admin' })
    expect(decide('approve', authoredByAdmin, admin)).toMatchObject({ allowed: false, reason: 'forbidden' })
    const editedByReviewer = facts('submitted', { editorIds: ['reviewer'] })
    expect(decide('approve', editedByReviewer, reviewer)).toMatchObject({ allowed: false, reason: 'forbidden' })
    expect(decide('reject', editedByReviewer, reviewer)).toMatchObject({ allowed: false, reason: 'forbidden' })
  })

  it('allows approving again only after the proposal changed', () => {
    expect(decide('approve', facts('approved', { authorId: 'x' }), reviewer)).toMatchObject({ allowed: false, reason: 'conflict' })
    expect(decide('approve', facts('approved', { authorId: 'x', proposalHash: 'h2' }), reviewer)).toEqual({
      allowed: true,
      to: 'approved',
      effects: ['recordApproval'],
    })
  })

  it('refuses publication of a changed approval, and onto a base that is no longer current', () => {
    expect(decide('publish', facts('approved', { proposalHash: 'h2' }), publisher)).toMatchObject({
      allowed: false,
      reason: 'conflict',
      title: 'Changed since approval',
    })
    expect(decide('publish', facts('approved', { baseSnapshotId: 's1', headSnapshotId: 's2' }), publisher)).toMatchObject({
      allowed: false,
      reason: 'conflict',
      title: 'Base snapshot is no longer current',
    })
    expect(decide('publish', facts('approved', { baseSnapshotId: 's1', headSnapshotId: 's1' }), publisher)).toEqual({
      allowed: true,
      to: 'published',
      effects: ['publish'],
    })
    expect(availableEvents(facts('approved', { proposalHash: 'h2' }), publisher)).toEqual([])
  })

  it('refuses approving a revision built on a superseded list: only its rebase would void it', () => {
    expect(decide('approve', facts('submitted', { authorId: 'x', baseSnapshotId: 's1', headSnapshotId: 's2' }), reviewer)).toMatchObject({
      allowed: false,
      title: 'Base snapshot is no longer current',
      detail: expect.stringContaining('rebase'),
    })
    expect(availableEvents(facts('submitted', { authorId: 'x', baseSnapshotId: 's1', headSnapshotId: 's2' }), reviewer)).toEqual(['reject'])
  })

  it('carries the approval side effects in the table', () => {
    const approved = decide('approve', facts('submitted', { authorId: 'x' }), reviewer)
    expect(approved.allowed && approvalAfter(approved.effects, facts('submitted'), { id: 7 }, 'now', 'ok')).toEqual({
      hash: 'h1',
      by: 7,
      at: 'now',
      comment: 'ok',
    })
    const rejected = decide('reject', facts('submitted', { authorId: 'x' }), reviewer)
    expect(rejected.allowed && approvalAfter(rejected.effects, facts('submitted'), { id: 7 }, 'now', 'no')).toEqual({
      hash: null,
      by: null,
      at: null,
      comment: null,
    })
    const submitted = decide('submit', facts('draft'), editor)
    expect(submitted.allowed && approvalAfter(submitted.effects, facts('draft'), { id: 7 }, 'now', null)).toBeUndefined()
  })

  it('a rejection must say why; no other event needs a comment', () => {
    expect(missingComment('reject', undefined)).toMatchObject({ allowed: false, reason: 'invalid', title: 'Comment required' })
    expect(missingComment('reject', ' \n ')).toMatchObject({ title: 'Comment required' })
    expect(missingComment('reject', '依据不足')).toBeNull()
    for (const event of ['submit', 'approve', 'revise', 'withdraw', 'publish'] as const) expect(missingComment(event, undefined)).toBeNull()
  })

  it('lists exactly the buttons a user may press', () => {
    expect(availableEvents(facts('submitted', { authorId: 'x' }), reviewer)).toEqual(['approve', 'reject'])
    expect(availableEvents(facts('submitted'), editor)).toEqual(['withdraw'])
    expect(availableEvents(facts('approved'), publisher)).toEqual(['publish'])
  })
})
