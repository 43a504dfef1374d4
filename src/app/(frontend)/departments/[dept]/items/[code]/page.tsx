import type { Metadata } from 'next'
import React, { cache } from 'react'
import { localizedDepartmentName, localizeItem } from '@/server/public/locale'
import type { PowerItem } from '@/domain/power-item'
import { todayInChina } from '@/domain/dates'
import { lawsOfBases } from '@/services/public-laws'
import { itemHistoryOf, listHistory, listInForce, type ListInForce } from '@/services/public-read'
import { ItemHistory, ItemSections } from '@/app/components/ItemSections'
import { categoryLabel } from '@/app/components/labels'
import { isNoListInForce, isNotFound, PageNotFound, PageQuery, payload } from '@/app/components/page-data'
import { Problems, Shell } from '@/app/components/Shell'
import { fmt, localeOf, pageTitle, strings, zhLang } from '@/app/components/strings'
import { flatten, segment, urls, type SearchParams } from '@/app/components/urls'
import { answering404 } from '@/app/components/NotFound'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ dept: string; code: string }>; searchParams: Promise<SearchParams> }

/**
 * The department's visible snapshots and every published version of the item, read once per
 * request: React's cache() shares the result between generateMetadata and the page. null when the
 * department or the item is unknown.
 */
const loadItem = cache(async (dept: string, code: string) => {
  const db = await payload()
  try {
    const [{ department, snapshots }, { versions }] = await Promise.all([listHistory(db, dept), itemHistoryOf(db, dept, code)])
    return { db, department, snapshots, versions }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  const { dept, code } = await params
  const loaded = await loadItem(segment(dept), segment(code))
  if (!loaded) return { title: pageTitle(strings(locale).notFoundTitle, locale) }
  const last = loaded.versions.at(-1)!
  return { title: pageTitle(`${localizeItem(last.item, locale, `${last.snapshot.hash}:${last.change}`).name} (${last.item.code})`, locale) }
}

/** Every field of one power item as published on a date, its procedure drawn, and its history. */
export default answering404(async function ItemPage({ params, searchParams }: Props) {
  const { dept: rawDept, code: rawCode } = await params
  const [dept, code] = [segment(rawDept), segment(rawCode)]
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const t = strings(locale)
  const loaded = await loadItem(dept, code)
  if (!loaded) throw new PageNotFound()
  const { db, department, snapshots, versions } = loaded
  const name = localizedDepartmentName(department.names, locale)

  const reader = new PageQuery(query, locale)
  const asOf = reader.date('asOf', t.asOf)
  const problems = [...reader.messages]

  let list: ListInForce | null = null
  try {
    list = await listInForce(db, dept, asOf)
  } catch (error) {
    if (!isNoListInForce(error)) throw error
  }
  const inForce = list?.items.find((item) => item.code === code) ?? null
  const last = versions.at(-1)!
  // not in the list in force on that date: show the version last published, and say so
  const item = inForce ? localizeItem(inForce, locale, list!.snapshot.hash) : localizeItem(last.item, locale, `${last.snapshot.hash}:${last.change}`)
  const shownFrom = inForce
    ? list!.snapshot.effectiveFrom
    : (versions.filter((v) => v.change !== 'repealed').at(-1)?.snapshot.effectiveFrom ?? last.snapshot.effectiveFrom)
  const siblings = list && inForce ? list.items : []
  const localized = (each: PowerItem) => localizeItem(each, locale, list!.snapshot.hash)
  const parentItem = item.parentCode ? siblings.find((each) => each.code === item.parentCode) : undefined
  const parent = parentItem ? localized(parentItem) : null
  const subItems = siblings.filter((each) => each.parentCode === item.code).map(localized)
  const itemQuery = asOf ? { asOf } : {}
  const basisLaws = await lawsOfBases(db, item.legalBasis, asOf ?? todayInChina())
  const path = urls.item(dept, code, 'zh-Hans')

  return (
    <Shell locale={locale} path={path} query={query} crumbs={[{ label: name, href: urls.department(dept, locale, itemQuery) }, { label: item.name }]}>
      <article className="item" aria-labelledby="item-title">
        <header className="item__header">
          <p className="item__kicker">
            <span className={`tag tag--${item.category}`}>{categoryLabel(item.category, locale)}</span> <code>{item.code}</code>
          </p>
          <h1 id="item-title" lang={zhLang(locale)}>
            {item.name}
          </h1>
          <Problems locale={locale} problems={problems} />
          {inForce ? (
            asOf && <p className="note">{fmt(t.itemAsOf, { date: list!.snapshot.effectiveFrom })}</p>
          ) : (
            <div className="note note--warning" role="note">
              <p>
                {list
                  ? fmt(t.itemNotInForce, { date: list.snapshot.effectiveFrom })
                  : fmt(t.noListOn, { date: asOf ?? '', first: snapshots[0]?.effectiveFrom ?? '—' })}
              </p>
              <p>
                {fmt(t.itemLastSeen, { date: shownFrom })} <a href="#history-title">{t.itemHistory}</a>
              </p>
            </div>
          )}
        </header>
        <ItemSections
          item={item}
          parent={parent}
          subItems={subItems}
          locale={locale}
          dept={dept}
          departmentName={name}
          shownFrom={shownFrom}
          itemQuery={itemQuery}
          basisLaws={basisLaws}
        />
        <ItemHistory versions={versions} snapshots={snapshots} locale={locale} dept={dept} code={code} />
      </article>
    </Shell>
  )
})
