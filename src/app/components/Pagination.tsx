import React from 'react'
import { fmt, type Strings } from './strings'

/**
 * Page links under a paged table (department list, search): previous, the numbered pages, next.
 * Where there are more than `maxLinks` pages, the first, the last and the pages around the
 * current one, with gaps between: a search of 26,000 items has 1,300 pages. Nothing when
 * everything fits on one page.
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
            {/* a page beyond the last (an old link) leads back to the last */}
            <a rel="prev" href={href(Math.min(page - 1, pages))}>
              {t.previous}
            </a>
          </li>
        )}
        {shownPages(page, pages, maxLinks).map((n, at) =>
          n === null ? (
            <li key={`gap-${at}`} aria-hidden="true" className="muted">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-current={n === page ? 'page' : undefined} aria-label={fmt(t.page, { n })}>
                {n}
              </a>
            </li>
          ),
        )}
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

/** The page numbers to link, null for a gap: all of them, or the first, the last and a window around `page`. */
export function shownPages(page: number, pages: number, maxLinks: number): Array<number | null> {
  if (pages <= maxLinks) return Array.from({ length: pages }, (_, index) => index + 1)
  const window = Math.max(1, maxLinks - 2)
  const start = Math.max(2, Math.min(page - Math.floor(window / 2), pages - window))
  const end = Math.min(pages - 1, start + window - 1)
  const middle = Array.from({ length: end - start + 1 }, (_, index) => start + index)
  return [1, ...(start > 2 ? [null] : []), ...middle, ...(end < pages - 1 ? [null] : []), pages]
}
