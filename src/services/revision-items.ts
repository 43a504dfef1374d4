import type { PayloadRequest } from 'payload'
import { diffLists } from '../domain/diff'
import type { Diff } from '../domain/diff/types'
import { applyChanges, changeFor, normaliseProposedItem, ProposalError } from '../domain/proposal'
import { lockAuditLog } from './audit'
import { inTransaction } from './context'
import { RefusedError } from './errors'
import { changeToRow, rowsToChanges, type ChangeRow } from './proposals'
import { snapshotById } from './snapshots'
import { loadRevision, type RevisionDoc } from './workflow'

/**
 * PUT and DELETE /api/revisions/{id}/items/{code}: rewrite one proposal row and save the revision
 * as the user, so the collection's hooks check state, role, schema and item locks.
 */
export async function proposeItem(req: PayloadRequest, id: string, code: string, body: unknown): Promise<RevisionDoc> {
  let item: ReturnType<typeof normaliseProposedItem>
  try {
    item = normaliseProposedItem(body, code)
  } catch (error) {
    if (error instanceof ProposalError) throw new RefusedError(422, 'Invalid power item', error.message, error.errors)
    throw error
  }
  return rewriteRows(req, id, async (revision) => {
    const base = await baseItems(req, revision)
    const row = changeToRow(changeFor(new Set(base.map((each) => each.code)), item))
    return replaceRow(revision.changes, row)
  })
}

export async function repealItem(req: PayloadRequest, id: string, code: string): Promise<RevisionDoc> {
  return rewriteRows(req, id, async (revision) => {
    const base = await baseItems(req, revision)
    const proposedAdd = revision.changes.find((row) => row.code === code && row.action === 'add')
    if (proposedAdd) return revision.changes.filter((row) => row !== proposedAdd)
    if (!base.some((item) => item.code === code)) throw new RefusedError(404, 'Not found', `item ${code} is not in the list this revision is based on`)
    return replaceRow(revision.changes, { action: 'repeal', code })
  })
}

/**
 * Reads the rows, rewrites one and saves them in one transaction, under the audit chain's lock:
 * two edits of one revision, or an edit and a transition, never act on rows the other replaced.
 */
async function rewriteRows(req: PayloadRequest, id: string, rewrite: (revision: RevisionDoc) => Promise<ChangeRow[]>): Promise<RevisionDoc> {
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await loadRevision(req, id)
    return saveRows(req, revision, await rewrite(revision))
  })
}

/** GET /api/revisions/{id}/diff: the proposed list against the base snapshot. */
export async function revisionDiff(req: PayloadRequest, id: string): Promise<Diff> {
  const revision = await loadRevision(req, id)
  const base = revision.baseSnapshot != null ? await snapshotById({ payload: req.payload, req }, revision.baseSnapshot as string) : null
  const proposed = applyChanges(base?.items ?? [], rowsToChanges(revision.changes ?? []), null)
  const proposedRef = { id: `revision:${revision.id}`, effectiveFrom: (revision as { effectiveFrom?: string }).effectiveFrom ?? '', hash: revision.proposalHash ?? '' }
  return diffLists(
    { ref: base ? { id: base.id, effectiveFrom: base.effectiveFrom, hash: base.hash } : null, items: base?.items ?? [] },
    { ref: proposedRef, items: proposed },
  )
}

async function baseItems(req: PayloadRequest, revision: RevisionDoc) {
  if (revision.baseSnapshot == null) return []
  return (await snapshotById({ payload: req.payload, req }, revision.baseSnapshot as string))?.items ?? []
}

function replaceRow(rows: readonly ChangeRow[], row: ChangeRow): ChangeRow[] {
  const index = rows.findIndex((each) => each.code === row.code)
  if (index === -1) return [...rows, row]
  const next = [...rows]
  next[index] = row
  return next
}

async function saveRows(req: PayloadRequest, revision: RevisionDoc, rows: ChangeRow[]): Promise<RevisionDoc> {
  const updated = await req.payload.update({
    collection: 'revisions',
    id: revision.id,
    data: { changes: rows } as never,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
  })
  return updated as unknown as RevisionDoc
}
