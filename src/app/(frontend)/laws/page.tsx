import type { Metadata } from 'next'
import React from 'react'
import { publicLaws } from '../../../services/public-laws'
import { inScript as script } from '@/domain/script'
import { localeOf, pageTitle } from '@/app/components/strings'
import { lawLevelLabel, lawStatusLabel, lawText } from '../../components/law-strings'
import { payload } from '../../components/page-data'
import { Shell } from '../../components/Shell'
import { flatten, href, type SearchParams } from '../../components/urls'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  return { title: pageTitle(lawText('laws', locale), locale) }
}

/** The register of laws: search by title or document number, each law with its status today. */
export default async function LawsPage({ searchParams }: Props) {
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const q = (query.q ?? '').slice(0, 200)
  const { laws } = await publicLaws(await payload(), q || undefined)
  return (
    <Shell locale={locale} path="/laws" query={query} crumbs={[{ label: lawText('laws', locale) }]}>
      <h1>{lawText('laws', locale)}</h1>
      <p className="lead">{lawText('lawsIntro', locale)}</p>
      <form method="get" action="/laws" className="filter panel">
        {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
        <div className="field field--wide">
          <label htmlFor="q">{lawText('search', locale)}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <div className="actions">
          <button type="submit">{lawText('find', locale)}</button>
        </div>
      </form>
      {laws.length === 0 ? (
        <p role="status">{lawText('none', locale)}</p>
      ) : (
        <table className="items stack">
          <thead>
            <tr>
              <th scope="col">{lawText('title', locale)}</th>
              <th scope="col">{lawText('level', locale)}</th>
              <th scope="col">{lawText('documentNo', locale)}</th>
              <th scope="col">{lawText('status', locale)}</th>
            </tr>
          </thead>
          <tbody>
            {laws.map((law) => (
              <tr key={law.id}>
                <td className="stack__lead">
                  <a href={href(`/laws/${law.id}`, {}, locale)}>《{script(law.title, locale)}》</a>
                </td>
                <td data-label={lawText('level', locale)}>{lawLevelLabel(law.level, locale)}</td>
                <td data-label={lawText('documentNo', locale)}>{law.documentNo ? script(law.documentNo, locale) : '—'}</td>
                <td data-label={lawText('status', locale)} data-status={law.status}>
                  {lawStatusLabel(law.status, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Shell>
  )
}
