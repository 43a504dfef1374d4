/**
 * Enumerations as the pages show them: the labels of src/domain/labels.ts (and the categories and
 * responsibility stages) in the reader's locale, zh-Hant converted from Simplified.
 */
import { CATEGORIES, type CategoryCode } from '@/domain/categories'
import { LABELS, type FieldChangeKind, type Label, type VersionChangeKind } from '@/domain/labels'
import type { Locale } from '@/domain/locales'
import type { DeadlineUnit, ResponsibilityStage } from '@/domain/power-item'
import { regionName } from '@/domain/regions'
import { STAGE_LABELS } from '@/domain/responsibility-stages'
import { inScript } from '@/domain/script'
import { fmt, strings } from './strings'

export type { FieldChangeKind, VersionChangeKind }

/** A label known in zh-Hans and en, shown in the locale (zh-Hant converted). */
export function pick(label: Label, locale: Locale): string {
  return locale === 'en' ? label.en : inScript(label['zh-Hans'], locale)
}

export function levelLabel(level: string, locale: Locale): string {
  return Object.hasOwn(LABELS.level, level) ? pick(LABELS.level[level as keyof typeof LABELS.level], locale) : level
}

/** A region as a reader knows it, 贵阳市（520100）, in their script; the code alone where its name is not known. */
export function regionLabel(code: string, locale: Locale): string {
  const name = regionName(code)
  const t = strings(locale)
  return name ? fmt(t.regionNamed, { name: inScript(name, locale), code }) : `${t.regionCode} ${code}`
}

export function categoryLabel(code: CategoryCode, locale: Locale): string {
  return CATEGORIES[code][locale]
}

export function stageLabel(stage: ResponsibilityStage, locale: Locale): string {
  return pick(STAGE_LABELS[stage] ?? { 'zh-Hans': stage, en: stage }, locale)
}

export function changeLabel(change: VersionChangeKind, locale: Locale): string {
  return pick(LABELS.versionChange[change], locale)
}

export function fieldKindLabel(kind: FieldChangeKind, locale: Locale): string {
  return pick(LABELS.fieldChange[kind], locale)
}

export function deadlineText(deadline: { value: number; unit: DeadlineUnit } | null, locale: Locale): string | null {
  if (!deadline) return null
  const unit: Label = LABELS.deadlineUnit[deadline.unit] ?? { 'zh-Hans': `{n}${deadline.unit}`, en: `{n} ${deadline.unit}` }
  return fmt(pick(unit, locale), { n: deadline.value })
}

/** A deadline unit on its own, e.g. 工作日 / working days. */
export function unitLabel(unit: DeadlineUnit, locale: Locale): string {
  const label: Label | undefined = LABELS.deadlineUnit[unit]
  return label ? pick(label, locale).replace(/\{n\}\s*/, '') : unit
}
