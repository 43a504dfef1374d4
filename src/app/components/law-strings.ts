import { LAW_LEVEL_NAMES, type LawLevel, type LawStatus, type VersionStatus } from '../../domain/laws/law'
import type { Locale } from '../../domain/locales'
import { pick } from './labels'

/** The strings of the register pages (/laws), in zh-Hans and en; zh-Hant is converted. */
const TEXT = {
  laws: { 'zh-Hans': '法律法规', en: 'Laws' },
  lawsIntro: {
    'zh-Hans': '各部门权责清单所依据的法律法规，及其施行、修订、废止情况。',
    en: 'The laws the lists rest on, and when they took effect, were amended or repealed.',
  },
  search: { 'zh-Hans': '名称或文号', en: 'Title or document number' },
  find: { 'zh-Hans': '查找', en: 'Find' },
  title: { 'zh-Hans': '名称', en: 'Title' },
  level: { 'zh-Hans': '效力级别', en: 'Level' },
  documentNo: { 'zh-Hans': '文号', en: 'Document number' },
  status: { 'zh-Hans': '状态', en: 'Status' },
  none: { 'zh-Hans': '没有找到法律法规。', en: 'No law found.' },
  history: { 'zh-Hans': '沿革', en: 'History' },
  effectiveFrom: { 'zh-Hans': '生效日期', en: 'Effective from' },
  unknownDate: { 'zh-Hans': '（不详）', en: '(not recorded)' },
  replacedBy: { 'zh-Hans': '由何法取代', en: 'Replaced by' },
  noHistory: { 'zh-Hans': '法规库尚未录入本法规的沿革。', en: 'The register holds no history of this law yet.' },
  items: { 'zh-Hans': '依据本法规的权力事项', en: 'Powers resting on this law' },
  itemsOn: { 'zh-Hans': '{date} 施行的清单中共 {count} 项', en: '{count} in the lists in force on {date}' },
  asOf: { 'zh-Hans': '日期', en: 'As of' },
  show: { 'zh-Hans': '查看', en: 'Show' },
  department: { 'zh-Hans': '部门', en: 'Department' },
  code: { 'zh-Hans': '编码', en: 'Code' },
  item: { 'zh-Hans': '事项', en: 'Item' },
  articles: { 'zh-Hans': '条款', en: 'Articles' },
  issuingBody: { 'zh-Hans': '制定机关', en: 'Issuing body' },
  aliases: { 'zh-Hans': '简称', en: 'Also cited as' },
  badDate: { 'zh-Hans': '日期应为 YYYY-MM-DD，已显示今日。', en: 'The date must be YYYY-MM-DD; showing today.' },
} as const

export type LawText = keyof typeof TEXT

export function lawText(key: LawText, locale: Locale, values: Record<string, string | number> = {}): string {
  return pick(TEXT[key], locale).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole))
}

const STATUS: Record<LawStatus | VersionStatus, { 'zh-Hans': string; en: string }> = {
  'in-force': { 'zh-Hans': '施行', en: 'In force' },
  amended: { 'zh-Hans': '修订', en: 'Amended' },
  repealed: { 'zh-Hans': '已废止', en: 'Repealed' },
  'not-yet-in-force': { 'zh-Hans': '尚未施行', en: 'Not yet in force' },
  // the register has not recorded whether it is in force: the law is not missing, its status is
  unknown: { 'zh-Hans': '效力状态未录入', en: 'Status not recorded' },
}

export const lawStatusLabel = (status: LawStatus | VersionStatus, locale: Locale) => pick(STATUS[status], locale)
export const lawLevelLabel = (level: LawLevel, locale: Locale) => pick(LAW_LEVEL_NAMES[level], locale)
