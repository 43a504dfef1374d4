import type { Role } from './actor'
import type { DeadlineUnit } from './power-item'
import type { RevisionStatus } from './revision-workflow'

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

/** 修订状态: the workflow's states (src/domain/revision-workflow.ts). */
export const STATUS_LABELS: Readonly<Record<RevisionStatus, Label>> = {
  draft: { 'zh-Hans': '草稿', en: 'Draft' },
  submitted: { 'zh-Hans': '待审查', en: 'Submitted' },
  approved: { 'zh-Hans': '审查通过', en: 'Approved' },
  rejected: { 'zh-Hans': '已退回', en: 'Rejected' },
  published: { 'zh-Hans': '已发布', en: 'Published' },
  withdrawn: { 'zh-Hans': '已撤回', en: 'Withdrawn' },
}

export type DepartmentLevel = 'national' | 'province' | 'city' | 'county'

/** 层级 of a department. */
export const LEVEL_LABELS: Readonly<Record<DepartmentLevel, Label>> = {
  national: { 'zh-Hans': '国家级', en: 'National' },
  province: { 'zh-Hans': '省级', en: 'Provincial' },
  city: { 'zh-Hans': '市级', en: 'City' },
  county: { 'zh-Hans': '县级', en: 'County' },
}

export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  admin: { 'zh-Hans': '管理员', en: 'Administrator' },
  editor: { 'zh-Hans': '编辑（法制处）', en: 'Editor (legal office)' },
  reviewer: { 'zh-Hans': '审查员（合法性审查）', en: 'Reviewer (legal review)' },
  publisher: { 'zh-Hans': '发布员', en: 'Publisher' },
  legal: { 'zh-Hans': '法规库管理（法制机构）', en: 'Legal (register of laws)' },
}

/** A deadline `{n}` units long. */
export const DEADLINE_UNIT_LABELS: Readonly<Record<DeadlineUnit, Label>> = {
  workday: { 'zh-Hans': '{n}个工作日', en: '{n} working days' },
  day: { 'zh-Hans': '{n}日', en: '{n} days' },
  month: { 'zh-Hans': '{n}个月', en: '{n} months' },
}

/** How an item changed from one published list to the next (item history). */
export type VersionChangeKind = 'added' | 'modified' | 'unchanged' | 'repealed'

export const VERSION_CHANGE_LABELS: Readonly<Record<VersionChangeKind, Label>> = {
  added: { 'zh-Hans': '新增', en: 'Added' },
  modified: { 'zh-Hans': '修改', en: 'Modified' },
  unchanged: { 'zh-Hans': '未变', en: 'Unchanged' },
  repealed: { 'zh-Hans': '取消', en: 'Repealed' },
}

/** How a field changed inside a modified item (the diff). */
export type FieldChangeKind = 'added' | 'removed' | 'changed'

export const FIELD_CHANGE_LABELS: Readonly<Record<FieldChangeKind, Label>> = {
  added: { 'zh-Hans': '新增', en: 'Added' },
  removed: { 'zh-Hans': '删除', en: 'Removed' },
  changed: { 'zh-Hans': '修改', en: 'Changed' },
}
