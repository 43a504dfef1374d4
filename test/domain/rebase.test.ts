import { describe, expect, it } from 'vitest'
import type { Actor, Role } from '../../src/domain/actor'
import { planRebase, rebaseRefusal } from '../../src/domain/rebase'
import type { RevisionFacts, RevisionStatus } from '../../src/domain/revision-workflow'

const actor = (id: string, roles: Role[], departments = ['d1']): Actor => ({ id, email: `${id}@x`, roles, departments })
const facts = (status: RevisionStatus): RevisionFacts => ({
  status,
  departmentId: 'd1',
  authorId: 'editor',
  editorIds: [],
  proposalHash: 'h1',
  approvalHash: null,
  baseSnapshotId: 's1',
  headSnapshotId: 's2',
})
const list = (entries: Record<string, string>) => new Map(Object.entries(entries))

describe('planRebase: what each proposal means on the current list', () => {
  const base = list({ A: 'a1', B: 'b1', C: 'c1', D: 'd1' })
  // since the base: A modified, B repealed, E added; C and D untouched
  const head = list({ A: 'a2', C: 'c1', D: 'd1', E: 'e1' })

  it('leaves proposals of untouched items alone, with no conflict', () => {
    expect(
      planRebase(
        [
          { code: 'C', action: 'modify' },
          { code: 'D', action: 'repeal' },
          { code: 'F', action: 'add' },
        ],
        base,
        head,
      ),
    ).toEqual({
      refitted: [],
      dropped: [],
      conflicts: [],
    })
  })

  it('names a proposal of an item modified since as a conflict, keeping it', () => {
    expect(planRebase([{ code: 'A', action: 'modify' }], base, head)).toEqual({
      refitted: [],
      dropped: [],
      conflicts: [{ code: 'A', change: 'modified', action: 'modify' }],
    })
  })

  it('turns an addition of an item added since into a modification, and a modification of a repealed one into an addition', () => {
    expect(
      planRebase(
        [
          { code: 'E', action: 'add' },
          { code: 'B', action: 'modify' },
        ],
        base,
        head,
      ),
    ).toEqual({
      refitted: [
        { code: 'B', from: 'modify', to: 'add' },
        { code: 'E', from: 'add', to: 'modify' },
      ],
      dropped: [],
      conflicts: [
        { code: 'B', change: 'repealed', action: 'add' },
        { code: 'E', change: 'added', action: 'modify' },
      ],
    })
  })

  it('drops a repeal of an item already repealed, and says so', () => {
    expect(planRebase([{ code: 'B', action: 'repeal' }], base, head)).toEqual({
      refitted: [],
      dropped: ['B'],
      conflicts: [{ code: 'B', change: 'repealed', action: null }],
    })
  })

  it('rebases a first list (no base) onto a published one', () => {
    expect(planRebase([{ code: 'A', action: 'add' }], new Map(), head).refitted).toEqual([{ code: 'A', from: 'add', to: 'modify' }])
  })
})

describe('rebaseRefusal: who may rebase, and when', () => {
  it('lets an editor of the department (or an admin) rebase a draft, a submitted or an approved revision', () => {
    for (const status of ['draft', 'submitted', 'approved'] as const) {
      expect(rebaseRefusal(facts(status), actor('editor', ['editor']))).toBeNull()
      expect(rebaseRefusal(facts(status), actor('admin', ['admin'], []))).toBeNull()
    }
  })

  it('refuses reviewers, publishers and editors of other departments', () => {
    for (const who of [actor('r', ['reviewer']), actor('p', ['publisher']), actor('e2', ['editor'], ['d2'])]) {
      expect(rebaseRefusal(facts('draft'), who)).toMatchObject({ reason: 'forbidden' })
    }
  })

  it('tells the editor of a rejected revision to revise it first', () => {
    expect(rebaseRefusal(facts('rejected'), actor('editor', ['editor']))).toMatchObject({ detail: expect.stringContaining('revise it first') })
  })

  it('refuses a rejected, published or withdrawn revision', () => {
    for (const status of ['rejected', 'published', 'withdrawn'] as const) {
      expect(rebaseRefusal(facts(status), actor('editor', ['editor']))).toMatchObject({ reason: 'conflict' })
    }
  })
})
