import type { PayloadRequest } from 'payload'
import { actorOf, hasRole, isAdmin } from '../domain/actor'
import { changeOn, type Law } from '../domain/laws/law'
import { changeTitle, draftForItem, type ItemDraft, type LawChange } from '../domain/laws/draft'
import { basesCiting } from '../domain/laws/impact'
import type { LawIndex } from '../domain/laws/match'
import { OPEN_STATUSES } from '../domain/revision-workflow'
import { idOf } from '../domain/ids'
import { inTransaction } from './context'
import { RefusedError } from './errors'
import { impactDate, lawFrom, listsInForceOn, registerIndex, mayDraftFor } from './laws'
import { createDraftRevision, putProposal } from './proposals'
import { headSnapshot } from './snapshots'

/**
 * POST /api/laws/{id}/impact/revisions: for each department with items resting on the changed law,
 * one draft revision with a proposal per affected item (citations rewritten where the article map
 * says how, a note saying why). Items already in another open revision, or no longer in the
 * department's current list, are reported and left alone. All drafts are written in one
 * transaction; from there the ordinary workflow applies.
 */
export interface SkippedItem {
  department: string
  code: string | null
  reason: 'in-open-revision' | 'not-in-current-list' | 'no-longer-cites-law' | 'not-your-department'
  detail: string
}

export interface DraftsReport {
  asOf: string
  revisions: Array<{ id: string | number; department: string; title: string; proposals: number; flagged: number }>
  skipped: SkippedItem[]
}

export async function draftsFromImpact(req: PayloadRequest, lawId: string | number, asOf: unknown): Promise<DraftsReport> {
  const actor = actorOf(req.user)
  if (!isAdmin(actor) && !hasRole(actor, 'editor'))
    throw new RefusedError(403, 'Forbidden', 'only editors (for their own departments) and admins draft revisions')
  const reader = { payload: req.payload, req }
  const index = await registerIndex(reader)
  const law = lawFrom(index, lawId)
  const date = impactDate(law, asOf)
  const change = changeOn(law, date)
  if (!change)
    throw new RefusedError(
      409,
      'No law change recorded',
      `no amendment or repeal of 《${law.title}》 is recorded on or before ${date}; record the change in the law's history first`,
    )
  const lawChange: LawChange = { law, change, replacement: change.replacedBy ? (index.laws.get(change.replacedBy) ?? null) : null }
  const report: DraftsReport = { asOf: date, revisions: [], skipped: [] }
  return inTransaction(req, async () => {
    for (const list of await listsInForceOn(reader, date)) {
      const affected = list.items.filter((item) => basesCiting(item, law.id, index).length)
      if (!affected.length) continue
      const code = list.department.code
      if (!mayDraftFor(req, list.departmentId)) {
        report.skipped.push({
          department: code,
          code: null,
          reason: 'not-your-department',
          detail: `${affected.length} item(s) of ${code} rest on the law; only its editors or an admin may draft its revision`,
        })
        continue
      }
      const drafts = await draftsForDepartment(
        req,
        list.departmentId,
        code,
        affected.map((item) => item.code),
        lawChange,
        index,
        report.skipped,
      )
      if (!drafts.length) continue
      const revision = await createDraft(req, list.departmentId, lawChange, drafts)
      report.revisions.push({
        id: revision.id,
        department: code,
        title: changeTitle(lawChange),
        proposals: drafts.length,
        flagged: drafts.filter((draft) => draft.flagged).length,
      })
    }
    return report
  })
}

/** Drafts for the items as they stand in the department's current list, which a revision builds on. */
async function draftsForDepartment(
  req: PayloadRequest,
  departmentId: string | number,
  department: string,
  codes: string[],
  lawChange: LawChange,
  index: LawIndex,
  skipped: SkippedItem[],
): Promise<ItemDraft[]> {
  const head = await headSnapshot({ payload: req.payload, req }, departmentId)
  const current = new Map((head?.items ?? []).map((item) => [item.code, item]))
  const held = await codesInOpenRevisions(req, departmentId)
  const drafts: ItemDraft[] = []
  for (const code of codes) {
    const item = current.get(code)
    if (!item) skipped.push({ department, code, reason: 'not-in-current-list', detail: `${code} is no longer in the department's current list` })
    else if (held.has(code)) skipped.push({ department, code, reason: 'in-open-revision', detail: `${code} is already in open revision ${held.get(code)}` })
    else if (!basesCiting(item, lawChange.law.id, index).length)
      skipped.push({ department, code, reason: 'no-longer-cites-law', detail: `${code} no longer cites 《${lawChange.law.title}》 in the current list` })
    else drafts.push(draftForItem(item, lawChange, index))
  }
  return drafts
}

/** item code → id of the open revision that holds it */
async function codesInOpenRevisions(req: PayloadRequest, departmentId: string | number): Promise<Map<string, string>> {
  const open = await req.payload.find({
    collection: 'revisions',
    where: { and: [{ department: { equals: departmentId } }, { status: { in: [...OPEN_STATUSES] } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { status: true },
  })
  const held = new Map<string, string>()
  if (!open.docs.length) return held
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: { revision: { in: open.docs.map((doc) => doc.id) } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { code: true, revision: true },
  })
  for (const doc of docs) held.set(doc.code, idOf(doc.revision))
  return held
}

/**
 * The draft, created as the user so the revision's own rules apply (department editors, base
 * snapshot, item locks, audit), with one proposal per item carrying its note.
 */
async function createDraft(req: PayloadRequest, departmentId: string | number, lawChange: LawChange, drafts: ItemDraft[]) {
  const revision = await createDraftRevision(req, { department: departmentId, title: changeTitle(lawChange), reason: reasonOf(lawChange.law, drafts) })
  for (const draft of drafts)
    await putProposal(req, revision.id, draft.item.code, draft.item, { note: draft.flagged ? `【需人工处理】${draft.note}` : draft.note })
  return revision
}

function reasonOf(law: Law, drafts: ItemDraft[]): string {
  const flagged = drafts.filter((draft) => draft.flagged).length
  const rewritten = drafts.reduce((sum, draft) => sum + draft.rewritten, 0)
  return `本修订由法规库根据《${law.title}》的变更生成：${drafts.length} 个事项引用该法规，其中 ${flagged} 个需人工处理，${rewritten} 处引用已按条文对照表改写。各事项的变更说明见其拟变更记录。`
}
