/**
 * Shapes of the diff engine: API.md "Diff". Everything here is plain JSON so a Diff can be
 * served by the public API, stored with a revision and rendered by the admin "Changes" view.
 */
import type { CategoryCode } from '../categories'
import type { SnapshotRef } from '../snapshot-ref'
import type { Totals } from '../totals'

/** One run of a text diff. Concatenating equal+delete values gives `before`, equal+insert gives `after`. */
export interface TextOp {
  op: 'equal' | 'insert' | 'delete'
  value: string
}

/** A field label in the two locales the diff is shown in. */
export interface FieldLabel {
  'zh-Hans': string
  en: string
}

export type FieldChangeKind = 'added' | 'removed' | 'changed'

/** One change inside one power item. `path` format: see item-diff.ts. */
export interface FieldDiff {
  path: string
  label: FieldLabel
  kind: FieldChangeKind
  /** `null` when kind is 'added'. */
  before: unknown
  /** `null` when kind is 'removed'. */
  after: unknown
  /** Character/word level diff, present for changed long strings. */
  text?: TextOp[]
}

export type ItemChange = 'added' | 'modified' | 'repealed'

export interface DiffItem {
  code: string
  name: string
  category: CategoryCode
  change: ItemChange
  fields: FieldDiff[]
}

export interface DiffSummary {
  before: Totals
  after: Totals
  added: number
  modified: number
  repealed: number
}

export interface Diff {
  from: SnapshotRef | null
  to: SnapshotRef
  summary: DiffSummary
  items: DiffItem[]
}
