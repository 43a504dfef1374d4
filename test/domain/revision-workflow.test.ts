import { describe, expect, it } from 'vitest'
import type { Actor, Role } from '../../src/domain/actor'
import { availableEvents, decide, type RevisionFacts, type RevisionStatus, type WorkflowEvent } from '../../src/domain/revision-workflow'

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

/** The expected outcome of every event from every state for every role: 'ok', 403 or 409. */
const MATRIX: Record<WorkflowEvent, Record<string, Partial<Record<RevisionStatus, 'ok' | 403 | 409>>>> = {
  submit: { editor: { draft: 'ok', submitted: 409, approved: 409 }, reviewer: { draft: 403 }, publisher: { draft: 403 }, admin: { draft: 'ok' }, otherEditor: { draft: 403 } },
  approve: { editor: { submitted: 403 }, reviewer: { submitted: 'ok', draft: 409, approved: 409, published: 409 }, publisher: { submitted: 403 }, admin: { submitted: 'ok' } },
  reject: { editor: { submitted: 403 }, reviewer: { submitted: 'ok', approved: 'ok', draft: 409 }, publisher: { submitted: 403 }, admin: { submitted: 'ok' } },
  revise: { editor: { rejected: 'ok', draft: 409 }, reviewer: { rejected: 403 }, publisher: { rejected: 403 }, admin: { rejected: 'ok' } },
  withdraw: { editor: { draft: 'ok', submitted: 'ok', approved: 409, published: 409 }, reviewer: { draft: 403 }, publisher: { submitted: 403 }, admin: { draft: 'ok' } },
  publish: { editor: { approved: 403 }, reviewer: { approved: 403 }, publisher: { approved: 'ok', submitted: 409, published: 409 }, admin: { approved: 'ok' } },
}
const ACTORS: Record<string, Actor> = { editor, reviewer, publisher, admin, otherEditor }

describe('revision workflow table', () => {
  for (const [event, byActor] of Object.entries(MATRIX)) {
    for (const [name, byStatus] of Object.entries(byActor)) {
      for (const [status, expected] of Object.entries(byStatus)) {
        it(`${event} by ${name} from ${status} → ${expected}`, () => {
          const decision = decide(event as WorkflowEvent, facts(status as RevisionStatus, { authorId: 'someone-else' }), ACTORS[name])
          if (expected === 'ok') expect(decision.allowed).toBe(true)
          else expect(decision).toMatchObject({ allowed: false, status: expected })
        })
      }
    }
  }

  it('refuses approval by the author, and by anyone who edited it, admins included', () => {
    const authoredByAdmin = facts('submitted', { authorId: 'admin' })
    expect(decide('approve', authoredByAdmin, admin)).toMatchObject({ allowed: false, status: 403 })
    const editedByReviewer = facts('submitted', { editorIds: ['reviewer'] })
    expect(decide('approve', editedByReviewer, reviewer)).toMatchObject({ allowed: false, status: 403 })
    expect(decide('reject', editedByReviewer, reviewer)).toMatchObject({ allowed: false, status: 403 })
  })

  it('allows approving again only after the proposal changed', () => {
    expect(decide('approve', facts('approved', { authorId: 'x' }), reviewer)).toMatchObject({ allowed: false, status: 409 })
    expect(decide('approve', facts('approved', { authorId: 'x', proposalHash: 'h2' }), reviewer)).toEqual({ allowed: true, to: 'approved' })
  })

  it('lists exactly the buttons a user may press', () => {
    expect(availableEvents(facts('submitted', { authorId: 'x' }), reviewer)).toEqual(['approve', 'reject'])
    expect(availableEvents(facts('submitted'), editor)).toEqual(['withdraw'])
    expect(availableEvents(facts('approved'), publisher)).toEqual(['publish'])
  })
})
