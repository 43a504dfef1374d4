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
import type { Deadline, PowerItem } from '../power-item'
import { labelForSchemaPath } from './field-labels'
import { textDiff } from './text-diff'
import type { FieldChangeKind, FieldDiff } from './types'

type IgnoredField = 'effectiveFrom' | 'effectiveTo' | 'categoryName'
type ComparedField = Exclude<keyof PowerItem, IgnoredField>

/** Compared fields in schema order; a Record so that a new PowerItem field fails to compile here. */
const COMPARED: Record<ComparedField, true> = {
  code: true,
  name: true,
  category: true,
  parentCode: true,
  handlingUnit: true,
  legalBasis: true,
  conditions: true,
  materials: true,
  procedure: true,
  statutoryDeadline: true,
  committedDeadline: true,
  fees: true,
  responsibilities: true,
  accountability: true,
  supervisionPhone: true,
  consultationPhone: true,
  remarks: true,
}
const COMPARED_FIELDS = Object.keys(COMPARED) as ComparedField[]

/** Keys of an identity-keyed array turned into an object; null prototype so any identity is a safe key. */
type Keyed = Record<string, unknown>

/** Schema paths (without identities) of the arrays matched by identity. */
const IDENTITY_ARRAYS = new Set([
  'legalBasis',
  'responsibilities',
  'procedure',
  'fees.items',
  'materials',
  'accountability',
])

/** Strings longer than this get a text diff; shorter ones read fine as before → after. */
const TEXT_DIFF_MIN_LENGTH = 8

/**
 * The canonical form diffed: compared fields only, in schema order, entry objects rebuilt with a
 * fixed key order and identity-keyed arrays turned into objects with sorted keys. Two items that
 * differ only in order or extra keys therefore give the same `JSON.stringify`.
 */
export function canonicalItem(item: PowerItem): Record<ComparedField, unknown> {
  return {
    code: item.code,
    name: item.name,
    category: item.category,
    parentCode: item.parentCode,
    handlingUnit: item.handlingUnit,
    legalBasis: keyed(item.legalBasis, (b) => identity(b.law, b.article), (b) => ({
      law: b.law,
      documentNo: b.documentNo,
      article: b.article,
      text: b.text,
    })),
    conditions: item.conditions,
    materials: keyed(item.materials, (m) => identity(m), (m) => m),
    procedure: keyed(item.procedure, (s) => identity(s.name), (s) => ({
      name: s.name,
      description: s.description,
      deadline: s.deadline,
    })),
    statutoryDeadline: deadline(item.statutoryDeadline),
    committedDeadline: deadline(item.committedDeadline),
    fees: item.fees && {
      charged: item.fees.charged,
      items: keyed(item.fees.items, (f) => identity(f.name), (f) => ({
        name: f.name,
        standard: f.standard,
        basis: f.basis,
      })),
    },
    responsibilities: keyed(item.responsibilities, (r) => identity(r.stage), (r) => ({
      stage: r.stage,
      duty: r.duty,
      basis: r.basis,
    })),
    accountability: keyed(item.accountability, (a) => identity(a), (a) => a),
    supervisionPhone: item.supervisionPhone,
    consultationPhone: item.consultationPhone,
    remarks: item.remarks && { text: item.remarks.text, html: item.remarks.html },
  }
}

function identity(...parts: Array<string | null>): string {
  return parts
    .filter((part): part is string => part !== null && part !== undefined)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
}

function deadline(d: Deadline | null): Deadline | null {
  return d && { value: d.value, unit: d.unit, note: d.note }
}

function keyed<T>(entries: readonly T[] | null, idOf: (entry: T) => string, copy: (entry: T) => unknown): Keyed {
  const byId = new Map<string, unknown>()
  const seen = new Map<string, number>()
  for (const entry of entries ?? []) {
    const id = idOf(entry)
    const count = (seen.get(id) ?? 0) + 1
    seen.set(id, count)
    byId.set(count === 1 ? id : `${id} #${count}`, copy(entry))
  }
  const out: Keyed = Object.create(null)
  for (const id of [...byId.keys()].sort()) out[id] = byId.get(id)
  return out
}

export function diffItem(before: PowerItem | null, after: PowerItem | null): FieldDiff[] {
  if (before && after) return diffCanonical(canonicalItem(before), canonicalItem(after))
  if (after) return wholeItem('added', after)
  if (before) return wholeItem('removed', before)
  return []
}

/** Fast path first: most items in a revision are untouched, and stringify beats json-diff by far. */
function diffCanonical(before: Record<string, unknown>, after: Record<string, unknown>): FieldDiff[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const delta: unknown = jsonDiff(before, after, { full: false })
  if (delta === undefined) return [] // equal to json-diff although serialised differently
  const out: FieldDiff[] = []
  collect(delta, before, after, ROOT, out)
  return dropRedundantHtml(out)
}

/**
 * Turns json-diff's delta into records. json-diff decides *whether* a subtree changed (a changed
 * key is present in its delta); the values are read from the canonical objects themselves, which
 * avoids parsing json-diff's `key__added` / `key__deleted` suffixes out of user-written identities.
 */
function collect(delta: unknown, before: unknown, after: unknown, at: Location, out: FieldDiff[]): void {
  if (!isObject(before) || !isObject(after) || !isObject(delta)) {
    out.push(record(at, before, after))
    return
  }
  const byIdentity = !at.isEntry && IDENTITY_ARRAYS.has(at.schema)
  for (const key of unionOfKeys(before, after, byIdentity)) {
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
  const join = (prefix: string) => (prefix ? `${prefix}.${key}` : key)
  return { path: join(at.path), schema: join(at.schema), isEntry: false }
}

/** Schema order for plain objects (both sides share it); identity order for keyed arrays. */
function unionOfKeys(before: Record<string, unknown>, after: Record<string, unknown>, sort: boolean): string[] {
  const keys = [...Object.keys(before)]
  for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) keys.push(key)
  return sort ? keys.sort() : keys
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

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
