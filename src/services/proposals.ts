import type { PayloadRequest } from 'payload'
import { canonicalJson } from '../domain/canonical-json'
import type { FieldError } from '../domain/item-schema'
import { applyChanges, normaliseProposedItem, proposalHash, ProposalError, type Change } from '../domain/proposal'
import { OPEN_STATUSES } from '../domain/revision-workflow'
import { toPublicItem, toStoredItem, type StoredItem } from '../../collections/PowerItems/item-shape'
import { RefusedError } from './errors'
import { snapshotById } from './snapshots'

/** A proposal row as Payload stores it in `revisions.changes`. */
export interface ChangeRow {
  id?: string | null
  action: Change['action']
  code: string
  item?: StoredItem | null
}

export function changeToRow(change: Change): ChangeRow {
  return change.action === 'repeal'
    ? { action: 'repeal', code: change.code }
    : { action: change.action, code: change.code, item: toStoredItem(change.item) }
}

/** Stored rows → domain changes, with every field error named by its row. */
export function rowsToChanges(rows: readonly ChangeRow[]): Change[] {
  const errors: FieldError[] = []
  const changes: Change[] = []
  rows.forEach((row, index) => {
    const code = String(row.code ?? '')
    if (row.action === 'repeal') return void changes.push({ action: 'repeal', code })
    try {
      const item = normaliseProposedItem(toPublicItem(row.item ?? {}, code), code)
      changes.push({ action: row.action, code, item })
    } catch (error) {
      if (!(error instanceof ProposalError)) throw error
      const problems = error.errors.length ? error.errors : [{ path: '', message: error.message }]
      errors.push(...problems.map((problem) => ({ path: `/changes/${index}/item${problem.path}`, message: `${code}: ${problem.message}` })))
    }
  })
  if (errors.length) throw new RefusedError(422, 'Invalid proposal', `${errors.length} field error(s) in the proposed items`, errors)
  return changes
}

export function hashOfRows(baseHash: string | null, rows: readonly ChangeRow[]): string {
  return proposalHash(baseHash, rowsToChanges(rows))
}

export function sameProposal(a: readonly ChangeRow[] | undefined, b: readonly ChangeRow[] | undefined): boolean {
  const strip = (rows: readonly ChangeRow[] = []) => rows.map(({ action, code, item }) => ({ action, code, item: action === 'repeal' ? null : item }))
  return canonicalJson(strip(a)) === canonicalJson(strip(b))
}

interface ProposalContext {
  revisionId: string | number | null
  departmentId: string | number
  baseSnapshotId: string | number | null
  rows: readonly ChangeRow[]
}

/**
 * Everything a proposal must satisfy before it is stored: valid items (422), one change per code
 * (422), changes that fit the base list (422) and no item held by another open revision (409).
 */
export async function checkProposal(req: PayloadRequest, context: ProposalContext): Promise<Change[]> {
  const changes = rowsToChanges(context.rows)
  assertUniqueCodes(changes)
  const base = context.baseSnapshotId != null ? await snapshotById({ payload: req.payload, req }, context.baseSnapshotId) : null
  try {
    applyChanges(base?.items ?? [], changes, null)
  } catch (error) {
    if (error instanceof ProposalError) throw new RefusedError(422, 'Proposal does not fit the list', error.message, error.errors)
    throw error
  }
  await assertNotInOtherOpenRevision(req, context, changes)
  return changes
}

function assertUniqueCodes(changes: readonly Change[]): void {
  const seen = new Set<string>()
  for (const change of changes) {
    if (seen.has(change.code)) throw new RefusedError(422, 'Duplicate proposal', `item ${change.code} is proposed more than once in this revision`)
    seen.add(change.code)
  }
}

async function assertNotInOtherOpenRevision(req: PayloadRequest, context: ProposalContext, changes: readonly Change[]): Promise<void> {
  if (!changes.length) return
  const { docs } = await req.payload.find({
    collection: 'revisions',
    where: {
      and: [
        { department: { equals: context.departmentId } },
        { status: { in: [...OPEN_STATUSES] } },
        { 'changes.code': { in: changes.map((change) => change.code) } },
        ...(context.revisionId != null ? [{ id: { not_equals: context.revisionId } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const other = docs[0] as unknown as { id: string; title: string; changes: ChangeRow[] } | undefined
  if (!other) return
  const codes = new Set(changes.map((change) => change.code))
  const taken = other.changes.map((row) => row.code).filter((code) => codes.has(code))
  throw new RefusedError(409, 'Item in another open revision', `item ${taken.join(', ')} is already in open revision ${other.id} ("${other.title}")`)
}
