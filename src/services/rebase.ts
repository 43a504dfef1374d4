import type { PayloadRequest } from 'payload'
import { actorOf } from '../domain/actor'
import { changeHash, type Change } from '../domain/proposal'
import { planRebase, rebaseRefusal, type ListHashes, type RebaseConflict } from '../domain/rebase'
import { storedIdOf } from '../domain/ids'
import { lockAuditLog } from './audit'
import { inTransaction, WORKFLOW } from './context'
import { refused, RefusedError } from './errors'
import { assertFits, changeOf, outlinesOf, recordProposalEdit, type Outline } from './proposals'
import { asDocId, loadRevision, revisionById, type RevisionDoc } from './revisions'
import { headSnapshot, snapshotById, type StoredSnapshot } from './snapshots'
import { jsonColumn, sqlSession } from './sql'
import { factsOf } from './workflow'

/** A snapshot as a rebase names it. */
interface BaseRef {
  snapshot: string | null
  hash: string | null
  effectiveFrom: string | null
}

export interface RebaseResult {
  doc: RevisionDoc
  /** false: the revision was already built on the current list, and nothing changed */
  rebased: boolean
  from: BaseRef
  to: BaseRef
  refitted: Array<{ code: string; from: Change['action']; to: Change['action'] }>
  dropped: string[]
  conflicts: Array<RebaseConflict & { name: string | null }>
}

const refOf = (snapshot: StoredSnapshot | null): BaseRef => ({
  snapshot: snapshot?.id ?? null,
  hash: snapshot?.hash ?? null,
  effectiveFrom: snapshot?.effectiveFrom ?? null,
})

/** A list's content hash by code: the snapshot holds its hashes in the order of its items. */
const hashesOf = (snapshot: StoredSnapshot | null): ListHashes =>
  new Map((snapshot?.items ?? []).map((item, index) => [item.code, snapshot!.itemHashes[index]]))

/**
 * POST /api/revisions/{id}/rebase: moves a revision onto the department's current list
 * (src/domain/rebase.ts says what that means), in one transaction under the audit chain's lock.
 * The rebaser becomes one of its editors, the proposal hash (which covers the base) is rebuilt,
 * so an approval is void, and the rebase is audited as `revision.rebase`.
 */
export async function rebaseRevision(req: PayloadRequest, id: string | number): Promise<RebaseResult> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in to rebase a revision')
  await loadRevision(req, id) // 404 for revisions the user cannot see
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await revisionById(req, id)
    const head = await headSnapshot({ payload: req.payload, req }, storedIdOf(revision.department))
    const refusal = rebaseRefusal(factsOf(revision, head), actor)
    if (refusal) throw refused(refusal)
    const base = revision.baseSnapshot != null ? await snapshotById({ payload: req.payload, req }, storedIdOf(revision.baseSnapshot)) : null
    if ((head?.id ?? null) === (base?.id ?? null))
      return { doc: revision, rebased: false, from: refOf(base), to: refOf(base), refitted: [], dropped: [], conflicts: [] }

    const outlines = await outlinesOf(req, revision.id)
    const headHashes = hashesOf(head)
    const plan = planRebase([...outlines.values()], hashesOf(base), headHashes)
    const after = new Map(outlines)
    for (const code of plan.dropped) after.delete(code)
    for (const { code, to } of plan.refitted) after.set(code, { ...after.get(code)!, action: to })
    try {
      assertFits(new Set(headHashes.keys()), after.values())
    } catch (error) {
      if (error instanceof RefusedError)
        throw new RefusedError(
          409,
          'Proposals do not fit the current list',
          `rebase: ${error.message}; withdraw or change that proposal (DELETE or PUT /api/revisions/${revision.id}/items/{code}) and rebase again`,
          error.data?.errors,
        )
      throw error
    }
    await rewriteProposals(req, revision.id, plan.dropped, plan.refitted, after)
    const rebased = await req.payload.update({
      collection: 'revisions',
      id: revision.id,
      data: { baseSnapshot: head ? asDocId(head.rawId) : null, baseHash: head?.hash ?? null },
      req,
      context: WORKFLOW,
      overrideAccess: true,
      depth: 0,
    })
    const summary = `rebased from snapshot ${base?.id ?? 'none'} onto ${head?.id ?? 'none'}; ${plan.conflicts.length} conflict(s)${plan.conflicts.length ? `: ${plan.conflicts.map((c) => c.code).join(', ')}` : ''}`
    const proposalHash = await recordProposalEdit(req, rebased, after, summary.slice(0, 1000), 'revision.rebase')
    const names = new Map([...(base?.items ?? []), ...(head?.items ?? [])].map((item) => [item.code, item.name]))
    return {
      doc: { ...(await revisionById(req, revision.id)), proposalHash },
      rebased: true,
      from: refOf(base),
      to: refOf(head),
      refitted: plan.refitted,
      dropped: plan.dropped,
      conflicts: plan.conflicts.map((conflict) => ({ ...conflict, name: names.get(conflict.code) ?? null })),
    }
  })
}

/** Deletes the dropped repeals; gives the refitted proposals their new action, hash and version. */
async function rewriteProposals(
  req: PayloadRequest,
  revisionId: string | number,
  dropped: readonly string[],
  refitted: ReadonlyArray<{ code: string; to: Change['action'] }>,
  after: Map<string, Outline>,
): Promise<void> {
  const { db, table, and, eq, inArray } = await sqlSession(req, 'proposals')
  if (dropped.length) await db.delete(table).where(and(eq(table.revision, revisionId), inArray(table.code, [...dropped])))
  const now = new Date().toISOString()
  for (const { code, to } of refitted) {
    const [row] = await db
      .select({ item: table.item })
      .from(table)
      .where(and(eq(table.revision, revisionId), eq(table.code, code)))
    const hash = changeHash(changeOf({ action: to, code, item: jsonColumn(row?.item) }))
    const outline = after.get(code)!
    after.set(code, { ...outline, hash, version: outline.version + 1 })
    await db
      .update(table)
      .set({ action: to, hash, version: outline.version + 1, updatedAt: now })
      .where(and(eq(table.revision, revisionId), eq(table.code, code)))
  }
}
