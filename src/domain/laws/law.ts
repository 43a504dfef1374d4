/**
 * A law in the register (法律法规库): what items' legal bases rest on. Its history is a list of
 * dated versions, each saying what the law is from that date on: enacted (in force), amended (a new
 * text, articles perhaps renumbered) or repealed (perhaps replaced by another law). An amendment or
 * repeal is a "law change"; its article map says where each old article went.
 */
export const LAW_LEVELS = ['law', 'administrative-regulation', 'local-regulation', 'department-rule', 'local-government-rule', 'normative-document'] as const
export type LawLevel = (typeof LAW_LEVELS)[number]

export const LAW_LEVEL_NAMES: Record<LawLevel, { 'zh-Hans': string; en: string }> = {
  law: { 'zh-Hans': '法律', en: 'Law' },
  'administrative-regulation': { 'zh-Hans': '行政法规', en: 'Administrative regulation' },
  'local-regulation': { 'zh-Hans': '地方性法规', en: 'Local regulation' },
  'department-rule': { 'zh-Hans': '部门规章', en: 'Department rule' },
  'local-government-rule': { 'zh-Hans': '地方政府规章', en: 'Local government rule' },
  'normative-document': { 'zh-Hans': '规范性文件', en: 'Normative document' },
}

export const VERSION_STATUSES = ['in-force', 'amended', 'repealed'] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

/** old article → new article; `to: null` means the article is gone */
export interface ArticleMapping {
  from: string
  to: string | null
}

export interface LawVersion {
  /** null: in force since before the register's records begin */
  effectiveFrom: string | null
  status: VersionStatus
  documentNo: string | null
  /** the law that takes this one's place (a repeal by a new law, or a renaming) */
  replacedBy: string | null
  articleMap: ArticleMapping[]
  note: string | null
}

export interface Law {
  id: string
  title: string
  /** short and historical names offices write, e.g. 公司法, 工商总局83号令 */
  aliases: string[]
  /** citations linked to this law by hand from the unresolved-citation report */
  links: string[]
  level: LawLevel
  issuingBody: string | null
  documentNo: string | null
  versions: LawVersion[]
}

/** `unknown`: the register holds no history for the law, so it cannot say */
export type LawStatus = 'in-force' | 'repealed' | 'not-yet-in-force' | 'unknown'

/** The versions in date order; an undated first version comes first. */
export function versionsInOrder(law: Pick<Law, 'versions'>): LawVersion[] {
  return [...law.versions].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''))
}

/** The version that governs on `date`: the newest one with effectiveFrom <= date. */
export function versionOn(law: Pick<Law, 'versions'>, date: string): LawVersion | null {
  let found: LawVersion | null = null
  for (const version of versionsInOrder(law)) if ((version.effectiveFrom ?? '') <= date) found = version
  return found
}

export function statusOn(law: Pick<Law, 'versions'>, date: string): LawStatus {
  if (!law.versions.length) return 'unknown'
  const version = versionOn(law, date)
  if (version) return version.status === 'repealed' ? 'repealed' : 'in-force'
  // before the first recorded event: an enactment had not happened yet; an amendment or repeal had a law to act on
  return versionsInOrder(law)[0].status === 'in-force' ? 'not-yet-in-force' : 'in-force'
}

/** Amendments and repeals: the changes whose impact on the lists is worth showing. */
export function changesOf(law: Pick<Law, 'versions'>): LawVersion[] {
  return versionsInOrder(law).filter((version) => version.status !== 'in-force' && version.effectiveFrom)
}

/** The change a draft revision answers: the newest amendment or repeal on or before `date`. */
export function changeOn(law: Pick<Law, 'versions'>, date: string): LawVersion | null {
  return (
    changesOf(law)
      .filter((version) => version.effectiveFrom! <= date)
      .pop() ?? null
  )
}

/** What the public may see on `today`: versions already in effect. */
export function publicVersions(law: Pick<Law, 'versions'>, today: string): LawVersion[] {
  return versionsInOrder(law).filter((version) => (version.effectiveFrom ?? '') <= today)
}

/** The document number in force on a date: the governing version's, else the law's own. */
export function documentNoOn(law: Law, date: string): string | null {
  return versionOn(law, date)?.documentNo ?? law.documentNo
}
