/**
 * The public shape of a power item (权力事项) — API.md "PowerItem".
 * This is the one item schema: seeds, revisions, snapshots, diffs, the public API and
 * import/export all speak it. Absent values are `null` or `[]`, never missing keys.
 */
import type { CategoryCode } from './categories'

export type DeadlineUnit = 'workday' | 'day' | 'month'

export interface Deadline {
  value: number
  unit: DeadlineUnit
  note: string | null
}

/** 设定依据 / 实施依据. Identity for diffs: law + article. */
export interface LegalBasis {
  law: string
  documentNo: string | null
  article: string | null
  text: string
}

/** 办理流程 step. Identity: name. `deadline` is free text such as "1个工作日". */
export interface ProcedureStep {
  name: string
  description: string
  deadline: string | null
}

export interface FeeItem {
  name: string
  standard: string
  basis: string | null
}

export interface Fees {
  charged: boolean
  items: FeeItem[]
}

export type ResponsibilityStage =
  // licensing and most other categories
  | 'acceptance' // 受理
  | 'review' // 审查
  | 'decision' // 决定
  | 'delivery' // 送达
  | 'supervision' // 事后监管
  // penalties
  | 'filing' // 立案
  | 'investigation' // 调查取证
  | 'hearing' // 审理
  | 'notification' // 告知
  | 'enforcement' // 执行
  | 'other' // 其他

/** 责任事项. Identity: stage. */
export interface Responsibility {
  stage: ResponsibilityStage
  duty: string
  basis: string | null
}

export interface RichText {
  text: string
  html: string
}

export interface PowerItem {
  code: string
  name: string
  category: CategoryCode
  categoryName: string
  parentCode: string | null
  /**
   * 来源编码: the code the publishing office itself uses for the item (a national basic code such as
   * 000131127004, or a provincial scheme), kept by import. Absent on items that never had one, so
   * snapshots published before the field existed keep their hashes.
   */
  sourceCode?: string | null
  handlingUnit: string | null
  legalBasis: LegalBasis[]
  conditions: string | null
  materials: string[]
  procedure: ProcedureStep[]
  statutoryDeadline: Deadline | null
  committedDeadline: Deadline | null
  fees: Fees
  responsibilities: Responsibility[]
  accountability: string[]
  supervisionPhone: string | null
  consultationPhone: string | null
  remarks: RichText | null
  /** YYYY-MM-DD */
  effectiveFrom: string | null
  /** YYYY-MM-DD */
  effectiveTo: string | null
}
