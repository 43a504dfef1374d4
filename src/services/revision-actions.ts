import type { PayloadRequest } from 'payload'
import { actorOf } from '../../collections/access'
import { availableEvents, type WorkflowEvent } from '../domain/revision-workflow'
import { RefusedError } from './errors'
import { factsOf, loadRevision } from './workflow'

export interface RevisionActions {
  status: string
  /** the workflow events this user may fire now: exactly the buttons the admin shows */
  events: WorkflowEvent[]
  /** approved, but the proposal changed since: publication would be refused */
  changedSinceApproval: boolean
}

export async function revisionActions(req: PayloadRequest, id: string): Promise<RevisionActions> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in first')
  const revision = await loadRevision(req, id)
  let facts
  try {
    facts = factsOf(revision)
  } catch {
    // an invalid proposal can still be withdrawn, never decided on
    return { status: revision.status, events: revision.status === 'draft' || revision.status === 'submitted' ? ['withdraw'] : [], changedSinceApproval: false }
  }
  const events = availableEvents(facts, actor).filter((event) => event !== 'publish' || facts.approvalHash === facts.proposalHash)
  return { status: revision.status, events, changedSinceApproval: facts.status === 'approved' && facts.approvalHash !== facts.proposalHash }
}
