import { editsDepartment, hasRole, isAdmin, type Actor } from './actor'

/**
 * The editorial workflow of a revision, as one table (after GOV.UK publisher's workflow.rb).
 * Every event names the states it may leave, the state it enters and who may fire it.
 * Every transition is recorded in the audit log by the service that applies it.
 */
export const REVISION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn'] as const
export type RevisionStatus = (typeof REVISION_STATUSES)[number]

/** Statuses in which a revision still holds its items (invariant 7: one open revision per item). */
export const OPEN_STATUSES: readonly RevisionStatus[] = ['draft', 'submitted', 'approved', 'rejected']

/** Statuses in which proposals may be edited. Editing an approved revision voids the approval hash. */
export const EDITABLE_STATUSES: readonly RevisionStatus[] = ['draft', 'approved']

type Capacity = 'departmentEditor' | 'reviewer' | 'publisher'

interface Transition {
  from: readonly RevisionStatus[]
  to: RevisionStatus
  by: Capacity
  /** invariant 4: nobody decides on a revision they authored or edited */
  separationOfDuties?: boolean
}

export const WORKFLOW = {
  submit: { from: ['draft'], to: 'submitted', by: 'departmentEditor' },
  approve: { from: ['submitted', 'approved'], to: 'approved', by: 'reviewer', separationOfDuties: true },
  reject: { from: ['submitted', 'approved'], to: 'rejected', by: 'reviewer', separationOfDuties: true },
  revise: { from: ['rejected'], to: 'draft', by: 'departmentEditor' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn', by: 'departmentEditor' },
  publish: { from: ['approved'], to: 'published', by: 'publisher' },
} as const satisfies Record<string, Transition>

export type WorkflowEvent = keyof typeof WORKFLOW
export const WORKFLOW_EVENTS = Object.keys(WORKFLOW) as WorkflowEvent[]

/** What the rules need to know about a revision to decide a transition. */
export interface RevisionFacts {
  status: RevisionStatus
  departmentId: string
  authorId: string | null
  editorIds: readonly string[]
  proposalHash: string
  approvalHash: string | null
}

export type Decision =
  | { allowed: true; to: RevisionStatus }
  | { allowed: false; status: 403 | 409; reason: string }

export function decide(event: WorkflowEvent, revision: RevisionFacts, actor: Actor): Decision {
  const transition: Transition = WORKFLOW[event]
  if (!actsAs(actor, transition.by, revision.departmentId)) {
    return { allowed: false, status: 403, reason: `${event}: requires the ${transition.by} role` }
  }
  if (transition.separationOfDuties && hasWorkedOn(actor, revision)) {
    return { allowed: false, status: 403, reason: `${event}: you authored or edited this revision; another reviewer must decide` }
  }
  if (!transition.from.includes(revision.status)) {
    return { allowed: false, status: 409, reason: `${event}: not possible while the revision is ${revision.status}` }
  }
  if (event === 'approve' && revision.status === 'approved' && revision.approvalHash === revision.proposalHash) {
    return { allowed: false, status: 409, reason: 'approve: already approved, and unchanged since' }
  }
  return { allowed: true, to: transition.to }
}

/** The events this actor may fire now: the admin UI shows exactly these buttons. */
export function availableEvents(revision: RevisionFacts, actor: Actor): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => decide(event, revision, actor).allowed)
}

function actsAs(actor: Actor, capacity: Capacity, departmentId: string): boolean {
  if (isAdmin(actor)) return true
  if (capacity === 'departmentEditor') return editsDepartment(actor, departmentId)
  return hasRole(actor, capacity)
}

function hasWorkedOn(actor: Actor, revision: RevisionFacts): boolean {
  return revision.authorId === actor.id || revision.editorIds.includes(actor.id)
}
