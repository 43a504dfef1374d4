import React from 'react'
import { ChoiceField } from './ChoiceField'
import { levelLabel, regionLabel } from './labels'
import { strings, textLang, type Locale } from './strings'

/** The level and region selects of a department filter (home page, search results): the values present, "all" first. */
export function LevelRegionFields({
  levels,
  regions,
  level,
  region,
  locale,
}: {
  levels: string[]
  regions: string[]
  level: string
  region: string
  locale: Locale
}) {
  const t = strings(locale)
  // a region asked for may cover departments without being one's own code (520000: all of Guizhou):
  // it stays selected, so submitting the form again keeps it
  const options = region && !regions.includes(region) ? [...regions, region].sort() : regions
  return (
    <>
      <ChoiceField
        name="level"
        label={t.level}
        all={t.allLevels}
        value={level}
        choices={levels.map((each) => ({ value: each, label: levelLabel(each, locale) }))}
      />
      <ChoiceField
        name="region"
        label={t.region}
        all={t.allRegions}
        value={region}
        choices={options.map((each) => labelled(each, regionLabel(each, locale), locale))}
      />
    </>
  )
}

/** Department levels in their order of authority, as far as the departments given have them. */
export const LEVEL_ORDER = ['national', 'province', 'city', 'county']

export function levelsAndRegions(departments: ReadonlyArray<{ level: string; region: string }>): { levels: string[]; regions: string[] } {
  return {
    levels: LEVEL_ORDER.filter((level) => departments.some((each) => each.level === level)),
    regions: [...new Set(departments.map((each) => each.region))].sort(),
  }
}

/** A choice whose label may be Chinese on an English page (regions are named in Chinese only). */
function labelled(value: string, label: string, locale: Locale) {
  return { value, label, lang: textLang(label, locale) }
}
