import type { Payload, PayloadRequest } from 'payload'
import { actorOf, editsDepartment, keepsLawRegister } from '../domain/actor'
import { sha256Hex } from '../domain/canonical-json'
import { isCalendarDate, todayInChina } from '../domain/dates'
import { changeOn, changesOf, type Law, type LawVersion } from '../domain/laws/law'
import type { Law as LawDoc } from '../payload-types'
import { impactOf, unresolvedCitations, type DepartmentList, type DepartmentUnresolved, type Impact } from '../domain/laws/impact'
import { lawIndex, resolveCitation, type LawIndex } from '../domain/laws/match'
import { normaliseTitle } from '../domain/laws/normalise'
import { inForceOn, visibleOn } from '../domain/point-in-time'
import type { PowerItem } from '../domain/power-item'
import { OPEN_STATUSES } from '../domain/revision-workflow'
import { idOf } from '../domain/ids'
import { RefusedError, notFound } from './errors'
import { publicIndex } from './public-index'
import { itemsOf } from './public/snapshot-content'

/**
 * The register of laws on Payload: reading it as domain laws, the lists in force on a date, the
 * impact of a law change, the unresolved-citation report and hand-made links.
 */
type Reader = { payload: Payload; req?: PayloadRequest }

export interface DepartmentRef {
  code: string
  name: string
}

/** The content an audit record's hash covers: what the register says, not when it was saved. */
export function lawContentHash(doc: LawDoc | null | undefined): string | null {
  if (!doc) return null
  return sha256Hex(toLaw(doc))
}

/** A law of the register (collection `laws`, depth 0) as the domain's Law. */
export function toLaw(doc: LawDoc): Law {
  return {
    id: String(doc.id),
    title: String(doc.title ?? ''),
    aliases: (doc.aliases ?? []).filter(Boolean),
    links: (doc.links ?? []).filter(Boolean),
    level: doc.level,
    issuingBody: doc.issuingBody || null,
    documentNo: doc.documentNo || null,
    versions: (doc.versions ?? []).map((version) => ({
      effectiveFrom: version.effectiveFrom || null,
      status: version.status,
      documentNo: version.documentNo || null,
      replacedBy: version.replacedBy != null ? idOf(version.replacedBy) : null,
      articleMap: (version.articleMap ?? []).map(({ from, to }) => ({ from, to: to || null })),
      note: version.note || null,
    })),
  }
}

export async function allLaws({ payload, req }: Reader): Promise<Law[]> {
  const { docs } = await payload.find({ collection: 'laws', limit: 0, pagination: false, depth: 0, sort: 'title', req, overrideAccess: true })
  return docs.map(toLaw)
}

export async function registerIndex(reader: Reader): Promise<LawIndex> {
  return lawIndex(await allLaws(reader))
}

export function lawFrom(index: LawIndex, id: string | number): Law {
  const law = index.laws.get(String(id))
  if (!law) throw notFound(`law ${id}`)
  return law
}

/**
 * Every department's list in force on `date`, one per department. With `today`, only snapshots
 * already in force then count (what the public may see); without it, staff see future lists too.
 * Resolved over the public index (snapshot heads, refreshed by its stamp) and read through
 * `itemsOf`, cached by snapshot id and hash: an impact query no longer reads every snapshot of
 * every department with its items on each call.
 */
export async function listsInForceOn(
  reader: Reader,
  date: string,
  today?: string,
): Promise<Array<DepartmentList<DepartmentRef> & { departmentId: string | number }>> {
  const index = await publicIndex(reader.payload)
  const lists = []
  for (const department of index.departments) {
    const heads = index.snapshots.get(String(department.id)) ?? []
    const snapshot = inForceOn(today ? visibleOn(heads, today) : heads, date)
    if (!snapshot) continue
    const name = department.names['zh-Hans'] ?? ''
    lists.push({ departmentId: department.id, department: { code: department.code, name }, items: await itemsOf(reader.payload, snapshot) })
  }
  return lists
}

/** asOf given, else the date of the law's newest amendment or repeal, else today. */
export function impactDate(law: Law, asOf: unknown): string {
  if (asOf === undefined || asOf === null || asOf === '') return changesOf(law).pop()?.effectiveFrom ?? todayInChina()
  if (!isCalendarDate(asOf))
    throw new RefusedError(400, 'Bad request', 'asOf must be a calendar date YYYY-MM-DD', [
      { path: 'query.asOf', message: 'must be a calendar date YYYY-MM-DD' },
    ])
  return asOf
}

/** department id → the items proposed (added or modified) by its open revisions */
async function openProposedItems({ payload, req }: Reader): Promise<Map<string, PowerItem[]>> {
  const open = await payload.find({
    collection: 'revisions',
    where: { status: { in: [...OPEN_STATUSES] } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { status: true },
  })
  const byDepartment = new Map<string, PowerItem[]>()
  if (!open.docs.length) return byDepartment
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { and: [{ revision: { in: open.docs.map((doc) => doc.id) } }, { action: { not_equals: 'repeal' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { department: true, item: true },
  })
  for (const doc of docs) {
    const item = doc.item as PowerItem | null // validated when it was proposed
    if (!item?.legalBasis) continue
    const key = idOf(doc.department)
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), item])
  }
  return byDepartment
}

export interface LawSummary {
  id: string
  title: string
  level: Law['level']
  documentNo: string | null
}

export const lawSummary = (law: Law): LawSummary => ({ id: law.id, title: law.title, level: law.level, documentNo: law.documentNo })

export interface ImpactReport extends Impact<DepartmentRef> {
  law: LawSummary & { change: LawVersion | null }
  asOf: string
}

/** GET /api/laws/{id}/impact: every item in every list in force on asOf that cites the law. */
export async function lawImpact(reader: Reader, lawId: string | number, asOf?: unknown): Promise<ImpactReport> {
  const index = await registerIndex(reader)
  const law = lawFrom(index, lawId)
  const date = impactDate(law, asOf)
  const lists = await listsInForceOn(reader, date)
  return { law: { ...lawSummary(law), change: changeOn(law, date) }, asOf: date, ...impactOf(lists, law.id, index) }
}

export interface UnresolvedReport {
  asOf: string
  totals: { citations: number; items: number }
  departments: Array<DepartmentUnresolved<DepartmentRef>>
}

/**
 * GET /api/laws/unresolved: the citations that match no law, in the lists in force on asOf and in
 * the items proposed by open revisions (what imports and editors are about to publish).
 */
export async function unresolvedReport(reader: Reader, asOf?: unknown): Promise<UnresolvedReport> {
  const date = asOf === undefined || asOf === '' ? todayInChina() : asOf
  if (!isCalendarDate(date))
    throw new RefusedError(400, 'Bad request', 'asOf must be a calendar date YYYY-MM-DD', [
      { path: 'query.asOf', message: 'must be a calendar date YYYY-MM-DD' },
    ])
  const lists = await listsInForceOn(reader, date)
  const proposed = await openProposedItems(reader)
  for (const list of lists) list.items = [...list.items, ...(proposed.get(String(list.departmentId)) ?? [])]
  const departments = unresolvedCitations(lists, await registerIndex(reader))
  const citations = departments.flatMap((entry) => entry.citations)
  const items = new Set(departments.flatMap((entry) => entry.citations.flatMap((citation) => citation.items.map((code) => `${entry.department.code}/${code}`))))
  return { asOf: date, totals: { citations: citations.length, items: items.size }, departments }
}

/**
 * POST /api/laws/{id}/links: a citation linked by hand. It is stored on the law, so every later
 * match (impact, reports, imports) resolves it. A citation that already resolves elsewhere is
 * refused: linking it too would make it ambiguous.
 */
export async function linkCitation(req: PayloadRequest, lawId: string | number, citation: unknown): Promise<Law> {
  if (!keepsLawRegister(actorOf(req.user))) throw new RefusedError(403, 'Forbidden', 'only admins and the legal role keep the register of laws')
  if (typeof citation !== 'string' || !normaliseTitle(citation)) {
    throw new RefusedError(422, 'Invalid link', 'citation must be the title of a law as an item cites it', [
      { path: '/citation', message: 'required: a non-empty title' },
    ])
  }
  const index = await registerIndex({ payload: req.payload, req })
  const law = lawFrom(index, lawId)
  const existing = resolveCitation({ law: citation }, index)
  if (existing?.lawId === law.id) return law
  if (existing)
    throw new RefusedError(409, 'Citation already resolves', `"${citation}" already resolves to 《${index.laws.get(existing.lawId)!.title}》 (${existing.by})`)
  const updated = await req.payload.update({
    collection: 'laws',
    id: lawId,
    data: { links: [...law.links, citation.trim()] },
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
  })
  return toLaw(updated)
}

/** Staff may draft for a department when they edit it (editors of it, admins). */
export function mayDraftFor(req: PayloadRequest, departmentId: string | number): boolean {
  return editsDepartment(actorOf(req.user), String(departmentId))
}
