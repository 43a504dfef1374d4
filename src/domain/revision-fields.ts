import { canonicalJson } from './canonical-json'

/**
 * The fields of a revision that only the workflow writes (invariants 2 and 3): a client may not set
 * them by updating the revision, whatever its role, and is told which call does. Each names where
 * its value comes from; `{id}` is the revision's id.
 */
export const WORKFLOW_OWNED_FIELDS = {
  status: 'the status changes only through POST /api/revisions/{id}/submit, /approve, /reject, /withdraw, /revise or /publish',
  approval: 'an approval is recorded by POST /api/revisions/{id}/approve',
  comments: 'review comments are recorded by POST /api/revisions/{id}/approve and /reject',
  snapshot: 'set by POST /api/revisions/{id}/publish',
  publishedAt: 'set by POST /api/revisions/{id}/publish',
  effectiveFrom: 'set by POST /api/revisions/{id}/publish { effectiveFrom }',
  baseSnapshot: 'set when the revision is created, to the list in force then, and by POST /api/revisions/{id}/rebase',
  baseHash: 'set when the revision is created, to the list in force then, and by POST /api/revisions/{id}/rebase',
  author: 'set when the revision is created, to whoever created it',
  department: 'a revision stays with the department it was created for: start a new revision (POST /api/revisions) for another',
  editors: 'follows who changed the proposals, title or reason (PUT/DELETE /api/revisions/{id}/items/{code}, PATCH { title, reason })',
  proposalHash: 'follows the proposals, title and reason (PUT/DELETE /api/revisions/{id}/items/{code}, PATCH { title, reason })',
} as const

export type WorkflowOwnedField = keyof typeof WORKFLOW_OWNED_FIELDS

/**
 * The workflow-owned fields `incoming` would change on `stored`. A field sent with the value it
 * already holds changes nothing and is not named: Payload's admin form sends every field back,
 * read-only ones included. Values are compared as stored at depth 0 (relationships as ids).
 */
export function changedWorkflowFields(stored: object, incoming: object): WorkflowOwnedField[] {
  const before = stored as Record<string, unknown>
  const after = incoming as Record<string, unknown>
  return (Object.keys(WORKFLOW_OWNED_FIELDS) as WorkflowOwnedField[]).filter((name) => after[name] !== undefined && !sameValue(before[name], after[name]))
}

/** What a new revision holds of the owned fields before the workflow sets them (its status), as stored. */
const AS_CREATED = { status: 'draft' }

/**
 * The workflow-owned fields a create would set: any but the department, which a create names, and
 * a status of draft, which every revision starts with (the admin's create form sends that default).
 */
export function workflowFieldsSetOnCreate(incoming: object): WorkflowOwnedField[] {
  return changedWorkflowFields(AS_CREATED, incoming).filter((name) => name !== 'department')
}

/** The refusal of such an update: one field error per field, with the call that sets it. */
export function workflowFieldRefusal(revisionId: string | number | null, fields: readonly WorkflowOwnedField[]) {
  const say = (text: string) => (revisionId == null ? text : text.replaceAll('{id}', String(revisionId)))
  return {
    title: 'Workflow field',
    detail: `${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} kept by the workflow and cannot be set by creating or updating the revision; nothing was changed. ${say(WORKFLOW_OWNED_FIELDS[fields[0]])}.`,
    errors: fields.map((name) => ({ path: `/${name}`, message: say(WORKFLOW_OWNED_FIELDS[name]) })),
  }
}

/** Equal once both sides are normalised: empty ≡ null, ids by their text, instants by their time. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(normalise(a)) === canonicalJson(normalise(b))
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value
  if (Array.isArray(value)) return value.length ? value.map(normalise) : null
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, member]) => [key, normalise(member)] as const)
      .filter(([, member]) => member !== null)
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value
}
