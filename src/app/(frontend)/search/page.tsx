import type { Metadata } from 'next'
import React from 'react'
import { CATEGORY_CODES } from '../../../domain/categories'
import { todayInChina } from '../../../domain/dates'
import { inScript } from '../../../domain/script'
import { publicIndex } from '../../../services/public-index'
import { searchLists } from '../../../services/search'
import { categoryLabel, levelLabel } from '@/app/components/labels'
import { fmt, localeOf, pageTitle, strings, zhLang } from '@/app/components/strings'
import { AsOfField } from '../../components/AsOfField'
import { DepartmentLink } from '../../components/DepartmentLink'
import { PageQuery, payload } from '../../components/page-data'
import { Pagination } from '../../components/Pagination'
import { LevelRegionFields, levelsAndRegions } from '../../components/LevelRegionFields'
import { SearchBox } from '../../components/SearchBox'
import { Shell } from '../../components/Shell'
import { flatten, urls, type SearchParams } from '../../components/urls'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<SearchParams> }

const LIMIT = 20
/** departments listed beside the results, busiest first; the rest are counted */
const DEPARTMENT_FACETS = 30

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  return { title: pageTitle(strings(locale).searchTitle, locale) }
}

/** Results of the search over every list in force (the public API's /search, as a page), with facets as links. */
export default async function SearchPage({ searchParams }: Props) {
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const t = strings(locale)
  const reader = new PageQuery(query, locale)
  const terms = reader.search('q')
  const category = reader.category('category')
  const asOf = reader.date('asOf', t.asOf)
  const page = reader.page('page')
  const level = reader.raw('level')
  const region = reader.raw('region')
  const validLevel = reader.level('level')
  const validRegion = reader.region('region')
  const problems = reader.messages
  const today = todayInChina()
  const db = await payload()
  const index = await publicIndex(db)
  const result = await searchLists(db, index, { query: terms, category, level: validLevel, region: validRegion, asOf, page, limit: LIMIT }, today)
  const q = reader.raw('q')
  const base = { q, category, level, region, asOf }
  // a department's page shows the same terms, category and date: its count is the facet's
  const inDepartment = { q, category, asOf }
  const pages = Math.max(1, Math.ceil(result.totalItems / LIMIT))
  // filters only when there is something to filter
  const found = result.totalItems > 0
  return (
    <Shell locale={locale} path="/search" query={query}>
      <h1>{t.searchTitle}</h1>
      <SearchBox locale={locale} q={q} />
      <form method="get" action="/search" className="filter panel" aria-label={t.narrowSearch}>
        {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
        {q && <input type="hidden" name="q" value={q} />}
        {category && <input type="hidden" name="category" value={category} />}
        <LevelRegionFields {...levelsAndRegions(index.departments)} level={validLevel ?? ''} region={validRegion ?? ''} locale={locale} />
        <AsOfField value={reader.raw('asOf')} locale={locale} />
        <div className="actions">
          <button type="submit" className="button">
            {t.submit}
          </button>
          <a href={urls.search(locale, { q })}>{t.reset}</a>
        </div>
      </form>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="result-count" role="status" data-total={result.totalItems}>
        {q ? fmt(t.searchSummary, { q, n: result.totalItems }) : fmt(t.searchSummaryAll, { n: result.totalItems })}
        {asOf && <span className="muted"> · {fmt(t.searchInForceOn, { date: result.asOf })}</span>}
      </p>
      <div className={found ? 'search-layout' : undefined}>
        {found && (
          <aside aria-label={t.filter} className="facets">
            <h2 className="small">{t.category}</h2>
            <ul>
              {category && (
                <li>
                  <a href={urls.search(locale, { ...base, category: undefined })}>{t.allCategories}</a>
                </li>
              )}
              {CATEGORY_CODES.filter((code) => result.facets.byCategory[code] > 0).map((code) => (
                <li key={code} data-category={code}>
                  <a href={urls.search(locale, { ...base, category: code })} aria-current={code === category ? 'true' : undefined}>
                    {categoryLabel(code, locale)}
                  </a>{' '}
                  <span className="muted">{result.facets.byCategory[code]}</span>
                </li>
              ))}
            </ul>
            <h2 className="small">{t.byDepartment}</h2>
            <ul>
              {result.facets.byDepartment.slice(0, DEPARTMENT_FACETS).map(({ department, count }) => (
                <li key={department.code} data-department={department.code}>
                  <DepartmentLink code={department.code} names={department.names} locale={locale} query={inDepartment} /> <span className="muted">{count}</span>
                </li>
              ))}
            </ul>
            {result.facets.byDepartment.length > DEPARTMENT_FACETS && (
              <p className="muted small">{fmt(t.moreDepartments, { n: result.facets.byDepartment.length - DEPARTMENT_FACETS })}</p>
            )}
          </aside>
        )}
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t.searchTitle}
          </h2>
          {result.hits.length === 0 ? (
            <>
              <p>{t.searchEmpty}</p>
              {/* item texts are Chinese: a search in other words can only miss */}
              {q && !/[\p{Script=Han}\d]/u.test(q) && <p className="hint">{t.searchNotChinese}</p>}
            </>
          ) : (
            <table className="items stack">
              <thead>
                <tr>
                  <th scope="col">{t.code}</th>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.category}</th>
                  <th scope="col">{t.department}</th>
                </tr>
              </thead>
              <tbody>
                {result.hits.map(({ department, entry, snapshot }) => (
                  <tr key={`${department.code}/${entry.code}`}>
                    <td className="stack__lead" data-label={t.code}>
                      <code>{entry.code}</code>
                    </td>
                    <th scope="row" data-label={t.name} lang={zhLang(locale)}>
                      <a href={urls.item(department.code, entry.code, locale, asOf ? { asOf } : {})}>{inScript(entry.name, locale)}</a>
                    </th>
                    <td data-label={t.category}>{categoryLabel(entry.category, locale)}</td>
                    <td data-label={t.department} className="department">
                      {/* one block beside the label on a phone (a stacked cell lays its children out as columns) */}
                      <span>
                        <DepartmentLink code={department.code} names={department.names} locale={locale} query={inDepartment} />
                        <span className="muted small">
                          {' '}
                          · {levelLabel(department.level, locale)} · {fmt(t.inForceSince, { date: snapshot.effectiveFrom })}
                        </span>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={result.page} pages={pages} href={(n) => urls.search(locale, { ...base, page: n })} t={t} maxLinks={20} />
        </section>
      </div>
    </Shell>
  )
}
