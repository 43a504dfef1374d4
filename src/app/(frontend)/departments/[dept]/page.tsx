import type { Metadata } from 'next'
import React from 'react'
import { CATEGORY_CODES, type Locale } from '@/domain/categories'
import { localizedDepartmentName, localizeItems } from '@/server/public/locale'
import { inScript } from '@/domain/script'
import { publicList, listHistory, type ListPage, type SnapshotHead } from '@/services/public-read'
import { categoryLabel, deadlineText, levelLabel, regionLabel } from '@/app/components/labels'
import { fmt, localeOf, pageTitle, strings, textLang, zhLang } from '@/app/components/strings'
import { chinaTime, departmentPage, isNoListInForce, PageQuery, payload } from '@/app/components/page-data'
import { AsOfField } from '@/app/components/AsOfField'
import { ChoiceField } from '@/app/components/ChoiceField'
import { Pagination } from '@/app/components/Pagination'
import { Problems, Shell } from '@/app/components/Shell'
import { segment, urls, type SearchParams } from '@/app/components/urls'
import { answering404 } from '@/app/components/NotFound'

export const dynamic = 'force-dynamic'

const PAGE_SIZE = 50

type Props = { params: Promise<{ dept: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  try {
    const { department } = await listHistory(await payload(), segment((await params).dept))
    return {
      title: pageTitle(localizedDepartmentName(department.names, locale), locale),
      alternates: { types: { 'application/atom+xml': urls.feed(department.code) } },
    }
  } catch {
    return { title: pageTitle(strings(locale).notFoundTitle, locale) }
  }
}

/** One department: its list in force on a date, filtered; the snapshot; downloads; the history. */
export default answering404(async function DepartmentPage(props: Props) {
  const { dept, query, locale, t, db, department, snapshots, name } = await departmentPage(props)

  const reader = new PageQuery(query, locale)
  const asOf = reader.date('asOf', t.asOf)
  const category = reader.category('category')
  const search = reader.search('q')
  const page = reader.page('page')
  const problems = [...reader.messages]
  // a date before the first list is a valid question with an empty answer, not a mistake
  let beforeFirstList: string | null = null

  let list: ListPage | null = null
  if (problems.length === 0 && snapshots.length > 0) {
    try {
      list = await publicList(db, dept, { asOf, category, query: search, page, limit: PAGE_SIZE })
    } catch (error) {
      if (!isNoListInForce(error)) throw error
      beforeFirstList = fmt(t.noListOn, { date: asOf ?? '', first: snapshots[0]!.effectiveFrom })
    }
  }
  const filtered = Boolean(category || search.length)
  const path = urls.department(dept, 'zh-Hans')
  const region = regionLabel(department.region, locale)

  return (
    <Shell locale={locale} path={path} query={query} crumbs={[{ label: name }]}>
      <h1 lang={textLang(name, locale)}>{name}</h1>
      <p className="muted">
        {levelLabel(department.level, locale)} · <span lang={textLang(region, locale)}>{region}</span>
      </p>

      <Problems locale={locale} problems={problems} />
      {beforeFirstList && (
        <p className="note" role="status">
          {beforeFirstList}
        </p>
      )}
      {snapshots.length === 0 && <p>{t.noListAtAll}</p>}

      <section aria-labelledby="filter-title" className="panel">
        <h2 id="filter-title">{t.filter}</h2>
        <form method="get" action={path} className="filter">
          {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
          <ChoiceField
            name="category"
            label={t.category}
            all={t.allCategories}
            value={category ?? ''}
            choices={CATEGORY_CODES.map((code) => ({
              value: code,
              label: `${categoryLabel(code, locale)}${list ? ` (${list.snapshot.totals.byCategory[code]})` : ''}`,
            }))}
          />
          <div className="field field--wide">
            <label htmlFor="q">{t.q}</label>
            <input id="q" name="q" type="search" defaultValue={reader.raw('q')} aria-describedby="q-hint" maxLength={200} />
            <small id="q-hint" className="hint">
              {t.qHint}
            </small>
          </div>
          <AsOfField value={reader.raw('asOf')} locale={locale} />
          <div className="actions">
            <button type="submit">{t.submit}</button>
            <a href={urls.department(dept, locale)}>{t.reset}</a>
          </div>
        </form>
      </section>

      {list && <ItemsTable list={list} locale={locale} dept={dept} name={name} filtered={filtered} query={query} />}

      {list && <SnapshotPanel snapshot={list.snapshot} locale={locale} dept={dept} asOf={asOf} />}

      {snapshots.length > 0 && <History snapshots={snapshots} locale={locale} dept={dept} name={name} current={list?.snapshot.id} />}
    </Shell>
  )
})

function ItemsTable({
  list,
  locale,
  dept,
  name,
  filtered,
  query,
}: {
  list: ListPage
  locale: Locale
  dept: string
  name: string
  filtered: boolean
  query: Record<string, string>
}) {
  const t = strings(locale)
  const items = localizeItems(list.items, locale, list.snapshot.hash)
  const pages = Math.max(1, Math.ceil(list.totalItems / list.limit))
  const itemQuery = query.asOf ? { asOf: query.asOf } : {}
  const count = filtered ? fmt(t.matchesOf, { n: list.totalItems, total: list.snapshot.totals.all }) : fmt(t.matches, { n: list.totalItems })
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{fmt(t.itemsCaption, { dept: name, date: list.snapshot.effectiveFrom })}</h2>
      <p className="result-count" role="status" data-total={list.totalItems}>
        {count}
      </p>
      {items.length === 0 ? (
        <p>{t.noMatches}</p>
      ) : (
        <table className="items stack">
          <caption className="visually-hidden">
            {fmt(t.itemsCaption, { dept: name, date: list.snapshot.effectiveFrom })} — {count}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.category}</th>
              <th scope="col">{t.handlingUnit}</th>
              <th scope="col">{t.committedDeadline}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.code} className={item.parentCode ? 'sub-item' : undefined}>
                <td className="stack__lead" data-label={t.code}>
                  <code>{item.code}</code>
                </td>
                <th scope="row" data-label={t.name} lang={zhLang(locale)}>
                  <a href={urls.item(dept, item.code, locale, itemQuery)}>{item.name}</a>
                </th>
                <td data-label={t.category}>{categoryLabel(item.category, locale)}</td>
                <td data-label={t.handlingUnit} lang={zhLang(locale)}>
                  {item.handlingUnit ?? '—'}
                </td>
                <td data-label={t.committedDeadline}>{deadlineText(item.committedDeadline, locale) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={list.page} pages={pages} href={(n) => urls.department(dept, locale, { ...query, page: n })} t={t} />
    </section>
  )
}

function SnapshotPanel({ snapshot, locale, dept, asOf }: { snapshot: SnapshotHead; locale: Locale; dept: string; asOf?: string }) {
  const t = strings(locale)
  return (
    <section aria-labelledby="snapshot-title" className="panel">
      <h2 id="snapshot-title">{t.snapshotInForce}</h2>
      <dl className="facts">
        <div>
          <dt>{t.effectiveFrom}</dt>
          <dd>{snapshot.effectiveFrom}</dd>
        </div>
        <div>
          <dt>{t.publishedAt}</dt>
          <dd>{chinaTime(snapshot.publishedAt)}</dd>
        </div>
        {snapshot.revision && (
          <div>
            <dt>{t.revision}</dt>
            <dd lang={zhLang(locale)}>
              <a href={urls.revision(snapshot.revision.id, locale)}>{inScript(snapshot.revision.title, locale)}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.hash}</dt>
          <dd>
            <code className="hash">{snapshot.hash}</code>
          </dd>
        </div>
        {snapshot.previousHash && (
          <div>
            <dt>{t.previousHash}</dt>
            <dd>
              <code className="hash">{snapshot.previousHash}</code>
            </dd>
          </div>
        )}
      </dl>
      <h3 id="download-title">{t.download}</h3>
      <p className="muted small" id="download-hint">
        {fmt(t.downloadHint, { date: snapshot.effectiveFrom })}
      </p>
      <ul className="downloads" aria-labelledby="download-title">
        {(['xlsx', 'csv', 'json'] as const).map((format) => (
          <li key={format}>
            <a className="button button--secondary" href={urls.export(dept, format, locale, asOf)} download aria-describedby="download-hint">
              {format.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

function History({
  snapshots,
  locale,
  dept,
  name,
  current,
}: {
  snapshots: readonly SnapshotHead[]
  locale: Locale
  dept: string
  name: string
  current?: string
}) {
  const t = strings(locale)
  const newestFirst = [...snapshots].reverse()
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      <div className="table-scroll">
        <table className="history stack">
          <caption>{fmt(t.historyCaption, { dept: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.effectiveFrom}</th>
              <th scope="col">{t.revision}</th>
              <th scope="col" className="num">
                {t.powers}
              </th>
              <th scope="col" className="num">
                {t.services}
              </th>
              <th scope="col">{t.compare}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((snapshot) => {
              const index = snapshots.indexOf(snapshot)
              const previous = index > 0 ? snapshots[index - 1] : null
              return (
                <tr key={snapshot.id} aria-current={snapshot.id === current ? 'true' : undefined}>
                  <th scope="row">
                    <a href={urls.department(dept, locale, { asOf: snapshot.effectiveFrom })}>{snapshot.effectiveFrom}</a>
                  </th>
                  <td data-label={t.revision} lang={zhLang(locale)}>
                    {snapshot.revision ? <a href={urls.revision(snapshot.revision.id, locale)}>{inScript(snapshot.revision.title, locale)}</a> : '—'}
                  </td>
                  <td className="num" data-label={t.powers}>
                    {snapshot.totals.powers}
                  </td>
                  <td className="num" data-label={t.services}>
                    {snapshot.totals.byCategory.GG}
                  </td>
                  <td data-label={t.compare}>
                    {previous ? (
                      <a href={urls.compare(dept, locale, { from: previous.id, to: snapshot.id })}>
                        {previous.effectiveFrom} → {snapshot.effectiveFrom}
                      </a>
                    ) : (
                      <span className="muted">{t.firstList}</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
