import type { PayloadRequest } from 'payload'
import { actorOf } from '../domain/actor'
import { availableEvents, isBehindHead, OPEN_STATUSES, type WorkflowEvent } from '../domain/revision-workflow'
import { rebaseRefusal } from '../domain/rebase'
import { RefusedError } from './errors'
import { mayImportInto } from './import'
import { headSnapshot } from './snapshots'
import { loadRevision, statusOf } from './revisions'
import { factsOf } from './workflow'
import { idOf } from '../domain/ids'

export interface RevisionActions {
  status: string
  /** the workflow events this user may fire now: exactly the buttons the admin shows */
  events: WorkflowEvent[]
  /** approved, but the proposal changed since: publication would be refused */
  changedSinceApproval: boolean
  /** this user may import a spreadsheet into it now (an editor of its department, a draft) */
  importable: boolean
  /** another revision of the department was published since this one was built: it cannot be approved or published as it is */
  behindHead: boolean
  /** this user may rebase it onto the current list now (POST …/rebase) */
  rebasable: boolean
}

export async function revisionActions(req: PayloadRequest, id: string): Promise<RevisionActions> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in first')
  const revision = await loadRevision(req, id)
  const facts = factsOf(revision, await headSnapshot({ payload: req.payload, req }, idOf(revision.department)))
  const events = availableEvents(facts, actor)
  return {
    status: statusOf(revision),
    events,
    changedSinceApproval: facts.status === 'approved' && facts.approvalHash !== facts.proposalHash,
    importable: mayImportInto(actor, revision),
    // a published or withdrawn revision's base is history, not a problem
    behindHead: OPEN_STATUSES.includes(facts.status) && isBehindHead(facts),
    rebasable: isBehindHead(facts) && !rebaseRefusal(facts, actor),
  }
}
