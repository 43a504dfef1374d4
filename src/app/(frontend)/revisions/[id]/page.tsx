import type { Metadata } from 'next'
import React from 'react'
import { localizedDepartmentName, localizeDiff } from '@/server/public/locale'
import { inScript } from '@/domain/script'
import { publishedRevision } from '@/services/public-read'
import { DiffView } from '@/app/components/DiffView'
import { fmt, localeOf, pageTitle, strings, zhLang } from '@/app/components/strings'
import { chinaTime, orNotFound, payload } from '@/app/components/page-data'
import { Shell } from '@/app/components/Shell'
import { flatten, segment, urls, type SearchParams } from '@/app/components/urls'
import { answering404 } from '@/app/components/NotFound'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await searchParams).locale)
  try {
    const { revision } = await publishedRevision(await payload(), segment((await params).id))
    return { title: pageTitle(inScript(revision.title, locale), locale) }
  } catch {
    return { title: pageTitle(strings(locale).notFoundTitle, locale) }
  }
}

/** A published revision in force: why, when, and what it changed. Drafts and future ones are 404. */
export default answering404(async function RevisionPage({ params, searchParams }: Props) {
  const id = segment((await params).id)
  const query = flatten(await searchParams)
  const locale = localeOf(query.locale)
  const t = strings(locale)

  const db = await payload()
  const published = await orNotFound(() => publishedRevision(db, id))
  const { revision, department, snapshot } = published
  const dept = department.code
  const name = localizedDepartmentName(department.names, locale)
  const title = inScript(revision.title, locale)
  const reason = inScript(revision.reason, locale)
  const diff = localizeDiff(published.diff, locale)

  return (
    <Shell
      locale={locale}
      path={urls.revision(id, 'zh-Hans')}
      query={query}
      crumbs={[{ label: name, href: urls.department(dept, locale) }, { label: t.revisionTitle }]}
    >
      <article aria-labelledby="revision-title">
        <p className="item__kicker">{t.revisionTitle}</p>
        <h1 id="revision-title" lang={zhLang(locale)}>
          {title}
        </h1>
        <dl className="facts facts--grid">
          <div>
            <dt>{t.department}</dt>
            <dd>
              <a href={urls.department(dept, locale)}>{name}</a>
            </dd>
          </div>
          <div>
            <dt>{t.effectiveFrom}</dt>
            <dd>{revision.effectiveFrom}</dd>
          </div>
          <div>
            <dt>{t.publishedAt}</dt>
            <dd>{chinaTime(revision.publishedAt)}</dd>
          </div>
          <div>
            <dt>{t.hash}</dt>
            <dd>
              <code className="hash">{snapshot.hash}</code>
            </dd>
          </div>
        </dl>
        {reason && (
          <section aria-labelledby="reason-title">
            <h2 id="reason-title">{t.reason}</h2>
            {reason
              .split(/\n+/)
              .filter(Boolean)
              .map((paragraph, index) => (
                <p key={index} lang={zhLang(locale)}>
                  {paragraph}
                </p>
              ))}
          </section>
        )}
        <p className="actions">
          <a className="button button--secondary" href={urls.department(dept, locale, { asOf: revision.effectiveFrom })}>
            {fmt(t.itemsCaption, { dept: name, date: revision.effectiveFrom })}
          </a>
          <a className="button button--secondary" href={urls.compare(dept, locale, diff.from ? { from: diff.from.id, to: diff.to.id } : { to: diff.to.id })}>
            {t.compareTitle}
          </a>
        </p>
        <DiffView diff={diff} locale={locale} dept={dept} query={query} pageHref={(next) => urls.revision(id, locale, next)} />
      </article>
    </Shell>
  )
})
