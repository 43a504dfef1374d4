import React from 'react'
import type { Locale } from '@/domain/categories'
import type { Diff } from '@/domain/diff'
import { ChangedItem, SummaryChart } from './DiffParts'
import { fmt, strings } from './strings'
import { urls, type Query } from './urls'

/** Modified items' entries start open up to this many; past it the page would be screens of tables. */
const OPEN_MODIFIED = 5

/**
 * A diff on a public page: the summary by category, then each changed item (repealed last).
 * Modified items' entries are open when there are few of them, or when the reader asked for all
 * (`open=all`, a link the page offers: it works without script); `focus` opens one item's entry.
 */
export function DiffView({
  diff,
  locale,
  dept,
  focus,
  query,
  pageHref,
}: {
  diff: Diff
  locale: Locale
  dept: string
  focus?: string | null
  /** the page's query, `open` among it */
  query: Query
  /** this page with another query */
  pageHref: (query: Query) => string
}) {
  const t = strings(locale)
  const order = { added: 0, modified: 1, repealed: 2 } as const
  const items = [...diff.items].sort((a, b) => order[a.change] - order[b.change] || a.code.localeCompare(b.code))
  const modified = items.filter((item) => item.change === 'modified').length
  const many = modified > OPEN_MODIFIED
  const openAll = !many || query.open === 'all'
  const toggle = many && (
    <p className="diff-toggle">
      <a href={pageHref({ ...query, open: openAll ? undefined : 'all' })}>{openAll ? t.closeModified : fmt(t.openModified, { n: modified })}</a>
    </p>
  )
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t.summary}</h2>
        <SummaryChart summary={diff.summary} locale={locale} />
      </section>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t.changes}</h2>
        {items.length === 0 ? (
          <p>{t.noChanges}</p>
        ) : (
          <>
            {toggle}
            {items.map((item) => (
              <ChangedItem
                key={item.code}
                item={item}
                locale={locale}
                open={item.code === focus || (item.change === 'modified' && openAll)}
                itemHref={(code) =>
                  urls.item(dept, code, locale, item.change === 'repealed' && diff.from ? { asOf: diff.from.effectiveFrom } : { asOf: diff.to.effectiveFrom })
                }
              />
            ))}
          </>
        )}
      </section>
    </>
  )
}
