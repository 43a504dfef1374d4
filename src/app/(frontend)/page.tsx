import type { Metadata } from 'next'
import React from 'react'
import { CATEGORY_CODES } from '@/domain/categories'
import { localizedDepartmentName } from '@/server/public/locale'
import { departmentOverviews } from '@/services/public-read'
import { categoryLabel, levelLabel } from '@/app/components/labels'
import { fmt, localeOf, strings } from '@/app/components/strings'
import { payload } from '@/app/components/page-data'
import { Shell } from '@/app/components/Shell'
import { flatten, urls, type SearchParams } from '@/app/components/urls'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = strings(localeOf((await searchParams).locale))
  return { title: { absolute: `${t.homeTitle} · ${t.siteName}` } }
}

/** Home: every department with its list in force today, counted by category. */
export default async function Home({ searchParams }: Props) {
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const t = strings(locale)
  const departments = await departmentOverviews(await payload())
  return (
    <Shell locale={locale} path="/" query={query}>
      <h1>{t.homeTitle}</h1>
      <p className="lead">{t.homeIntro}</p>
      <h2 className="visually-hidden">{t.departments}</h2>
      <ul className="cards">
        {departments.map((department) => {
          const name = localizedDepartmentName(department.names, locale)
          const totals = department.totals
          const codes = CATEGORY_CODES.filter((code) => totals?.byCategory[code])
          return (
            <li className="card" key={department.code}>
              <section aria-labelledby={`dept-${department.code}`}>
                <h3 id={`dept-${department.code}`} className="card__title">
                  <a href={urls.department(department.code, locale)}>{name}</a>
                </h3>
                <p className="muted small">
                  {levelLabel(department.level, locale)} · {t.regionCode} {department.region}
                </p>
                {department.currentSnapshot && totals ? (
                  <>
                    <p className="card__stats">
                      <span className="stat">
                        <strong>{totals.powers}</strong> {locale === 'en' ? t.powers.toLowerCase() : t.powers}
                      </span>
                      {totals.byCategory.GG > 0 && (
                        <span className="stat">
                          <strong>{totals.byCategory.GG}</strong> {locale === 'en' ? t.services.toLowerCase() : t.services}
                        </span>
                      )}
                    </p>
                    <p className="muted small">
                      {t.listInForce} · {fmt(t.inForceSince, { date: department.currentSnapshot.effectiveFrom })}
                    </p>
                    <table className="compact">
                      <caption>{fmt(t.byCategory, { dept: name })}</caption>
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
                          <tr key={code}>
                            <th scope="row">
                              <a href={urls.department(department.code, locale, { category: code })}>{categoryLabel(code, locale)}</a>
                            </th>
                            <td className="num">{totals.byCategory[code]}</td>
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <tr>
                          <th scope="row">{t.total}</th>
                          <td className="num">{totals.all}</td>
                        </tr>
                      </tfoot>
                    </table>
                    <p>
                      <a className="button" href={urls.department(department.code, locale)}>
                        {fmt(t.viewList, { dept: name })}
                      </a>
                    </p>
                  </>
                ) : (
                  <p className="muted">{t.noList}</p>
                )}
              </section>
            </li>
          )
        })}
      </ul>
    </Shell>
  )
}
