import type { ResponsibilityStage } from './power-item'

/**
 * 责任事项 stages: licensing runs 受理 → 审查 → 决定 → 送达 → 事后监管, penalties 立案 → 调查取证 →
 * 审理 → 告知 → 决定 → 送达 → 执行. One list and one set of labels for the schema, the admin, the
 * diff and the pages.
 */
export const STAGE_LABELS: Readonly<Record<ResponsibilityStage, { 'zh-Hans': string; en: string }>> = {
  acceptance: { 'zh-Hans': '受理', en: 'Acceptance' },
  review: { 'zh-Hans': '审查', en: 'Review' },
  decision: { 'zh-Hans': '决定', en: 'Decision' },
  delivery: { 'zh-Hans': '送达', en: 'Delivery' },
  supervision: { 'zh-Hans': '事后监管', en: 'Supervision' },
  filing: { 'zh-Hans': '立案', en: 'Case filing' },
  investigation: { 'zh-Hans': '调查取证', en: 'Investigation' },
  hearing: { 'zh-Hans': '审理', en: 'Hearing' },
  notification: { 'zh-Hans': '告知', en: 'Notification' },
  enforcement: { 'zh-Hans': '执行', en: 'Enforcement' },
  other: { 'zh-Hans': '其他', en: 'Other' },
}

export const RESPONSIBILITY_STAGES = Object.keys(STAGE_LABELS) as ResponsibilityStage[]
