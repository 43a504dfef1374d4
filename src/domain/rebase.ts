import { editsDepartment, type Actor } from './actor'
import { WORKFLOW_REFUSALS } from './workflow-refusals'
import type { Change } from './proposal'
import type { Refusal, RevisionFacts, RevisionStatus } from './revision-workflow'

/**
 * Rebasing a revision: another revision of the department was published after this one was built,
 * so its base is no longer the current list (invariant 7). Rebasing moves it onto the current list.
 * Its proposals keep their content; what changes is what each one means against the new base:
 *
 * - an addition of a code the current list now holds becomes a modification, and the reverse;
 * - a repeal of an item the current list no longer holds has nothing left to do and is dropped;
 * - a proposal of an item the intervening publications changed is a **conflict**: the proposal was
 *   written against the old version, and publishing it replaces the newer one. Rebasing does not
 *   refuse it (the editor may mean exactly that), it names it, so the editor can look again and the
 *   reviewer sees it before approving again.
 *
 * The approval, which covers the base, no longer matches: the revision must be approved again.
 */

/** An item list reduced to what rebasing compares: each code's content hash. */
export type ListHashes = ReadonlyMap<string, string>

export interface RebaseOutline {
  code: string
  action: Change['action']
}

/** How the current list differs from the old base at one code. */
export type ListChange = 'added' | 'modified' | 'repealed'

export interface RebaseConflict {
  code: string
  /** what the intervening publications did to the item */
  change: ListChange
  /** the proposal's action after rebasing, or null when it was dropped */
  action: Change['action'] | null
}

export interface RebasePlan {
  /** proposals whose action changes, with the new one */
  refitted: Array<{ code: string; from: Change['action']; to: Change['action'] }>
  /** repeals of items already gone from the current list */
  dropped: string[]
  /** proposals of items the intervening publications changed, in code order */
  conflicts: RebaseConflict[]
}

function listChange(base: ListHashes, head: ListHashes, code: string): ListChange | null {
  const before = base.get(code)
  const after = head.get(code)
  if (before === after) return null
  if (before === undefined) return 'added'
  if (after === undefined) return 'repealed'
  return 'modified'
}

/** What rebasing does to each proposal, from codes and content hashes alone. */
export function planRebase(proposals: readonly RebaseOutline[], base: ListHashes, head: ListHashes): RebasePlan {
  const plan: RebasePlan = { refitted: [], dropped: [], conflicts: [] }
  for (const { code, action } of [...proposals].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const listed = head.has(code)
    const to: Change['action'] | null = action === 'repeal' ? (listed ? 'repeal' : null) : listed ? 'modify' : 'add'
    if (to === null) plan.dropped.push(code)
    else if (to !== action) plan.refitted.push({ code, from: action, to })
    const change = listChange(base, head, code)
    if (change) plan.conflicts.push({ code, change, action: to })
  }
  return plan
}

/**
 * A revision waiting to be published may be rebased: a draft, one under review (its reviewer then
 * reviews it on the current list) or an approved one (whose approval it voids). A rejected one is
 * revised first.
 */
export const REBASABLE_STATUSES: readonly RevisionStatus[] = ['draft', 'submitted', 'approved']

/** Who may rebase a revision, and when; null when they may. */
export function rebaseRefusal(revision: RevisionFacts, actor: Actor): Omit<Refusal, 'allowed'> | null {
  if (!editsDepartment(actor, revision.departmentId)) {
    return { reason: 'forbidden', title: 'Forbidden', detail: WORKFLOW_REFUSALS.rebaseNotEditor() }
  }
  if (!REBASABLE_STATUSES.includes(revision.status)) {
    const rejected = revision.status === 'rejected'
    const detail = rejected
      ? WORKFLOW_REFUSALS.status('rebase', revision.status, '：请先“重新编辑”', ': revise it first (POST …/revise), then rebase it')
      : WORKFLOW_REFUSALS.status('rebase', revision.status)
    return { reason: 'conflict', title: 'Conflict', detail }
  }
  return null
}
