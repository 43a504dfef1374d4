import type { PayloadRequest } from 'payload'
import { CATEGORY_CODES, type CategoryCode } from '../domain/categories'
import { diffLists, type Diff } from '../domain/diff'
import {
  completenessOf,
  describeIssue,
  headerMatcher,
  planDepartmentImport,
  readSheet,
  type AssignedCode,
  type Completeness,
  type ImportIssue,
  type ImportRecord,
  type SheetInput,
} from '../domain/import'
import type { PowerItem } from '../domain/power-item'
import { LABELS } from '../domain/labels'
import { toSimplified } from '../domain/script'
import { applyChanges, type Change } from '../domain/proposal'
import { OPEN_STATUSES } from '../domain/revision-workflow'
import { lexicalFromText, lexicalToRichText } from '../lexical/convert'
import { actorOf, editsDepartment, type Actor } from '../domain/actor'
import { idOf, storedIdOf } from '../domain/ids'
import { inTransaction } from './context'
import { RefusedError } from './errors'
import { assertNotInOtherOpenRevision, changesOf, createDraftRevision, proposalsDisplacedBy, putProposals } from './proposals'
import { baseListOf } from './revision-items'
import { headSnapshot, snapshotById, snapshotsOf, type DepartmentRecord, type StoredSnapshot } from './snapshots'
import { readSpreadsheet } from './spreadsheet-file'
import { loadRevision, type RevisionDoc } from './revisions'

/**
 * Import of a published list: one module for the CLI, the admin upload, the API and the tests.
 * File → sheets → rows → per department a plan (domain/import) → one draft revision each, in one
 * transaction; nothing is written when any row has an error, or with `dryRun`.
 */
export interface ImportOptions {
  /** department code: every row belongs to it (the department column is then not read) */
  department?: string
  /** fill this draft revision instead of creating new ones; its department is then the only one */
  revisionId?: string | number
  dryRun?: boolean
  /** the file is the whole list: items absent from it are proposed for repeal */
  full?: boolean
  title?: string
  /** extra header synonyms, as in a --headers JSON file */
  headers?: Record<string, string[]>
  createDepartments?: boolean
  /** importing into a draft: discard or overwrite the proposals it holds that the file does not repeat (refused otherwise) */
  replace?: boolean
  /** rows read so far, after every row; then `write` once before the draft is written */
  onProgress?: (done: number, total: number, stage: 'rows' | 'write') => void
  /** how long each phase took, for the bench: read (the file), layout (sheets → rows), plan (rows → items and changes), diff, write */
  onPhase?: (phase: ImportPhase, ms: number) => void
}

export type ImportPhase = 'read' | 'layout' | 'plan' | 'diff' | 'write'

/** Calls `onPhase` with the time since the last call. */
function phaseClock(onPhase: ImportOptions['onPhase']): (phase: ImportPhase) => void {
  let last = performance.now()
  return (phase) => {
    const now = performance.now()
    onPhase?.(phase, now - last)
    last = now
  }
}

export interface CategoryCounts {
  added: number
  modified: number
  repealed: number
}

export interface DepartmentImport {
  department: { id: string | number; code: string; name: string; created?: boolean }
  revision: { id: string | number; title: string } | null
  rows: number
  changes: number
  summary: Diff['summary']
  byCategory: Partial<Record<CategoryCode, CategoryCounts>>
  assigned: AssignedCode[]
  completeness: Omit<Completeness, 'items'> & { items: Array<Completeness['items'][number]> }
  diff: Diff
  /** importing into a draft: the proposals it already holds that this import discards or overwrites */
  displaced: Array<{ code: string; action: Change['action'] }>
}

export interface ImportResult {
  ok: boolean
  dryRun: boolean
  rows: number
  departments: DepartmentImport[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
}

const richText = (text: string) => lexicalToRichText(lexicalFromText(text)) ?? { text, html: '' }

export async function importFile(req: PayloadRequest, file: { buffer: Buffer; filename?: string }, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now()
  const read = await readSpreadsheet(file.buffer, file.filename)
  options.onPhase?.('read', performance.now() - started)
  if ('error' in read) return refused([read.error], [], options)
  return importSheets(req, read.sheets, options)
}

export async function importSheets(req: PayloadRequest, sheets: SheetInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []
  const phase = phaseClock(options.onPhase)
  let match
  try {
    match = headerMatcher(options.headers, toSimplified)
  } catch (error) {
    return refused([{ message: (error as Error).message }], [], options)
  }
  const records: ImportRecord[] = []
  // every sheet is read first: whether a sheet without a table is an error depends on the others
  const tables = sheets.map((sheet) => readSheet(sheet, match))
  const listed = tables.some((table) => !('skipped' in table))
  for (const table of tables) {
    if ('skipped' in table) {
      // hidden sheets with a header row are named (a template's hidden lookup values are not); an empty
      // one among several passes unsaid; one without a header (a cover sheet, 填表说明) is skipped
      // with a word beside a list, and is why nothing imports without one
      const { skipped, ...issue } = table
      if (skipped === 'hidden') warnings.push(issue)
      else if (skipped === 'hidden-other') continue
      else if (skipped === 'no-header' && listed) warnings.push({ ...issue, message: `${issue.message}；已跳过此工作表` })
      else if (skipped === 'no-header' || tables.length === 1) errors.push(issue)
      continue
    }
    warnings.push(...table.warnings)
    records.push(...table.records)
  }
  phase('layout')
  if (!records.length && !errors.length) errors.push({ message: '文件中没有任何事项行' })
  if (errors.length) return refused(errors, warnings, options)

  const revision = options.revisionId != null ? await loadRevision(req, options.revisionId) : null
  const groups = await groupByDepartment(req, records, revision, options, errors)
  if (errors.length) return refused(errors, warnings, options)

  const planned: Array<{ department: Department; base: StoredSnapshot | null; plan: ReturnType<typeof planDepartmentImport> }> = []
  let done = 0
  for (const [department, rows] of groups) {
    const base = revision ? await revisionBase(req, revision) : await headSnapshot({ payload: req.payload, req }, department.id)
    const usedCodes = department.created ? [] : await codesEverUsed(req, department.id, revision?.id ?? null)
    const plan = planDepartmentImport({
      records: rows,
      base: base?.items ?? [],
      usedCodes,
      full: options.full,
      simplify: toSimplified,
      richText,
      onRow: () => options.onProgress?.(++done, records.length, 'rows'),
    })
    errors.push(...plan.errors)
    warnings.push(...plan.warnings)
    planned.push({ department, base, plan })
  }
  phase('plan')
  if (errors.length) return refused(errors, warnings, options)

  const departments = planned.map(({ department, base, plan }) => report(department, base, plan))
  if (revision) for (const [index, { plan }] of planned.entries()) departments[index].displaced = await proposalsDisplacedBy(req, revision.id, plan.changes)
  phase('diff')
  const displaced = departments.flatMap((each) => each.displaced)
  if (!options.dryRun && displaced.length && !options.replace) throw displacing(displaced)
  // what the write would refuse (putProposals checks it in its transaction), a dry run refuses too
  if (options.dryRun)
    for (const { department, plan } of planned)
      if (!department.created)
        await assertNotInOtherOpenRevision(
          req,
          { department: department.id, id: revision?.id ?? null },
          plan.changes.map((change) => change.code),
        )
  if (!options.dryRun) {
    options.onProgress?.(records.length, records.length, 'write')
    await inTransaction(req, async () => {
      for (const [index, { department, plan }] of planned.entries()) {
        if (department.created) department.id = (await createDepartment(req, department)).id
        const title = options.title ?? `导入：${department.name}权责清单（${new Date().toISOString().slice(0, 10)}）`
        const written = revision
          ? await fillDraft(req, revision, plan.changes)
          : await writeDraft(req, { department: department.id, title, changes: plan.changes })
        departments[index].revision = { id: written.id, title: written.title }
        departments[index].department.id = department.id
      }
    })
    phase('write')
  }
  return { ok: true, dryRun: Boolean(options.dryRun), rows: records.length, departments, errors: [], warnings }
}

/**
 * An import fills a draft with the file's changes; what an editor proposed there by hand, or an
 * earlier file, would go without a word. Only with `replace` does it go (the admin asks first).
 */
function displacing(displaced: DepartmentImport['displaced']): RefusedError {
  const codes = displaced.slice(0, 10).map(({ code, action }) => `${code}（${LABELS.proposalAction[action]['zh-Hans']}）`)
  return new RefusedError(
    409,
    'Draft holds other changes',
    `本修订已有 ${displaced.length} 项拟变更不在文件中或与文件不同，导入会替换它们：${codes.join('、')}${displaced.length > 10 ? '……' : ''}。确认替换请勾选“替换本修订已有的拟变更”（API：replace=1），或新建一个修订再导入。`,
    displaced.map(({ code, action }) => ({ path: code, message: `${code} ${action}` })),
  )
}

function refused(errors: ImportIssue[], warnings: ImportIssue[], options: ImportOptions): ImportResult {
  return { ok: false, dryRun: Boolean(options.dryRun), rows: 0, departments: [], errors, warnings }
}

/**
 * THE write step: one draft revision with its proposed changes, all in one batch. putProposals
 * validates every change, writes them in one transaction as the user and refuses all on any error.
 */
export async function writeDraft(
  req: PayloadRequest,
  input: { department: string | number; title: string; changes: Change[] },
): Promise<{ id: string | number; title: string }> {
  const revision = await createDraftRevision(req, { department: input.department, title: input.title })
  await putProposals(req, revision.id, input.changes, { replaceAll: true })
  return revision
}

/** The admin and the API fill a given draft: its proposals become the file's. */
async function fillDraft(req: PayloadRequest, revision: RevisionDoc, changes: Change[]): Promise<{ id: string | number; title: string }> {
  await putProposals(req, revision.id, changes, { replaceAll: true })
  return revision
}

/**
 * Codes a new item must not take: a repealed item's code stays its own (its history is read by
 * code), and another open revision may already propose one.
 */
async function codesEverUsed(req: PayloadRequest, departmentId: string | number, exceptRevision: string | number | null): Promise<string[]> {
  const codes = new Set<string>()
  for (const snapshot of await snapshotsOf({ payload: req.payload, req }, departmentId)) for (const item of snapshot.items) codes.add(item.code)
  const open = await req.payload.find({
    collection: 'revisions',
    where: {
      and: [
        { department: { equals: departmentId } },
        { status: { in: [...OPEN_STATUSES] } },
        ...(exceptRevision != null ? [{ id: { not_equals: exceptRevision } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { status: true },
    req,
    overrideAccess: true,
  })
  if (!open.docs.length) return [...codes]
  const proposed = await req.payload.find({
    collection: 'proposals',
    where: { revision: { in: open.docs.map((doc) => doc.id) } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { code: true },
    req,
    overrideAccess: true,
  })
  for (const doc of proposed.docs) codes.add(String(doc.code))
  return [...codes]
}

async function revisionBase(req: PayloadRequest, revision: RevisionDoc): Promise<StoredSnapshot | null> {
  const id = revision.baseSnapshot != null ? storedIdOf(revision.baseSnapshot) : null
  return id != null ? snapshotById({ payload: req.payload, req }, id) : null
}

function report(department: Department, base: StoredSnapshot | null, plan: ReturnType<typeof planDepartmentImport>): DepartmentImport {
  const diff = diffLists(
    { ref: base ? { id: base.id, effectiveFrom: base.effectiveFrom, hash: base.hash } : null, items: base?.items ?? [] },
    { ref: { id: 'import', effectiveFrom: '', hash: '' }, items: plan.items },
  )
  const byCategory: DepartmentImport['byCategory'] = {}
  for (const item of diff.items) {
    const counts = (byCategory[item.category] ??= { added: 0, modified: 0, repealed: 0 })
    counts[item.change] += 1
  }
  const ordered = Object.fromEntries(
    CATEGORY_CODES.filter((code) => byCategory[code]).map((code) => [code, byCategory[code]]),
  ) as DepartmentImport['byCategory']
  return {
    department: { id: department.id, code: department.code, name: department.name, ...(department.created ? { created: true } : {}) },
    revision: null,
    rows: plan.rows,
    changes: plan.changes.length,
    summary: diff.summary,
    byCategory: ordered,
    assigned: plan.assigned,
    completeness: plan.completeness,
    diff,
    displaced: [],
  }
}

// ── departments ──────────────────────────────────────────────────────────────────────────────

type Department = DepartmentRecord & { created?: boolean; names: string[] }

async function allDepartments(req: PayloadRequest): Promise<Department[]> {
  const { docs } = await req.payload.find({
    collection: 'departments',
    limit: 0,
    pagination: false,
    depth: 0,
    locale: 'all',
    req,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    // with locale 'all' a localized field comes back as { 'zh-Hans': …, en: … }, which the generated type (one locale) does not say
    const raw = doc as unknown as DepartmentRecord & { name: string | Record<string, string> }
    const names: string[] = typeof raw.name === 'object' && raw.name ? Object.values(raw.name).filter((n): n is string => Boolean(n)) : [String(raw.name)]
    const name = typeof raw.name === 'object' && raw.name ? (raw.name['zh-Hans'] ?? names[0]) : String(raw.name)
    return { ...raw, name, names }
  })
}

const squash = (text: string) => toSimplified(text).normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * Rows → departments: the draft's department, --department, a 部门 column (code or name, simplified
 * or traditional), or the sheet's name, in that order.
 */
async function groupByDepartment(
  req: PayloadRequest,
  records: ImportRecord[],
  revision: RevisionDoc | null,
  options: ImportOptions,
  errors: ImportIssue[],
): Promise<Map<Department, ImportRecord[]>> {
  const departments = await allDepartments(req)
  const byName = new Map<string, Department>()
  for (const department of departments) {
    byName.set(department.code.toLowerCase(), department)
    for (const name of department.names) byName.set(squash(name), department)
  }
  const groups = new Map<Department, ImportRecord[]>()
  const add = (department: Department, record: ImportRecord) => (groups.get(department) ?? groups.set(department, []).get(department)!).push(record)

  const fixedId = revision
    ? String(revision.department && typeof revision.department === 'object' ? (revision.department as { id: unknown }).id : revision.department)
    : null
  const fixed = fixedId ? departments.find((d) => String(d.id) === fixedId) : options.department ? byName.get(options.department.toLowerCase()) : undefined
  if (options.department && !fixed && !revision) {
    errors.push({ message: `部门“${options.department}”不存在` })
    return groups
  }
  if (fixed) {
    errors.push(...namingAnother(records, fixed, byName))
    for (const record of records) add(fixed, record)
    return groups
  }
  for (const record of records) {
    const { cell, text, department } = departmentNamed(record, byName)
    if (department) {
      add(department, record)
      continue
    }
    if (text && options.createDepartments) {
      const created: Department = {
        id: '',
        code: newDepartmentCode(text, departments),
        name: text,
        names: [text],
        regionCode: '000000',
        level: 'province',
        creditCode: null,
        created: true,
      }
      departments.push(created)
      byName.set(squash(text), created)
      add(created, record)
      continue
    }
    errors.push(
      text
        ? {
            sheet: record.sheet,
            row: record.row,
            column: cell!.column,
            message: `部门“${text}”不存在（按部门代码或名称匹配；如需新建请加 --create-departments）`,
          }
        : { sheet: record.sheet, row: record.row, message: '无法确定该行所属部门：请用 --department 指定部门，或加“部门”列，或以部门名称命名工作表' },
    )
    if (errors.length >= 200) break
  }
  return groups
}

/** The department a row names: its department column (by name or code), else its sheet's name. */
function departmentNamed(record: ImportRecord, byName: Map<string, Department>) {
  const cell = record.cells.department
  const text = cell?.text.replace(/\n+/g, '').trim() ?? ''
  const department = text ? (byName.get(squash(text)) ?? byName.get(text.toLowerCase())) : byName.get(squash(record.sheet))
  return { cell, text, department }
}

/**
 * A file for one department (the draft's, or --department) whose department column or sheet name
 * names another known department: most likely the wrong file, and with `full` it would repeal the
 * whole list. One error per sheet and name, at its first row.
 */
function namingAnother(records: ImportRecord[], fixed: Department, byName: Map<string, Department>): ImportIssue[] {
  const issues = new Map<string, ImportIssue>()
  for (const record of records) {
    const { cell, text, department: named } = departmentNamed(record, byName)
    if (!named || named === fixed || String(named.id) === String(fixed.id)) continue
    const key = `${record.sheet}|${named.code}`
    if (issues.has(key)) continue
    const where = text ? `“${cell!.column}”列为“${text}”` : `工作表名称为“${record.sheet}”`
    issues.set(key, {
      sheet: record.sheet,
      ...(text ? { row: record.row, column: cell!.column } : {}),
      message: `${where}，是部门“${named.name}”（${named.code}）的清单，不是本次导入的部门“${fixed.name}”（${fixed.code}）：请确认选对了文件（确是本部门的，请改正该列或工作表名称）`,
    })
  }
  return [...issues.values()]
}

function newDepartmentCode(name: string, existing: readonly Department[]): string {
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  let code = `dept-${hash.toString(36)}`
  while (existing.some((d) => d.code === code)) code += 'x'
  return code
}

async function createDepartment(req: PayloadRequest, department: Department): Promise<{ id: string | number }> {
  return req.payload.create({
    collection: 'departments',
    // the level comes from the import's department column, checked against the level list by the collection's validation
    data: { code: department.code, name: department.name, regionCode: department.regionCode, level: department.level } as never,
    locale: 'zh-Hans',
    req,
    user: req.user,
    overrideAccess: false,
  })
}

/**
 * The admin upload and `POST /api/revisions/{id}/import`: the file's items become the proposals of
 * this draft. Only an editor of its department (or an admin) may, and only while it is a draft.
 */
export async function importIntoRevision(
  req: PayloadRequest,
  id: string | number,
  file: { buffer: Buffer; filename?: string },
  options: Omit<ImportOptions, 'revisionId' | 'department' | 'createDepartments'> = {},
): Promise<ImportResult> {
  const actor = actorOf(req.user)
  if (!actor) throw new RefusedError(403, 'Forbidden', 'log in first')
  const revision = await loadRevision(req, id)
  if (!editsDepartment(actor, idOf(revision.department)))
    throw new RefusedError(403, 'Forbidden', 'only an editor of this department (or an admin) can import into this revision')
  if (revision.status !== 'draft') throw new RefusedError(409, 'Not a draft', `revision ${id} is ${revision.status}; import fills drafts only`)
  return importFile(req, file, { ...options, revisionId: id })
}

/** Whether `importIntoRevision` would take a file from this actor now (the admin shows the upload only then). */
export function mayImportInto(actor: Actor | null, revision: Pick<RevisionDoc, 'department' | 'status'>): boolean {
  return Boolean(actor) && editsDepartment(actor, idOf(revision.department)) && revision.status === 'draft'
}

/**
 * 完整度 of the list a revision proposes, for the admin: what the catalogue-only items still lack.
 * Readable by whoever may read the revision.
 */
export async function revisionCompleteness(req: PayloadRequest, id: string | number): Promise<Completeness> {
  const revision = await loadRevision(req, id)
  const base = await baseListOf(req, revision)
  const items = applyChanges(base.items, await changesOf(req, revision.id), null)
  const completeness = completenessOf(items)
  return { ...completeness, items: completeness.items.filter((each) => each.missing.length) }
}

/** Errors as one refusal for the API: problem+json with the row list. */
export function importRefusal(result: ImportResult): RefusedError {
  return new RefusedError(
    422,
    'Import refused',
    `${result.errors.length} error(s); nothing was written. ${result.errors.slice(0, 3).map(describeIssue).join('；')}`,
    result.errors.map((issue) => ({ path: [issue.sheet, issue.row, issue.column].filter((part) => part != null).join('/'), message: describeIssue(issue) })),
  )
}

export type { PowerItem }
