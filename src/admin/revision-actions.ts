import type { RevisionStatus, WorkflowEvent } from '../domain/revision-workflow'

/** What GET /api/revisions/{id}/actions answers: what the user may do with the revision now. */
export interface RevisionActions {
  status: RevisionStatus
  events: WorkflowEvent[]
  changedSinceApproval: boolean
  behindHead: boolean
  rebasable: boolean
  importable: boolean
}

const asking = new Map<string, Promise<RevisionActions | null>>()

/**
 * The revision's actions, asked once for every component that asks while the answer is on its way:
 * the workflow buttons and the import box open together on a revision's page, and the answer
 * compares the proposals with the current list, which costs the server on a large revision. Each
 * later call (after a decision, say) asks afresh.
 */
export function revisionActions(id: string | number): Promise<RevisionActions | null> {
  const key = String(id)
  let answer = asking.get(key)
  if (!answer) {
    answer = fetch(`/api/revisions/${key}/actions`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<RevisionActions>) : null))
      .finally(() => asking.delete(key))
    asking.set(key, answer)
  }
  return answer
}
