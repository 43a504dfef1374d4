import type { Metadata } from 'next'
import React from 'react'
import { isCalendarDate, todayInChina } from '../../../../domain/dates'
import { publicLaw } from '../../../../services/public-laws'
import { inScript as script } from '@/domain/script'
import { localeOf, pageTitle, strings } from '@/app/components/strings'
import { lawLevelLabel, lawStatusLabel, lawText } from '../../../components/law-strings'
import { orNotFound, PageNotFound, payload } from '../../../components/page-data'
import { Pagination } from '../../../components/Pagination'
import { Problems, Shell } from '../../../components/Shell'
import { flatten, href, segment, urls, type SearchParams } from '../../../components/urls'
import { answering404 } from '@/app/components/NotFound'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }

/** items citing the law shown a page at a time: a law every department cites has thousands (5,380 made a 5.4 MB page) */
const ITEMS_PER_PAGE = 100

async function read({ params, searchParams }: Props) {
  const id = segment((await params).id)
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const badDate = query.asOf !== undefined && query.asOf !== '' && !isCalendarDate(query.asOf)
  const asOf = query.asOf && !badDate ? query.asOf : undefined
  const data = await orNotFound(async () => publicLaw(await payload(), id, asOf))
  return { id, query, locale, badDate, data }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  try {
    const { data, locale } = await read(props)
    return { title: pageTitle(`《${script(data.law.title, locale)}》 · ${lawText('laws', locale)}`, locale) }
  } catch (error) {
    if (!(error instanceof PageNotFound)) throw error
    const locale = localeOf((await props.searchParams).locale)
    return { title: pageTitle(strings(locale).notFoundTitle, locale) }
  }
}

/** A law: its versions (those already in effect) and the powers resting on it on a date. */
export default answering404(async function LawPage(props: Props) {
  const { id, query, locale, badDate, data } = await read(props)
  const { law, versions, items } = data
  const today = todayInChina()
  const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE))
  const page = /^\d{1,9}$/.test(query.page ?? '') && Number(query.page) >= 1 ? Number(query.page) : 1
  const shown = items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE)
  return (
    <Shell
      locale={locale}
      path={`/laws/${id}`}
      query={query}
      crumbs={[{ label: lawText('laws', locale), href: href('/laws', {}, locale) }, { label: script(law.title, locale) }]}
    >
      <h1>《{script(law.title, locale)}》</h1>
      <Problems locale={locale} problems={badDate ? [lawText('badDate', locale)] : []} />
      <dl className="facts">
        <div>
          <dt>{lawText('level', locale)}</dt>
          <dd>{lawLevelLabel(law.level, locale)}</dd>
        </div>
        {law.issuingBody && (
          <div>
            <dt>{lawText('issuingBody', locale)}</dt>
            <dd>{script(law.issuingBody, locale)}</dd>
          </div>
        )}
        {law.documentNo && (
          <div>
            <dt>{lawText('documentNo', locale)}</dt>
            <dd>{script(law.documentNo, locale)}</dd>
          </div>
        )}
        {law.aliases.length > 0 && (
          <div>
            <dt>{lawText('aliases', locale)}</dt>
            <dd>{law.aliases.map((alias) => script(alias, locale)).join('、')}</dd>
          </div>
        )}
        <div>
          <dt>
            {lawText('status', locale)} ({law.asOf})
          </dt>
          <dd data-status={law.status}>{lawStatusLabel(law.status, locale)}</dd>
        </div>
      </dl>
      <section aria-labelledby="history-title" className="panel">
        <h2 id="history-title">{lawText('history', locale)}</h2>
        {versions.length === 0 ? (
          <p className="muted">{lawText('noHistory', locale)}</p>
        ) : (
          // a phone is narrower than the table in English: it scrolls, not the page
          <div className="table-scroll">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">{lawText('effectiveFrom', locale)}</th>
                  <th scope="col">{lawText('status', locale)}</th>
                  <th scope="col">{lawText('documentNo', locale)}</th>
                  <th scope="col">{lawText('replacedBy', locale)}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version, index) => (
                  <tr key={index}>
                    <td>{version.effectiveFrom ?? lawText('unknownDate', locale)}</td>
                    <td>
                      {lawStatusLabel(version.status, locale)}
                      {version.note ? <small className="muted"> {script(version.note, locale)}</small> : null}
                    </td>
                    <td>{version.documentNo ? script(version.documentNo, locale) : '—'}</td>
                    <td>
                      {version.replacedBy ? (
                        <a href={href(`/laws/${version.replacedBy.id}`, {}, locale)}>《{script(version.replacedBy.title, locale)}》</a>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="items-title">
        <h2 id="items-title">{lawText('items', locale)}</h2>
        <form method="get" action={`/laws/${id}`} className="filter">
          {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
          <div className="field">
            <label htmlFor="asOf">{lawText('asOf', locale)}</label>
            <input id="asOf" name="asOf" type="date" defaultValue={law.asOf} max={today} />
          </div>
          <div className="actions">
            <button type="submit">{lawText('show', locale)}</button>
          </div>
        </form>
        <p className="result-count" role="status" data-total={items.length}>
          {lawText('itemsOn', locale, { date: law.asOf, count: items.length })}
        </p>
        {items.length > 0 && (
          <table className="items stack">
            <thead>
              <tr>
                <th scope="col">{lawText('department', locale)}</th>
                <th scope="col">{lawText('code', locale)}</th>
                <th scope="col">{lawText('item', locale)}</th>
                <th scope="col">{lawText('articles', locale)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={`${item.department.code}/${item.code}`}>
                  <td data-label={lawText('department', locale)}>{script(item.department.name, locale)}</td>
                  <td className="stack__lead" data-label={lawText('code', locale)}>
                    <code>{item.code}</code>
                  </td>
                  <td data-label={lawText('item', locale)}>
                    <a href={urls.item(item.department.code, item.code, locale, { asOf: law.asOf })}>{script(item.name, locale)}</a>
                  </td>
                  <td data-label={lawText('articles', locale)}>{item.articles.join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={page}
          pages={pages}
          href={(n) => href(`/laws/${id}`, { asOf: query.asOf || undefined, page: n }, locale)}
          t={strings(locale)}
          maxLinks={20}
        />
      </section>
    </Shell>
  )
})
