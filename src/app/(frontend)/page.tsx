import type { Metadata } from 'next'
import React from 'react'
import { CATEGORY_CODES } from '../../domain/categories'
import { todayInChina } from '../../domain/dates'
import { inEitherScript } from '../../domain/script'
import type { Totals } from '../../domain/totals'
import { departmentOverviewsIn, publicIndex } from '../../services/public-index'
import { inRegion, isRegionCode } from '../../domain/regions'
import type { DepartmentOverview } from '../../services/public-read'
import { categoryLabel, levelLabel, regionLabel } from '@/app/components/labels'
import { fmt, localeOf, pageTitle, strings, textLang, type Locale } from '@/app/components/strings'
import { payload } from '../components/page-data'
import { LEVEL_ORDER, LevelRegionFields, levelsAndRegions } from '../components/LevelRegionFields'
import { DepartmentLink } from '../components/DepartmentLink'
import { SearchBox } from '../components/SearchBox'
import { Shell } from '../components/Shell'
import { flatten, urls, type SearchParams } from '../components/urls'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  return { title: pageTitle(strings(locale).homeTitle, locale), alternates: { types: { 'application/atom+xml': urls.feed() } } }
}

/**
 * Home at province size: a search box over every list, the province's items by category, and the
 * departments grouped by level and region, filterable by level, region and name. Read from the
 * in-memory public index (services/public-index), so 500 departments cost no per-department query.
 */
export default async function Home({ searchParams }: Props) {
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const t = strings(locale)
  const all = departmentOverviewsIn(await publicIndex(await payload()), todayInChina())
  const { levels, regions } = levelsAndRegions(all)
  // a region covers the regions inside it (520000: all of Guizhou), as in search
  const [level, region, name] = [
    levels.includes(query.level) ? query.level : '',
    isRegionCode(query.region ?? '') ? query.region : '',
    (query.name ?? '').trim(),
  ]
  const holdsName = inEitherScript(name)
  const shown = all.filter(
    (each) =>
      (!level || each.level === level) &&
      inRegion(each.region, region) &&
      (!name || Object.values(each.names).some((text) => text && holdsName(text)) || each.code.includes(name.toLowerCase())),
  )
  return (
    <Shell locale={locale} path="/" query={query}>
      <h1>{t.homeTitle}</h1>
      <p className="lead">{t.homeIntro}</p>
      <SearchBox locale={locale} />
      <ProvinceTotals totals={all.flatMap((each) => (each.totals ? [each.totals] : []))} locale={locale} />
      <section aria-labelledby="departments-title">
        <h2 id="departments-title">
          {t.departments} <span className="muted small">{fmt(t.departmentsTotal, { n: shown.length })}</span>
        </h2>
        <form method="get" action="/" className="filter panel" aria-label={t.findDepartments}>
          {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
          <LevelRegionFields levels={levels} regions={regions} level={level} region={region} locale={locale} />
          <div className="field">
            <label htmlFor="name">{t.departmentName}</label>
            <input id="name" name="name" type="search" defaultValue={name} />
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t.submit}
            </button>
            <a href={urls.home(locale)}>{t.reset}</a>
          </div>
        </form>
        {shown.length === 0 && <p>{t.noDepartments}</p>}
        {LEVEL_ORDER.map((each) => (
          <LevelGroup key={each} level={each} departments={shown.filter((department) => department.level === each)} locale={locale} />
        ))}
      </section>
    </Shell>
  )
}

function ProvinceTotals({ totals, locale }: { totals: Totals[]; locale: Locale }) {
  const t = strings(locale)
  const sum = (pick: (totals: Totals) => number) => totals.reduce((n, each) => n + pick(each), 0)
  const codes = CATEGORY_CODES.filter((code) => sum((each) => each.byCategory[code]) > 0)
  if (totals.length === 0) return null
  return (
    <section aria-labelledby="province-totals" className="panel">
      <h2 id="province-totals">{t.provinceTotals}</h2>
      <table className="compact" data-totals="province">
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col" className="num">
              {t.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code} data-category={code}>
              <th scope="row">
                <a href={urls.search(locale, { category: code })}>{categoryLabel(code, locale)}</a>
              </th>
              <td className="num">{sum((each) => each.byCategory[code])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            <td className="num">{sum((each) => each.all)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}

function LevelGroup({ level, departments, locale }: { level: string; departments: DepartmentOverview[]; locale: Locale }) {
  if (departments.length === 0) return null
  const regions = [...new Set(departments.map((each) => each.region))].sort()
  const t = strings(locale)
  return (
    <section aria-labelledby={`level-${level}`} data-level={level}>
      <h3 id={`level-${level}`}>
        {levelLabel(level, locale)} <span className="muted small">{fmt(t.departmentsTotal, { n: departments.length })}</span>
      </h3>
      {regions.map((region) => (
        <section key={region} aria-label={`${levelLabel(level, locale)} ${regionLabel(region, locale)}`} data-region={region}>
          {regions.length > 1 && <RegionHeading region={region} locale={locale} />}
          <ul className="cards">
            {departments
              .filter((each) => each.region === region)
              .map((department) => (
                <DepartmentCard key={department.code} department={department} locale={locale} heading={regions.length > 1 ? 'h5' : 'h4'} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

/**
 * A card says what a citizen picks a department by: its name, how many powers and services it
 * lists and since when. The by-category breakdown lives on the department's page (its category
 * filter counts them): at 500 departments a table per card made the home page 2.4 MB.
 */
function DepartmentCard({ department, locale, heading: Heading }: { department: DepartmentOverview; locale: Locale; heading: 'h4' | 'h5' }) {
  const t = strings(locale)
  const totals = department.totals
  return (
    <li className="card" data-department={department.code}>
      <Heading className="card__title">
        <DepartmentLink code={department.code} names={department.names} locale={locale} />
      </Heading>
      {department.currentSnapshot && totals ? (
        <p className="card__stats">
          <span className="stat">
            <strong>{totals.powers}</strong> {fmt(t.powersUnit, { n: totals.powers })}
          </span>
          {totals.byCategory.GG > 0 && (
            <span className="stat">
              <strong>{totals.byCategory.GG}</strong> {fmt(t.servicesUnit, { n: totals.byCategory.GG })}
            </span>
          )}
          <span className="muted small">{fmt(t.inForceSince, { date: department.currentSnapshot.effectiveFrom })}</span>
        </p>
      ) : (
        <p className="muted">{t.noList}</p>
      )}
    </li>
  )
}

/** A region's name, in Chinese on every page: the table of divisions has no other language. */
function RegionHeading({ region, locale }: { region: string; locale: Locale }) {
  const label = regionLabel(region, locale)
  return (
    <h4 className="muted" lang={textLang(label, locale)}>
      {label}
    </h4>
  )
}
