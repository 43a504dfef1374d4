/**
 * Field-level diff of one power item.
 *
 * Path format (stable; the admin "Changes" view and API clients key comments on it):
 *
 *   field                        top-level field            `committedDeadline`, `conditions`
 *   field.sub                    field of a nested object   `committedDeadline.value`, `fees.charged`
 *   field[identity]              one entry of an array      `materials[营业执照副本]`
 *   field[identity].sub          a field of that entry      `legalBasis[《中华人民共和国广告法》 第二十九条].text`
 *
 * Arrays are matched by identity, never by position, so reordering an array is not a change:
 *
 *   legalBasis        `law article` (trimmed, one space; just `law` when article is null)
 *   responsibilities  `stage`        → `responsibilities[review].duty`
 *   procedure         `name`         → `procedure[受理].deadline`
 *   fees.items        `name`         → `fees.items[工本费].standard`
 *   materials         the value      → `materials[营业执照副本]`
 *   accountability    the value
 *
 * An identity written twice in one array gets ` #2`, ` #3`… in order of appearance. Identities are
 * written verbatim; `labelFor` finds the end of a bracket as the first `]` followed by `.` or the
 * end of the path.
 *
 * Kinds: an array entry (or a whole item's field) appearing is 'added' with `before: null`, vanishing
 * is 'removed' with `after: null`; a value going from null to something is 'added' and back is
 * 'removed'; anything else is 'changed'. Changed strings longer than 8 characters, and remarks.text
 * always, carry `text`, a character/word level diff.
 *
 * Not compared: `effectiveFrom` and `effectiveTo` (publication metadata: a snapshot sets them, an
 * editor does not propose them) and `categoryName` (derived from `category`, which is compared).
 */
import { diff as jsonDiff } from 'json-diff'
import type { Deadline, FeeItem, LegalBasis, PowerItem, ProcedureStep, Responsibility } from '../power-item'
import { isJsonObject } from '../json-object'
import { labelForSchemaPath } from './field-labels'
import { textDiff } from './text-diff'
import type { FieldChangeKind, FieldDiff } from './types'

type IgnoredField = 'effectiveFrom' | 'effectiveTo' | 'categoryName'
type ComparedField = Exclude<keyof PowerItem, IgnoredField>

/** Keys of an identity-keyed array turned into an object; null prototype so any identity is a safe key. */
type Keyed = Record<string, unknown>

/** Schema paths (without identities) of the arrays matched by identity. */
const IDENTITY_ARRAYS = new Set(['legalBasis', 'responsibilities', 'procedure', 'fees.items', 'materials', 'accountability'])

/** Strings longer than this get a text diff; shorter ones read fine as before → after. */
const TEXT_DIFF_MIN_LENGTH = 8

/**
 * The canonical form of each compared field, which is what json-diff sees: entry objects rebuilt
 * with a fixed key order (extra keys such as a database row id dropped) and identity-keyed arrays
 * turned into objects keyed by identity, so that a reordered array equals the original.
 * A mapped type: a new PowerItem field does not compile until it is listed here or ignored above.
 * Key order is schema order, which is the order of a diff's fields.
 */
const CANONICAL: { [F in ComparedField]: (item: PowerItem) => unknown } = {
  code: (item) => item.code,
  name: (item) => item.name,
  category: (item) => item.category,
  parentCode: (item) => item.parentCode,
  sourceCode: (item) => item.sourceCode ?? null,
  handlingUnit: (item) => item.handlingUnit,
  legalBasis: (item) => keyed(item.legalBasis, legalBasisId, copyLegalBasis),
  conditions: (item) => item.conditions,
  materials: (item) => keyed(item.materials, identity, same),
  procedure: (item) => keyed(item.procedure, stepId, copyStep),
  statutoryDeadline: (item) => copyDeadline(item.statutoryDeadline),
  committedDeadline: (item) => copyDeadline(item.committedDeadline),
  fees: (item) => item.fees && { charged: item.fees.charged, items: keyed(item.fees.items, feeId, copyFee) },
  responsibilities: (item) => keyed(item.responsibilities, stageId, copyResponsibility),
  accountability: (item) => keyed(item.accountability, identity, same),
  supervisionPhone: (item) => item.supervisionPhone,
  consultationPhone: (item) => item.consultationPhone,
  remarks: (item) => item.remarks && { text: item.remarks.text, html: item.remarks.html },
}
const COMPARED_FIELDS = Object.keys(CANONICAL) as ComparedField[]

// Identities and copies are module-level functions: they run for every changed field of a list.
const legalBasisId = (b: LegalBasis) => identity(b.law, b.article)
const stepId = (s: ProcedureStep) => identity(s.name)
const feeId = (f: FeeItem) => identity(f.name)
const stageId = (r: Responsibility) => identity(r.stage)
const same = <T>(value: T) => value
const copyLegalBasis = (b: LegalBasis): LegalBasis => ({
  law: b.law,
  documentNo: b.documentNo,
  article: b.article,
  text: b.text,
})
const copyStep = (s: ProcedureStep): ProcedureStep => ({ name: s.name, description: s.description, deadline: s.deadline })
const copyFee = (f: FeeItem): FeeItem => ({ name: f.name, standard: f.standard, basis: f.basis })
const copyResponsibility = (r: Responsibility): Responsibility => ({ stage: r.stage, duty: r.duty, basis: r.basis })
const copyDeadline = (d: Deadline | null): Deadline | null => d && { value: d.value, unit: d.unit, note: d.note }

/** Trimmed parts joined by one space: stray spaces from a spreadsheet do not change an identity. */
function identity(first: string | null, second: string | null = null): string {
  const a = first?.trim() ?? ''
  const b = second?.trim() ?? ''
  return a && b ? `${a} ${b}` : a || b
}

function keyed<T>(entries: readonly T[] | null, idOf: (entry: T) => string, copy: (entry: T) => unknown): Keyed {
  const out: Keyed = Object.create(null)
  for (const entry of entries ?? []) {
    const id = idOf(entry)
    let key = id
    for (let n = 2; key in out; n++) key = `${id} #${n}`
    out[key] = copy(entry)
  }
  return out
}

export function diffItem(before: PowerItem | null, after: PowerItem | null): FieldDiff[] {
  if (before && after) return diffFields(before, after)
  if (after) return wholeItem('added', after)
  if (before) return wholeItem('removed', before)
  return []
}

/**
 * Each field is compared as it is first (cheap, allocates nothing: most items of a list are
 * untouched), then in canonical form; only fields that still differ go to json-diff, which scores
 * and copies every node it visits.
 */
function diffFields(before: PowerItem, after: PowerItem): FieldDiff[] {
  const changedBefore: Record<string, unknown> = {}
  const changedAfter: Record<string, unknown> = {}
  let changed = false
  for (const field of COMPARED_FIELDS) {
    if (sameJson(before[field], after[field])) continue
    const canonicalBefore = CANONICAL[field](before)
    const canonicalAfter = CANONICAL[field](after)
    if (sameJson(canonicalBefore, canonicalAfter)) continue // reordered, or extra keys only
    changedBefore[field] = canonicalBefore
    changedAfter[field] = canonicalAfter
    changed = true
  }
  if (!changed) return []
  const delta: unknown = jsonDiff(changedBefore, changedAfter, { full: false })
  if (delta === undefined) return [] // cannot happen (sameJson and json-diff agree); never report path ''
  const out: FieldDiff[] = []
  collect(delta, changedBefore, changedAfter, ROOT, out)
  return dropRedundantHtml(out)
}

/**
 * Turns json-diff's delta into records. json-diff decides *whether* a subtree changed (a changed
 * key is present in its delta); the values are read from the canonical objects themselves, which
 * avoids parsing json-diff's `key__added` / `key__deleted` suffixes out of user-written identities.
 */
function collect(delta: unknown, before: unknown, after: unknown, at: Location, out: FieldDiff[]): void {
  if (!isJsonObject(before) || !isJsonObject(after) || !isJsonObject(delta)) {
    out.push(record(at, before, after))
    return
  }
  const byIdentity = !at.isEntry && IDENTITY_ARRAYS.has(at.schema)
  for (const key of unionOfKeys(before, after)) {
    const child = byIdentity ? entryOf(at, key) : fieldOf(at, key)
    if (!Object.hasOwn(after, key)) out.push(record(child, before[key], null, 'removed'))
    else if (!Object.hasOwn(before, key)) out.push(record(child, null, after[key], 'added'))
    else if (Object.hasOwn(delta, key)) collect(delta[key], before[key], after[key], child, out)
  }
}

/**
 * Where the walk is: the item path shown to people, the schema path used for labels, and whether
 * this node is one entry of an identity-keyed array (its keys are then fields, not identities).
 */
interface Location {
  path: string
  schema: string
  isEntry: boolean
}

const ROOT: Location = { path: '', schema: '', isEntry: false }

function entryOf(at: Location, identity: string): Location {
  return { path: `${at.path}[${identity}]`, schema: at.schema, isEntry: true }
}

function fieldOf(at: Location, key: string): Location {
  return { path: joinKey(at.path, key), schema: joinKey(at.schema, key), isEntry: false }
}

function joinKey(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key
}

/**
 * The order records come in: for plain objects schema order (both sides share it); for keyed
 * arrays the order of the new version, then entries it no longer has, in their old order.
 */
function unionOfKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = Object.keys(after)
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) keys.push(key)
  return keys
}

function record(at: Location, before: unknown, after: unknown, kind?: FieldChangeKind): FieldDiff {
  const { path, schema } = at
  const resolved = kind ?? (before === null ? 'added' : after === null ? 'removed' : 'changed')
  const field: FieldDiff = { path, label: labelForSchemaPath(schema), kind: resolved, before, after }
  if (resolved === 'changed' && typeof before === 'string' && typeof after === 'string') {
    const long = Math.max(before.length, after.length) > TEXT_DIFF_MIN_LENGTH
    if (long || schema === 'remarks.text') field.text = textDiff(before, after)
  }
  return field
}

/** remarks.html renders remarks.text: report it only when it is the sole change (formatting). */
function dropRedundantHtml(fields: FieldDiff[]): FieldDiff[] {
  if (!fields.some((f) => f.path === 'remarks.text')) return fields
  return fields.filter((f) => f.path !== 'remarks.html')
}

/**
 * An item added or repealed as a whole: one record per field that holds something, with the
 * public (array) shape as the value. `code` is the item's identity and stands in the Diff item itself.
 */
function wholeItem(kind: 'added' | 'removed', item: PowerItem): FieldDiff[] {
  const out: FieldDiff[] = []
  for (const field of COMPARED_FIELDS) {
    const value = item[field]
    if (field === 'code' || isEmpty(value)) continue
    out.push({
      path: field,
      label: labelForSchemaPath(field),
      kind,
      before: kind === 'removed' ? value : null,
      after: kind === 'added' ? value : null,
    })
  }
  return out
}

/** Deep equality of JSON values; key order does not matter. Allocates nothing: it runs on every item. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let keys = 0
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false
    keys++
  }
  for (const _ in y) keys--
  return keys === 0
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}
