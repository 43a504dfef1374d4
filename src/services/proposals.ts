import type { PayloadRequest, Where } from 'payload'
import { actorOf, editsDepartment } from '../domain/actor'
import type { FieldError } from '../domain/item-schema'
import type { CategoryCode } from '../domain/categories'
import type { PowerItem } from '../domain/power-item'
import type { Proposal } from '../payload-types'
import { assertFitsBase, changeHash, normaliseProposedItem, proposalHash, ProposalError, type Change, type ProposalOutline } from '../domain/proposal'
import { EDITABLE_STATUSES, OPEN_STATUSES } from '../domain/revision-workflow'
import { idOf, storedIdOf } from '../domain/ids'
import { LABELS } from '../domain/labels'
import { appendAudit, lockAuditLog } from './audit'
import { inTransaction, PROPOSAL, WORKFLOW } from './context'
import { notFound, RefusedError } from './errors'
import { asDocId, loadRevision, revisionById, statusOf, type RevisionDoc } from './revisions'
import { isLexical, lexicalToText } from '../lexical/convert'
import { sortByCode } from '../domain/snapshot'
import { jsonColumn, sqlSession, yieldToReaders } from './sql'
import { snapshotById } from './snapshots'

/**
 * The proposals of a revision, one record each (collection `proposals`). Every write — one PUT,
 * one withdrawal, a batch import, the admin form — goes through the same rules, in one transaction
 * under the audit chain's lock: the revision is editable (draft or approved), the writer edits its
 * department, the item is valid and fits the base list, no other open revision holds the code, the
 * writer becomes one of its editors, the revision's proposal hash is rebuilt from the per-proposal
 * hashes, and the write is audited.
 */
export interface ProposalDoc {
  id: string | number
  revision: string | number
  department: string | number
  code: string
  action: Change['action']
  name: string | null
  category: string | null
  item: PowerItem | null
  note: string | null
  hash: string
  version: number
  updatedAt?: string
}

/** A stale If-Match (or admin form): the caller edited a version someone else has replaced since. */
export class StaleVersionError extends RefusedError {
  constructor(code: string, expected: number, actual: number | null) {
    super(
      412,
      'Precondition failed',
      actual == null
        ? `拟变更事项 ${code} 已不存在：请重新加载修订 (proposal ${code} does not exist (any more); reload the revision)`
        : `拟变更事项 ${code} 已被他人保存（现为第 ${actual} 版，你编辑的是第 ${expected} 版）：请重新加载后再改 (proposal ${code} is at version ${actual}, not ${expected}: someone saved it meanwhile; reload it and try again)`,
    )
  }
}

export interface WriteOptions {
  /** the version the caller loaded (If-Match); null or undefined: no check */
  expectedVersion?: number | null
  note?: string | null
}

/** PostgreSQL returns some numeric columns as strings. */
const numberOf = (value: unknown) => (typeof value === 'string' ? Number(value) : (value as number))

/** A stored item: the JSON column holds what normaliseProposedItem returned when it was written. */
const storedItem = (json: unknown) => json as PowerItem

/** The change a proposal record stands for. */
export function changeOf(doc: { action: Change['action']; code: string; item?: unknown }): Change {
  return doc.action === 'repeal' ? { action: 'repeal', code: doc.code } : { action: doc.action, code: doc.code, item: storedItem(doc.item) }
}

function toDoc(raw: Proposal): ProposalDoc {
  return {
    ...raw,
    revision: storedIdOf(raw.revision),
    department: storedIdOf(raw.department),
    name: raw.name ?? null,
    category: raw.category ?? null,
    item: raw.action === 'repeal' ? null : storedItem(raw.item),
    note: raw.note ?? null,
    hash: raw.hash ?? '',
    version: numberOf(raw.version ?? 0),
  }
}

// ---------------------------------------------------------------- reads

export async function proposalOf(req: PayloadRequest, revisionId: string | number, code: string): Promise<ProposalDoc | null> {
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: { and: [{ revision: { equals: revisionId } }, { code: { equals: code } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] ? toDoc(docs[0]) : null
}

/** GET /api/revisions/{id}/items/{code} */
export async function getProposal(req: PayloadRequest, revisionId: string | number, code: string): Promise<ProposalDoc> {
  await loadRevision(req, revisionId)
  const proposal = await proposalOf(req, revisionId, code)
  if (!proposal) throw notFound(`proposal ${code} in revision ${revisionId}`)
  return proposal
}

/**
 * Every proposal of a revision as domain changes, in code order (publication, diff). Plain selects
 * of two hundred proposals each, the event loop let go in between: read in one Local API call, a
 * 1,000-proposal revision held every reader up for tens of milliseconds during its publication.
 */
export async function changesOf(req: PayloadRequest, revisionId: string | number): Promise<Change[]> {
  const codes = [...(await outlinesOf(req, revisionId)).keys()]
  const { db, table, and, eq, inArray } = await sqlSession(req, 'proposals')
  const changes: Change[] = []
  for (let start = 0; start < codes.length; start += CHANGES_CHUNK) {
    // the outlines of a 1,000-proposal revision take about 13 ms: not in the same stretch as a chunk
    await yieldToReaders()
    const rows = await db
      .select({ code: table.code, action: table.action, item: table.item })
      .from(table)
      .where(and(eq(table.revision, revisionId), inArray(table.code, codes.slice(start, start + CHANGES_CHUNK))))
    for (const row of rows) changes.push(changeOf({ code: String(row.code), action: row.action as Change['action'], item: jsonColumn(row.item) }))
  }
  return sortByCode(changes)
}

const CHANGES_CHUNK = 200

export interface Outline extends ProposalOutline {
  hash: string
  version: number
}

/**
 * Code, action, hash and version of every proposal of a revision: one plain select, no Local API
 * (which would run its read hooks on each of 1,000 documents for four columns).
 */
export async function outlinesOf(req: PayloadRequest, revisionId: string | number): Promise<Map<string, Outline>> {
  const { db, table, eq } = await sqlSession(req, 'proposals')
  const rows = await db
    .select({ code: table.code, action: table.action, hash: table.hash, version: table.version })
    .from(table)
    .where(eq(table.revision, revisionId))
  return new Map(
    rows.map((row) => [
      String(row.code),
      { code: String(row.code), action: row.action as Outline['action'], hash: String(row.hash), version: numberOf(row.version) },
    ]),
  )
}

export interface ProposalQuery {
  page?: number
  limit?: number
  action?: string
  category?: string
  q?: string
}

/** GET /api/revisions/{id}/items: one page of proposals, filtered by action, category and text. */
export async function listProposals(req: PayloadRequest, revisionId: string | number, query: ProposalQuery) {
  await loadRevision(req, revisionId)
  const and: Where[] = [{ revision: { equals: revisionId } }]
  if (query.action) and.push({ action: { equals: query.action } })
  if (query.category) and.push({ category: { equals: query.category } })
  if (query.q) and.push({ or: [{ code: { like: query.q } }, { name: { like: query.q } }] })
  const result = await req.payload.find({
    collection: 'proposals',
    where: { and },
    sort: 'code',
    page: query.page ?? 1,
    limit: query.limit ?? 50,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { ...result, docs: result.docs.map(toDoc) }
}

/** Base lists by snapshot, memoised: snapshots never change (invariant 5). */
const baseListCache = new WeakMap<object, Map<string, BaseList>>()

/** The codes of a revision's base list, and its items' names (a repeal names what it repeals). */
interface BaseList {
  codes: ReadonlySet<string>
  names: ReadonlyMap<string, string>
}

async function baseListOf(req: PayloadRequest, revision: Pick<RevisionDoc, 'baseSnapshot'>): Promise<BaseList> {
  if (revision.baseSnapshot == null) return { codes: new Set(), names: new Map() }
  const id = String(storedIdOf(revision.baseSnapshot))
  let cache = baseListCache.get(req.payload)
  if (!cache) baseListCache.set(req.payload, (cache = new Map()))
  const cached = cache.get(id)
  if (cached) return cached
  const snapshot = await snapshotById({ payload: req.payload, req }, id)
  const items = snapshot?.items ?? []
  const list = { codes: new Set(items.map((item) => item.code)), names: new Map(items.map((item) => [item.code, item.name])) }
  if (cache.size > 200) cache.clear()
  cache.set(id, list)
  return list
}

export async function baseCodesOf(req: PayloadRequest, revision: Pick<RevisionDoc, 'baseSnapshot'>): Promise<ReadonlySet<string>> {
  return (await baseListOf(req, revision)).codes
}

// ---------------------------------------------------------------- rules

export function assertEditable(req: PayloadRequest, revision: RevisionDoc): void {
  if (!EDITABLE_STATUSES.includes(statusOf(revision))) {
    throw new RefusedError(
      409,
      'Revision not editable',
      `修订“${LABELS.status[statusOf(revision)]['zh-Hans']}”时不能修改拟变更事项：只有草稿（或审查通过后，这会使审查失效）可以修改 (the revision is ${revision.status}; proposals can change only while it is a draft (or approved, which voids the approval))`,
    )
  }
  if (!editsDepartment(actorOf(req.user), idOf(revision.department))) {
    throw new RefusedError(
      403,
      'Forbidden',
      '只有本部门的编辑（或管理员）能修改其拟变更事项 (only an editor of this department (or an admin) can change its proposals)',
    )
  }
}

function assertVersion(code: string, current: { version: number } | undefined | null, expected: number | null | undefined): void {
  if (expected == null) return
  if (!current || current.version !== expected) throw new StaleVersionError(code, expected, current?.version ?? null)
}

function normalise(body: unknown, code: string): PowerItem {
  try {
    return normaliseProposedItem(body, code)
  } catch (error) {
    if (error instanceof ProposalError) throw new RefusedError(422, 'Invalid power item', error.message, error.errors)
    throw error
  }
}

export function assertFits(baseCodes: ReadonlySet<string>, outlines: Iterable<ProposalOutline>): void {
  try {
    assertFitsBase(baseCodes, [...outlines])
  } catch (error) {
    if (error instanceof ProposalError) throw new RefusedError(422, 'Proposal does not fit the list', error.message, error.errors)
    throw error
  }
}

/**
 * Invariant 7: an item is in at most one open revision of its department. `revision.id` null: a
 * draft not created yet (an import's dry run), so every open revision of the department counts.
 */
export async function assertNotInOtherOpenRevision(
  req: PayloadRequest,
  revision: { department: RevisionDoc['department'] | string | number; id: string | number | null },
  codes: readonly string[],
): Promise<void> {
  if (!codes.length) return
  const others = new Map<string, string[]>()
  for (let start = 0; start < codes.length; start += 500) {
    const { docs } = await req.payload.find({
      collection: 'proposals',
      where: {
        and: [
          { department: { equals: storedIdOf(revision.department) } },
          { code: { in: codes.slice(start, start + 500) } },
          ...(revision.id != null ? [{ revision: { not_equals: revision.id } }] : []),
        ],
      },
      limit: 0,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { code: true, revision: true },
    })
    for (const doc of docs) {
      const key = String(storedIdOf(doc.revision))
      others.set(key, [...(others.get(key) ?? []), doc.code])
    }
  }
  if (!others.size) return
  const { docs } = await req.payload.find({
    collection: 'revisions',
    where: { and: [{ id: { in: [...others.keys()] } }, { status: { in: [...OPEN_STATUSES] } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { title: true },
  })
  const other = docs[0]
  if (!other) return
  const taken = (others.get(String(other.id)) ?? []).sort()
  const listed = `${taken.slice(0, 10).join(', ')}${taken.length > 10 ? ` and ${taken.length - 10} more` : ''}`
  const listedZh = `${taken.slice(0, 10).join('、')}${taken.length > 10 ? ` 等 ${taken.length} 个事项` : ''}`
  throw new RefusedError(
    409,
    'Item in another open revision',
    `事项 ${listedZh} 已在未完成的修订 ${other.id}（“${other.title}”）中：请先发布或撤回该修订 (${taken.length === 1 ? 'item' : `${taken.length} items`} ${listed} ${taken.length === 1 ? 'is' : 'are'} already in open revision ${other.id} ("${other.title}"): publish or withdraw it first)`,
  )
}

// ---------------------------------------------------------------- the revision's hash

/** The reason as its text: what a reviewer reads, whatever the editor's JSON around it. */
export function reasonText(reason: unknown): string | null {
  if (reason == null) return null
  if (typeof reason === 'string') return reason.trim() || null
  return isLexical(reason) ? lexicalToText(reason).trim() || null : null
}

/** The approved content's hash from the stored per-proposal hashes (a select of code and hash only). */
export async function currentProposalHash(
  req: PayloadRequest,
  revision: Pick<RevisionDoc, 'id' | 'baseHash' | 'title' | 'reason'>,
  outlines?: Map<string, Outline>,
): Promise<string> {
  const rows = outlines ?? (await outlinesOf(req, revision.id))
  return proposalHash({
    baseHash: revision.baseHash ?? null,
    title: revision.title,
    reason: reasonText(revision.reason),
    proposals: [...rows.values()].map((row) => [row.code, row.hash] as const),
  })
}

/**
 * After proposals changed: the writer becomes an editor (separation of duties), the revision's
 * proposal hash is rebuilt, and the edit is audited. Runs inside the writer's transaction.
 */
export async function recordProposalEdit(
  req: PayloadRequest,
  revision: RevisionDoc,
  outlines?: Map<string, Outline>,
  comment: string | null = null,
  action: 'revision.edit' | 'revision.rebase' = 'revision.edit',
): Promise<string> {
  const afterHash = await currentProposalHash(req, revision, outlines)
  const editors = (revision.editors ?? []).map(storedIdOf)
  const actorId = req.user?.id
  if (actorId != null && idOf(revision.author) !== String(actorId) && !editors.map(String).includes(String(actorId))) editors.push(actorId)
  if (editors.length !== (revision.editors ?? []).length) {
    await req.payload.update({
      collection: 'revisions',
      id: revision.id,
      data: { proposalHash: afterHash, editors: editors.map(asDocId) },
      req,
      context: WORKFLOW,
      overrideAccess: true,
      depth: 0,
      select: { proposalHash: true },
    })
  } else {
    // the common case, one more save by a known editor: two columns, no hooks to run
    const { db, table, eq } = await sqlSession(req, 'revisions')
    await db.update(table).set({ proposalHash: afterHash, updatedAt: new Date().toISOString() }).where(eq(table.id, revision.id))
  }
  if (afterHash !== revision.proposalHash) {
    await appendAudit(req, {
      action,
      entity: 'revisions',
      entityId: String(revision.id),
      revisionId: revision.id,
      departmentId: storedIdOf(revision.department),
      fromStatus: revision.status,
      toStatus: revision.status,
      comment,
      beforeHash: revision.proposalHash,
      afterHash,
    })
  }
  return afterHash
}

// ---------------------------------------------------------------- one proposal

/** The record data of a change, hash included. */
function recordOf(revision: RevisionDoc, change: Change, version: number, note: string | null | undefined, baseNames?: ReadonlyMap<string, string>) {
  return {
    revision: revision.id,
    department: storedIdOf(revision.department),
    code: change.code,
    action: change.action,
    // a repeal holds no item: its name is the base item's, so the proposals list says what goes
    name: change.action === 'repeal' ? (baseNames?.get(change.code) ?? null) : change.item.name,
    // a repealed item's code is one of the base list's, so it starts with its category
    category: change.action === 'repeal' ? (change.code.slice(0, 2) as CategoryCode) : change.item.category,
    item: change.action === 'repeal' ? null : change.item,
    hash: changeHash(change),
    version,
    ...(note !== undefined ? { note } : {}),
  }
}

export interface ProposalWriteResult {
  revision: RevisionDoc
  proposal: ProposalDoc | null
}

/**
 * PUT /api/revisions/{id}/items/{code}: proposes the item (add or modify, from the base list).
 */
export async function putProposal(
  req: PayloadRequest,
  revisionId: string | number,
  code: string,
  body: unknown,
  options: WriteOptions = {},
): Promise<ProposalWriteResult> {
  await loadRevision(req, revisionId)
  const item = normalise(body, code)
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await revisionById(req, revisionId)
    assertEditable(req, revision)
    const outlines = await outlinesOf(req, revision.id)
    assertVersion(code, outlines.get(code), options.expectedVersion)
    const baseCodes = await baseCodesOf(req, revision)
    const change: Change = { action: baseCodes.has(code) ? 'modify' : 'add', code, item }
    return writeOne(req, revision, outlines, baseCodes, change, options.note)
  })
}

/**
 * DELETE /api/revisions/{id}/items/{code}: withdraws a proposed addition, or proposes to repeal an
 * item of the base list.
 */
export async function withdrawProposal(
  req: PayloadRequest,
  revisionId: string | number,
  code: string,
  options: WriteOptions = {},
): Promise<ProposalWriteResult> {
  await loadRevision(req, revisionId)
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await revisionById(req, revisionId)
    assertEditable(req, revision)
    const outlines = await outlinesOf(req, revision.id)
    const current = outlines.get(code)
    assertVersion(code, current, options.expectedVersion)
    const baseCodes = await baseCodesOf(req, revision)
    if (current?.action === 'add') {
      outlines.delete(code)
      assertFits(baseCodes, outlines.values())
      await req.payload.delete({
        collection: 'proposals',
        where: { and: [{ revision: { equals: revision.id } }, { code: { equals: code } }] },
        req,
        context: PROPOSAL,
        overrideAccess: true,
      })
      const proposalHashNow = await recordProposalEdit(req, revision, outlines)
      return { revision: { ...revision, proposalHash: proposalHashNow }, proposal: null }
    }
    if (!baseCodes.has(code))
      throw new RefusedError(404, 'Not found', `事项 ${code} 不在本修订所依据的清单中 (item ${code} is not in the list this revision is based on)`)
    return writeOne(req, revision, outlines, baseCodes, { action: 'repeal', code }, options.note)
  })
}

async function writeOne(
  req: PayloadRequest,
  revision: RevisionDoc,
  outlines: Map<string, Outline>,
  baseCodes: ReadonlySet<string>,
  change: Change,
  note: string | null | undefined,
): Promise<ProposalWriteResult> {
  const current = outlines.get(change.code)
  const record = recordOf(revision, change, (current?.version ?? 0) + 1, note, (await baseListOf(req, revision)).names)
  outlines.set(change.code, { code: change.code, action: change.action, hash: record.hash, version: record.version })
  assertFits(baseCodes, outlines.values())
  await assertNotInOtherOpenRevision(req, revision, [change.code])
  // one statement, the rules above applied: the Local API would re-run hooks and validation
  const { db, table, and, eq } = await sqlSession(req, 'proposals')
  const now = new Date().toISOString()
  if (current) {
    await db
      .update(table)
      .set({ ...record, updatedAt: now })
      .where(and(eq(table.revision, revision.id), eq(table.code, change.code)))
  } else {
    await db.insert(table).values([{ ...record, note: record.note ?? null, createdAt: now, updatedAt: now }])
  }
  const proposalHashNow = await recordProposalEdit(req, revision, outlines)
  return { revision: { ...revision, proposalHash: proposalHashNow }, proposal: await proposalOf(req, revision.id, change.code) }
}

// ---------------------------------------------------------------- the admin form

/**
 * The admin form saves a proposal through Payload REST: the same rules as the API, with the
 * version the form loaded as its If-Match. Returns the record data to store.
 */
export async function checkFormProposal(req: PayloadRequest, data: Partial<Proposal>, original: Proposal | undefined): Promise<Partial<Proposal>> {
  await lockAuditLog(req)
  const revision = await revisionById(req, storedIdOf(original?.revision ?? data.revision))
  assertEditable(req, revision)
  const code = String(original?.code ?? data.code ?? '')
  const outlines = await outlinesOf(req, revision.id)
  if (original) assertVersion(code, outlines.get(code), data.version != null ? numberOf(data.version) : null)
  else if (outlines.has(code))
    throw new RefusedError(
      409,
      'Already proposed',
      `事项 ${code} 已在本修订的拟变更事项中：请修改那一条 (item ${code} is already proposed in this revision; edit that proposal)`,
    )
  const baseCodes = await baseCodesOf(req, revision)
  const action = data.action ?? original?.action
  const change: Change =
    action === 'repeal'
      ? { action: 'repeal', code }
      : { action: baseCodes.has(code) ? 'modify' : 'add', code, item: normalise(data.item ?? original?.item, code) }
  const record = recordOf(revision, change, (outlines.get(code)?.version ?? 0) + 1, data.note, (await baseListOf(req, revision)).names)
  outlines.set(code, { code, action: change.action, hash: record.hash, version: record.version })
  assertFits(baseCodes, outlines.values())
  await assertNotInOtherOpenRevision(req, revision, [code])
  // an interface has no index signature, so TypeScript will not call a PowerItem a JSON object by itself
  return { ...data, ...record, department: asDocId(record.department), item: record.item as Proposal['item'] }
}

/** After an admin-form save or delete: editors, the revision's hash and the audit record. */
export async function recordFormEdit(req: PayloadRequest, revisionId: string | number): Promise<void> {
  await recordProposalEdit(req, await revisionById(req, revisionId))
}

export async function checkFormDeletion(req: PayloadRequest, proposalId: string | number): Promise<string | number> {
  await lockAuditLog(req)
  const proposal = await req.payload.findByID({ collection: 'proposals', id: proposalId, depth: 0, req, overrideAccess: true })
  const revision = await revisionById(req, storedIdOf(proposal.revision))
  assertEditable(req, revision)
  const outlines = await outlinesOf(req, revision.id)
  outlines.delete(proposal.code)
  assertFits(await baseCodesOf(req, revision), outlines.values())
  return revision.id
}

// ---------------------------------------------------------------- batches (imports)

/**
 * The draft's proposals that writing `changes` as its whole proposal would discard or overwrite:
 * those for codes `changes` does not hold, and those it holds differently. Empty when the draft
 * already holds exactly `changes` (a re-import of the same file).
 */
export async function proposalsDisplacedBy(
  req: PayloadRequest,
  revisionId: string | number,
  changes: readonly Change[],
): Promise<Array<{ code: string; action: Outline['action'] }>> {
  const incoming = new Map(normaliseAll([...changes]).map((change) => [change.code, changeHash(change)]))
  const held = await outlinesOf(req, revisionId)
  return [...held.values()].filter((outline) => incoming.get(outline.code) !== outline.hash).map(({ code, action }) => ({ code, action }))
}

/**
 * Proposes many changes at once (the import path): validates all, then writes all in one
 * transaction with a few set-based statements, and audits once. Refuses everything on any error,
 * with one field error per offending code. `replaceAll` makes `changes` the revision's whole proposal.
 */
export async function putProposals(
  req: PayloadRequest,
  revisionId: string | number,
  changes: Change[],
  options: { replaceAll?: boolean } = {},
): Promise<{ count: number }> {
  await loadRevision(req, revisionId)
  const normalised = normaliseAll(changes)
  return inTransaction(req, async () => {
    await lockAuditLog(req)
    const revision = await revisionById(req, revisionId)
    assertEditable(req, revision)
    const outlines = options.replaceAll ? new Map<string, Outline>() : await outlinesOf(req, revision.id)
    const { codes: baseCodes, names: baseNames } = await baseListOf(req, revision)
    const records = normalised.map((change) => {
      const fitted: Change = change.action === 'repeal' ? change : { ...change, action: baseCodes.has(change.code) ? 'modify' : 'add' }
      const record = recordOf(revision, fitted, (outlines.get(change.code)?.version ?? 0) + 1, undefined, baseNames)
      outlines.set(change.code, { code: change.code, action: fitted.action, hash: record.hash, version: record.version })
      return record
    })
    assertFits(baseCodes, outlines.values())
    await assertNotInOtherOpenRevision(
      req,
      revision,
      records.map((record) => record.code),
    )
    await writeRecords(req, revision.id, records, Boolean(options.replaceAll))
    await recordProposalEdit(req, revision, outlines, `${records.length} proposal(s) in one batch`)
    return { count: records.length }
  })
}

function normaliseAll(changes: Change[]): Change[] {
  const errors: FieldError[] = []
  const seen = new Set<string>()
  const result: Change[] = []
  changes.forEach((change, index) => {
    const code = String(change.code ?? '')
    if (seen.has(code)) errors.push({ path: `/changes/${index}/code`, message: `${code}: proposed more than once` })
    seen.add(code)
    if (change.action === 'repeal') return void result.push({ action: 'repeal', code })
    try {
      result.push({ action: change.action, code, item: normaliseProposedItem(change.item, code) })
    } catch (error) {
      if (!(error instanceof ProposalError)) throw error
      const problems = error.errors.length ? error.errors : [{ path: '', message: error.message }]
      errors.push(...problems.map((problem) => ({ path: `/changes/${index}/item${problem.path}`, message: `${code}: ${problem.message}` })))
    }
  })
  if (errors.length) throw new RefusedError(422, 'Invalid proposal', `${errors.length} field error(s) in the proposed items`, errors)
  return result
}

/** Deletes what is replaced and inserts the new records, a few hundred rows per statement. */
async function writeRecords(req: PayloadRequest, revisionId: string | number, records: ReturnType<typeof recordOf>[], replaceAll: boolean): Promise<void> {
  const { db, table, and, eq, inArray } = await sqlSession(req, 'proposals')
  if (replaceAll) await db.delete(table).where(eq(table.revision, revisionId))
  else {
    for (let start = 0; start < records.length; start += 500) {
      await db.delete(table).where(
        and(
          eq(table.revision, revisionId),
          inArray(
            table.code,
            records.slice(start, start + 500).map((record) => record.code),
          ),
        ),
      )
    }
  }
  const now = new Date().toISOString()
  for (let start = 0; start < records.length; start += 200) {
    await db.insert(table).values(records.slice(start, start + 200).map((record) => ({ ...record, note: record.note ?? null, createdAt: now, updatedAt: now })))
  }
}

// ---------------------------------------------------------------- drafts

/**
 * API.md lets callers give the reason as plain text; the collection's beforeValidate hook
 * (acceptCodesAndPlainText) turns it into the rich text the field's type describes.
 */
const plainTextReason = (reason: string | null | undefined) => (reason ?? null) as RevisionDoc['reason']

/** Starts a draft revision as the user (the collection's hooks set its base, author and status). */
export async function createDraftRevision(
  req: PayloadRequest,
  input: { department: string | number; title: string; reason?: string | null },
): Promise<RevisionDoc> {
  return req.payload.create({
    collection: 'revisions',
    data: { department: asDocId(input.department), title: input.title, reason: plainTextReason(input.reason) },
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
  })
}
