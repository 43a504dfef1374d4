import React from 'react'
import { fmt, type Strings } from './strings'

/**
 * Page links under a paged table (department list, search): previous, the numbered pages (at most
 * `maxLinks`), next. Nothing when everything fits on one page.
 */
export function Pagination({
  page,
  pages,
  href,
  t,
  maxLinks = Infinity,
}: {
  page: number
  pages: number
  href: (page: number) => string
  t: Strings
  maxLinks?: number
}) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t.pages}>
      <ul>
        {page > 1 && (
          <li>
            <a rel="prev" href={href(page - 1)}>
              {t.previous}
            </a>
          </li>
        )}
        {Array.from({ length: Math.min(pages, maxLinks) }, (_, index) => index + 1).map((n) => (
          <li key={n}>
            <a href={href(n)} aria-current={n === page ? 'page' : undefined} aria-label={fmt(t.page, { n })}>
              {n}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a rel="next" href={href(page + 1)}>
              {t.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
