import { editsDepartment, hasRole, isAdmin, type Actor } from './actor'
import { WORKFLOW_REFUSALS } from './workflow-refusals'

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

export type Capacity = 'departmentEditor' | 'reviewer' | 'publisher'

/** Why the rules refuse, as the domain says it; delivery maps it to an HTTP status (src/services/problem.ts). */
export type ReasonCode = 'forbidden' | 'conflict' | 'invalid' | 'not-found'

export interface Refusal {
  allowed: false
  reason: ReasonCode
  /** a short, stable title (problem+json `title`) */
  title: string
  detail: string
}

/** What the rules need to know about a revision to decide a transition. */
export interface RevisionFacts {
  status: RevisionStatus
  departmentId: string
  authorId: string | null
  editorIds: readonly string[]
  proposalHash: string
  approvalHash: string | null
  /** the snapshot the revision was built on (null: a department's first list) */
  baseSnapshotId?: string | null
  /** the department's newest snapshot now; undefined when the caller did not look it up */
  headSnapshotId?: string | null
}

/** A condition a transition needs beyond state and role; returns the refusal or null. */
type Guard = (revision: RevisionFacts, event: WorkflowEvent) => Omit<Refusal, 'allowed'> | null

/**
 * What a transition does besides moving the status. Pure effects are computed here
 * (`approvalAfter`); `publish` is carried out by the service's processor for it (src/services/workflow.ts).
 */
export type Effect = 'recordApproval' | 'clearApproval' | 'publish'

interface Transition {
  from: readonly RevisionStatus[]
  to: RevisionStatus
  by: Capacity
  /** invariant 4: nobody decides on a revision they authored or edited */
  separationOfDuties?: boolean
  guards?: readonly Guard[]
  effects?: readonly Effect[]
  /** the decision must say why (审查意见): the editor cannot act on a bare rejection */
  needsComment?: boolean
}

/** Approving an approved revision again makes sense only after it changed. */
const changedSinceApproval: Guard = (revision) =>
  revision.status === 'approved' && revision.approvalHash === revision.proposalHash
    ? { reason: 'conflict', title: 'Conflict', detail: WORKFLOW_REFUSALS.unchangedSinceApproval() }
    : null

/** Invariant 3: what is published is exactly what was approved (proposals, title and reason). */
const unchangedApproval: Guard = (revision) =>
  revision.approvalHash !== revision.proposalHash
    ? {
        reason: 'conflict',
        title: 'Changed since approval',
        detail: WORKFLOW_REFUSALS.changedSinceApproval(),
      }
    : null

/** Whether the department published another revision since this one was built (needs the head looked up). */
export const isBehindHead = (revision: RevisionFacts) =>
  revision.headSnapshotId !== undefined && (revision.headSnapshotId ?? null) !== (revision.baseSnapshotId ?? null)

/**
 * Invariant 7: a revision publishes onto the list it was built on, or not at all; and approving one
 * built on a superseded list would only be voided by its rebase (src/domain/rebase.ts).
 */
export const baseIsCurrent: Guard = (revision, event) =>
  isBehindHead(revision)
    ? {
        reason: 'conflict',
        title: 'Base snapshot is no longer current',
        detail: WORKFLOW_REFUSALS.baseNotCurrent(event, String(revision.baseSnapshotId ?? null), String(revision.headSnapshotId)),
      }
    : null

export const WORKFLOW = {
  submit: { from: ['draft'], to: 'submitted', by: 'departmentEditor' },
  approve: {
    from: ['submitted', 'approved'],
    to: 'approved',
    by: 'reviewer',
    separationOfDuties: true,
    guards: [changedSinceApproval, baseIsCurrent],
    effects: ['recordApproval'],
  },
  reject: { from: ['submitted', 'approved'], to: 'rejected', by: 'reviewer', separationOfDuties: true, effects: ['clearApproval'], needsComment: true },
  revise: { from: ['rejected'], to: 'draft', by: 'departmentEditor', effects: ['clearApproval'] },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn', by: 'departmentEditor' },
  publish: { from: ['approved'], to: 'published', by: 'publisher', guards: [unchangedApproval, baseIsCurrent], effects: ['publish'] },
} as const satisfies Record<string, Transition>

export type WorkflowEvent = keyof typeof WORKFLOW
export const WORKFLOW_EVENTS = Object.keys(WORKFLOW) as WorkflowEvent[]

export type Decision = { allowed: true; to: RevisionStatus; effects: readonly Effect[] } | Refusal

export function decide(event: WorkflowEvent, revision: RevisionFacts, actor: Actor): Decision {
  const transition: Transition = WORKFLOW[event]
  if (!actsAs(actor, transition.by, revision.departmentId)) {
    return { allowed: false, reason: 'forbidden', title: 'Forbidden', detail: WORKFLOW_REFUSALS.role(event, transition.by) }
  }
  if (transition.separationOfDuties && hasWorkedOn(actor, revision)) {
    return { allowed: false, reason: 'forbidden', title: 'Forbidden', detail: WORKFLOW_REFUSALS.ownWork(event) }
  }
  if (!transition.from.includes(revision.status)) {
    return { allowed: false, reason: 'conflict', title: 'Conflict', detail: WORKFLOW_REFUSALS.status(event, revision.status) }
  }
  for (const guard of transition.guards ?? []) {
    const refusal = guard(revision, event)
    if (refusal) return { allowed: false, ...refusal }
  }
  return { allowed: true, to: transition.to, effects: transition.effects ?? [] }
}

/** An event that needs a comment, fired without one (blank counts as none); null when it may go. */
export function missingComment(event: WorkflowEvent, comment: string | null | undefined): Refusal | null {
  const transition: Transition = WORKFLOW[event]
  if (!transition.needsComment || comment?.trim()) return null
  return { allowed: false, reason: 'invalid', title: 'Comment required', detail: WORKFLOW_REFUSALS.commentRequired(event) }
}

/** The events this actor may fire now: the admin UI shows exactly these buttons. */
export function availableEvents(revision: RevisionFacts, actor: Actor): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => decide(event, revision, actor).allowed)
}

export interface ApprovalRecord {
  hash: string | null
  by: string | number | null
  at: string | null
  comment: string | null
}

/** The approval a transition leaves behind, from its effects; undefined when it keeps the old one. */
export function approvalAfter(
  effects: readonly Effect[],
  revision: RevisionFacts,
  by: { id: string | number },
  at: string,
  comment: string | null,
): ApprovalRecord | undefined {
  if (effects.includes('recordApproval')) return { hash: revision.proposalHash, by: by.id, at, comment }
  if (effects.includes('clearApproval')) return { hash: null, by: null, at: null, comment: null }
  return undefined
}

function actsAs(actor: Actor, capacity: Capacity, departmentId: string): boolean {
  if (isAdmin(actor)) return true
  if (capacity === 'departmentEditor') return editsDepartment(actor, departmentId)
  return hasRole(actor, capacity)
}

function hasWorkedOn(actor: Actor, revision: RevisionFacts): boolean {
  return revision.authorId === actor.id || revision.editorIds.includes(actor.id)
}
