import type { Role } from './actor'
import type { DeadlineUnit } from './power-item'
import type { Change } from './proposal'
import type { VersionStatus } from './laws/law'
import type { RevisionStatus, WorkflowEvent } from './revision-workflow'

/**
 * Labels of the enumerations, in one place, for the admin, the pages and the API docs. Written in
 * Simplified Chinese and English; Traditional Chinese is derived (src/domain/script.ts).
 * Responsibility stages keep their own module (src/domain/responsibility-stages.ts) beside the list.
 */
export interface Label {
  'zh-Hans': string
  en: string
}

/** Payload's admin takes labels keyed by its i18n languages ('zh' is Simplified Chinese). */
export function adminLabel(label: Label): { zh: string; en: string } {
  return { zh: label['zh-Hans'], en: label.en }
}

/** A label in the admin's language (Payload's `i18n.language`: 'zh' or 'en'); Chinese by default. */
export function adminText(label: Label, language: string): string {
  return language === 'en' ? label.en : label['zh-Hans']
}

export type DepartmentLevel = 'national' | 'province' | 'city' | 'county'

/** How an item changed from one published list to the next (item history). */
export type VersionChangeKind = 'added' | 'modified' | 'unchanged' | 'repealed'

/** How a field changed inside a modified item (the diff). */
export type FieldChangeKind = 'added' | 'removed' | 'changed'

/**
 * Every enumeration's labels, one table: `LABELS.status.submitted`, `LABELS.level.city`… The
 * admin shows them through adminLabel, the pages through pick (src/app/components/labels.ts).
 */
export const LABELS = {
  /** 修订状态: the workflow's states (src/domain/revision-workflow.ts) */
  status: {
    draft: { 'zh-Hans': '草稿', en: 'Draft' },
    submitted: { 'zh-Hans': '待审查', en: 'Submitted' },
    approved: { 'zh-Hans': '审查通过', en: 'Approved' },
    rejected: { 'zh-Hans': '已退回', en: 'Rejected' },
    published: { 'zh-Hans': '已发布', en: 'Published' },
    withdrawn: { 'zh-Hans': '已撤回', en: 'Withdrawn' },
  } satisfies Record<RevisionStatus, Label>,
  /** the workflow's events, as the admin's buttons name them */
  event: {
    submit: { 'zh-Hans': '提交审查', en: 'Submit' },
    approve: { 'zh-Hans': '审查通过', en: 'Approve' },
    reject: { 'zh-Hans': '退回', en: 'Reject' },
    revise: { 'zh-Hans': '重新编辑', en: 'Reopen' },
    withdraw: { 'zh-Hans': '撤回', en: 'Withdraw' },
    publish: { 'zh-Hans': '发布', en: 'Publish' },
  } satisfies Record<WorkflowEvent, Label>,
  /** 层级 of a department */
  level: {
    national: { 'zh-Hans': '国家级', en: 'National' },
    province: { 'zh-Hans': '省级', en: 'Provincial' },
    city: { 'zh-Hans': '市级', en: 'City' },
    county: { 'zh-Hans': '县级', en: 'County' },
  } satisfies Record<DepartmentLevel, Label>,
  role: {
    admin: { 'zh-Hans': '管理员', en: 'Administrator' },
    editor: { 'zh-Hans': '编辑（法制处）', en: 'Editor (legal office)' },
    reviewer: { 'zh-Hans': '审查员（合法性审查）', en: 'Reviewer (legal review)' },
    publisher: { 'zh-Hans': '发布员', en: 'Publisher' },
    legal: { 'zh-Hans': '法规库管理（法制机构）', en: 'Legal (register of laws)' },
  } satisfies Record<Role, Label>,
  /** a deadline `{n}` units long */
  deadlineUnit: {
    workday: { 'zh-Hans': '{n}个工作日', en: '{n} working days' },
    day: { 'zh-Hans': '{n}日', en: '{n} days' },
    month: { 'zh-Hans': '{n}个月', en: '{n} months' },
  } satisfies Record<DeadlineUnit, Label>,
  versionChange: {
    added: { 'zh-Hans': '新增', en: 'Added' },
    modified: { 'zh-Hans': '修改', en: 'Modified' },
    unchanged: { 'zh-Hans': '未变', en: 'Unchanged' },
    repealed: { 'zh-Hans': '取消', en: 'Repealed' },
  } satisfies Record<VersionChangeKind, Label>,
  /** a proposal's action (proposal.ts) */
  proposalAction: {
    add: { 'zh-Hans': '新增', en: 'Add' },
    modify: { 'zh-Hans': '修改', en: 'Modify' },
    repeal: { 'zh-Hans': '取消', en: 'Repeal' },
  } satisfies Record<Change['action'], Label>,
  fieldChange: {
    added: { 'zh-Hans': '新增', en: 'Added' },
    removed: { 'zh-Hans': '删除', en: 'Removed' },
    changed: { 'zh-Hans': '修改', en: 'Changed' },
  } satisfies Record<FieldChangeKind, Label>,
  /** a version of a law in the register */
  lawVersionStatus: {
    'in-force': { 'zh-Hans': '施行', en: 'In force' },
    amended: { 'zh-Hans': '修订', en: 'Amended' },
    repealed: { 'zh-Hans': '废止', en: 'Repealed' },
  } satisfies Record<VersionStatus, Label>,
} as const
