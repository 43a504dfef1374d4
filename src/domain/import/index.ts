/** Import of published lists: pure rules. The service reads files and the database. */
export {
  HEADER_SYNONYMS,
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  headerMatcher,
  normaliseHeader,
  synonymsFromRows,
  type HeaderMatcher,
  type HeaderTable,
  type HeadingRow,
  type ImportField,
} from './headers'
export { cleanCell, readSheet, spreadMerges, type SheetTable } from './layout'
export { ACCEPTED_CATEGORY_NAMES, resolveCategory } from './categories'
export { planDepartmentImport, type AssignedCode, type ImportPlan, type PlanInput } from './build'
export { completenessOf, formatRatio, type Completeness, type ItemCompleteness } from './completeness'
export * from './cells'
export { EXPORT_COLUMNS, exportRows } from './export-columns'
export { describeIssue, ImportFileError, type CellRange, type ImportCell, type ImportIssue, type ImportRecord, type SheetInput } from './types'
