import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, FieldHook, PayloadRequest } from 'payload'
import { actorOf, editsDepartment } from '../../src/domain/actor'
import { EDITABLE_STATUSES } from '../../src/domain/revision-workflow'
import { changedWorkflowFields, workflowFieldRefusal, workflowFieldsSetOnCreate } from '../../src/domain/revision-fields'
import { STATUS_OF_REASON } from '../../src/services/problem'
import { lexicalFromText } from '../../src/lexical/convert'
import { appendAudit, lockAuditLog } from '../../src/services/audit'
import { RefusedError } from '../../src/services/errors'
import { currentProposalHash, reasonText } from '../../src/services/proposals'
import { proposalHash } from '../../src/domain/proposal'
import { departmentByIdOrCode, headSnapshot } from '../../src/services/snapshots'
import { idOf, storedIdOf } from '../../src/domain/ids'
import { asDocId, statusOf } from '../../src/services/revisions'
import type { Revision } from '../../src/payload-types'

/**
 * API.md lets callers name the department by its code and give the reason as plain text. Untyped
 * on purpose: its input is what callers may send, which is not yet a Revision.
 */
export const acceptCodesAndPlainText: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (!data) return data
  if (operation === 'create' && data.department != null) {
    data.department = (await departmentByIdOrCode({ payload: req.payload, req }, data.department)).id
  }
  if (typeof data.reason === 'string') data.reason = data.reason.trim() ? lexicalFromText(data.reason) : null
  return data
}

/**
 * A create or an update that would set a field the workflow owns is refused (422) naming each such field and
 * the call that sets it, instead of Payload silently dropping it (field access) and answering 200.
 * On every workflow-owned field: the first of them to run refuses with all of them, since none is
 * dropped before its own hook has run. The workflow's own writes (context or overrideAccess) pass.
 */
export const refuseWorkflowFieldUpdate: FieldHook<Revision> = ({ value, data, originalDoc, operation, overrideAccess, context }) => {
  if (overrideAccess || context.quanzeWorkflow || !data) return value
  const creating = operation === 'create'
  if (!creating && (operation !== 'update' || !originalDoc)) return value
  const fields = creating ? workflowFieldsSetOnCreate(data) : changedWorkflowFields(originalDoc!, data)
  if (!fields.length) return value
  const refusal = workflowFieldRefusal(creating ? null : originalDoc!.id, fields)
  throw new RefusedError(STATUS_OF_REASON.invalid, refusal.title, refusal.detail, refusal.errors)
}

/** A new revision starts as a draft on the department's current snapshot, authored by its creator. */
export const startOnCurrentSnapshot: CollectionBeforeChangeHook<Revision> = async ({ data, req, operation, context }) => {
  if (operation !== 'create' || context.quanzeWorkflow) return data
  // Payload validates fields after this hook: without a department, let it name the missing fields
  if (data.department == null) return data
  const actor = actorOf(req.user)
  const departmentId = storedIdOf(data.department)
  if (!actor || !editsDepartment(actor, idOf(departmentId))) {
    throw new RefusedError(403, 'Forbidden', 'only an editor of this department (or an admin) can start a revision')
  }
  const head = await headSnapshot({ payload: req.payload, req }, departmentId)
  return {
    ...data,
    status: 'draft',
    baseSnapshot: head?.rawId ?? null,
    baseHash: head?.hash ?? null,
    author: req.user!.id,
    editors: [],
  }
}

/**
 * The title and the reason are part of what a reviewer approves (invariant 3): changing them is an
 * edit like a proposal's, only while the revision is editable and only by the department's editors,
 * and it makes the writer one of its editors. The proposal hash is rebuilt from the stored
 * per-proposal hashes (src/services/proposals.ts keeps it current when proposals change).
 */
export const guardProposals: CollectionBeforeChangeHook<Revision> = async ({ data, originalDoc, req, operation, context }) => {
  // the audit record after it must see every change committed before
  await lockAuditLog(req)
  if (operation === 'update' && originalDoc?.id != null) {
    // Payload read originalDoc before the lock: if another change committed since, saving this
    // whole document would silently undo it (a status, an approval, a hash)
    const now = await req.payload.findByID({
      collection: 'revisions',
      id: originalDoc.id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { updatedAt: true },
    })
    if (now && now.updatedAt !== originalDoc.updatedAt) {
      throw new RefusedError(409, 'Revision changed meanwhile', 'another request changed this revision while this one was being saved; reload it and try again')
    }
  }
  if (context.quanzeWorkflow) return data
  const title = String(data.title ?? originalDoc?.title ?? '')
  const reason = data.reason !== undefined ? data.reason : (originalDoc?.reason ?? null)
  if (operation === 'create' || !originalDoc) {
    data.proposalHash = proposalHash({ baseHash: data.baseHash ?? null, title, reason: reasonText(reason), proposals: [] })
    return data
  }
  const changed = title !== originalDoc.title || reasonText(reason) !== reasonText(originalDoc.reason)
  if (!changed) return data
  assertMayEdit(originalDoc, req)
  const actorId = req.user!.id
  const editors = (originalDoc.editors ?? []).map(storedIdOf)
  if (idOf(originalDoc.author) !== String(actorId) && !editors.map(String).includes(String(actorId))) editors.push(actorId)
  data.editors = editors.map(asDocId)
  data.proposalHash = await currentProposalHash(req, { id: originalDoc.id, baseHash: originalDoc.baseHash ?? null, title, reason })
  return data
}

function assertMayEdit(originalDoc: Revision, req: PayloadRequest): void {
  const status = statusOf(originalDoc)
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new RefusedError(
      409,
      'Revision not editable',
      `the revision is ${status}; proposals can change only while it is a draft (or approved, which voids the approval)`,
    )
  }
  if (!editsDepartment(actorOf(req.user), idOf(originalDoc.department))) {
    throw new RefusedError(403, 'Forbidden', 'only an editor of this department (or an admin) can change its title, reason or proposals')
  }
}

/** Creating a revision and changing its proposals are audited like every transition. */
export const auditEdits: CollectionAfterChangeHook<Revision> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.quanzeWorkflow) return doc
  if (operation === 'create') {
    await appendAudit(req, {
      action: 'revision.create',
      entity: 'revisions',
      entityId: String(doc.id),
      revisionId: doc.id,
      departmentId: departmentOf(doc),
      toStatus: doc.status,
      afterHash: doc.proposalHash,
    })
  } else if (previousDoc?.proposalHash !== doc.proposalHash) {
    await appendAudit(req, {
      action: 'revision.edit',
      entity: 'revisions',
      entityId: String(doc.id),
      revisionId: doc.id,
      departmentId: departmentOf(doc),
      fromStatus: previousDoc?.status,
      toStatus: doc.status,
      beforeHash: previousDoc?.proposalHash,
      afterHash: doc.proposalHash,
    })
  }
  return doc
}

const departmentOf = (doc: { department?: unknown }) =>
  (doc.department && typeof doc.department === 'object' ? (doc.department as { id: string | number }).id : doc.department) as string | number
