import React from 'react'
import type { Locale } from '@/domain/categories'
import type { Diff } from '@/domain/diff'
import { ChangedItem, SummaryChart } from './DiffParts'
import { strings } from './strings'
import { urls } from './urls'

/** A diff on a public page: the summary by category, then each changed item (repealed last); `focus` opens one item's entry. */
export function DiffView({ diff, locale, dept, focus }: { diff: Diff; locale: Locale; dept: string; focus?: string | null }) {
  const t = strings(locale)
  const order = { added: 0, modified: 1, repealed: 2 } as const
  const items = [...diff.items].sort((a, b) => order[a.change] - order[b.change] || a.code.localeCompare(b.code))
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
          items.map((item) => (
            <ChangedItem
              key={item.code}
              item={item}
              locale={locale}
              open={item.code === focus || undefined}
              itemHref={(code) =>
                urls.item(dept, code, locale, item.change === 'repealed' && diff.from ? { asOf: diff.from.effectiveFrom } : { asOf: diff.to.effectiveFrom })
              }
            />
          ))
        )}
      </section>
    </>
  )
}
