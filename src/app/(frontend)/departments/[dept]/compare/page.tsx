import type { Metadata } from 'next'
import React from 'react'
import type { Diff } from '@/domain/diff'
import { localizeDiff } from '@/server/public/locale'
import { compareLists } from '@/services/public-read'
import { DiffView } from '@/app/components/DiffView'
import { fmt, localeOf, pageTitle, strings } from '@/app/components/strings'
import { departmentPage, isNoListInForce, PageQuery, refusal } from '@/app/components/page-data'
import { Problems, Shell } from '@/app/components/Shell'
import { urls, type SearchParams } from '@/app/components/urls'
import { answering404 } from '@/app/components/NotFound'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ dept: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  return { title: pageTitle(strings(locale).compareTitle, locale) }
}

/** Two lists of one department side by side: `from` and `to` are dates or snapshot ids. */
export default answering404(async function ComparePage(props: Props) {
  const { dept, query, locale, t, db, snapshots, name } = await departmentPage(props)

  const reader = new PageQuery(query, locale)
  const from = reader.snapshot('from', t.from)
  const to = reader.snapshot('to', t.to)
  const problems = [...reader.messages]

  let diff: Diff | null = null
  if (problems.length === 0) {
    try {
      diff = localizeDiff((await compareLists(db, dept, { from, to })).diff, locale)
    } catch (error) {
      if (isNoListInForce(error)) problems.push(fmt(t.noListOn, { date: to && 'date' in to ? to.date : '', first: snapshots[0]?.effectiveFrom ?? '—' }))
      else if (refusal(error)?.status === 404)
        problems.push(
          fmt(t.badSnapshot, {
            value: [from, to]
              .map((each) => (each && 'id' in each ? each.id : ''))
              .filter(Boolean)
              .join(', '),
          }),
        )
      else throw error
    }
  }
  // the form shows what was compared: the dates typed, or the effective dates of the snapshots named
  const fromValue = from && 'date' in from ? from.date : (diff?.from?.effectiveFrom ?? reader.raw('from'))
  const toValue = to && 'date' in to ? to.date : (diff?.to.effectiveFrom ?? reader.raw('to'))
  const path = urls.compare(dept, 'zh-Hans')

  return (
    <Shell locale={locale} path={path} query={query} crumbs={[{ label: name, href: urls.department(dept, locale) }, { label: t.compareTitle }]}>
      <h1>
        {t.compareTitle}
        <span className="h1-sub">{name}</span>
      </h1>
      <p className="lead">{t.compareIntro}</p>
      <Problems locale={locale} problems={problems} />
      <section aria-labelledby="compare-form-title" className="panel">
        <h2 id="compare-form-title" className="visually-hidden">
          {t.compareTitle}
        </h2>
        <form method="get" action={path} className="filter">
          {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
          <div className="field">
            <label htmlFor="from">{t.from}</label>
            <input id="from" name="from" type="date" defaultValue={/^\d{4}-\d{2}-\d{2}$/.test(fromValue) ? fromValue : ''} aria-describedby="from-hint" />
            <small id="from-hint" className="hint">
              {t.fromHint}
            </small>
          </div>
          <div className="field">
            <label htmlFor="to">{t.to}</label>
            <input id="to" name="to" type="date" defaultValue={/^\d{4}-\d{2}-\d{2}$/.test(toValue) ? toValue : ''} aria-describedby="to-hint" />
            <small id="to-hint" className="hint">
              {t.toHint}
            </small>
          </div>
          <div className="actions">
            <button type="submit">{t.compareSubmit}</button>
          </div>
        </form>
        {snapshots.length > 1 && (
          <ul className="chips" aria-label={t.history}>
            {snapshots.slice(1).map((snapshot, index) => (
              <li key={snapshot.id}>
                <a href={urls.compare(dept, locale, { from: snapshots[index]!.id, to: snapshot.id })}>
                  {snapshots[index]!.effectiveFrom} → {snapshot.effectiveFrom}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {diff && (
        <>
          <p className="comparing" data-from={diff.from?.id ?? ''} data-to={diff.to.id}>
            {fmt(t.comparing, {
              from: diff.from ? fmt(t.listSince, { date: diff.from.effectiveFrom }) : t.emptyList,
              to: fmt(t.listSince, { date: diff.to.effectiveFrom }),
            })}
          </p>
          <DiffView diff={diff} locale={locale} dept={dept} focus={reader.raw('item')} query={query} pageHref={(next) => urls.compare(dept, locale, next)} />
        </>
      )}
    </Shell>
  )
})
