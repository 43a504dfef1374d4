/** The diff engine: public API. */
export { textDiff, tokenize } from './text-diff'
export { FIELD_LABELS, labelFor } from './field-labels'
export { diffItem } from './item-diff'
export { diffLists, type ListSide } from './list-diff'
export type { Diff, DiffItem, DiffSummary, FieldChangeKind, FieldDiff, FieldLabel, ItemChange, TextOp } from './types'
