import React from 'react'
import { strings, type Locale } from './strings'

/** The search over every list in force: a plain GET form to /search, so it works without script. */
export function SearchBox({ locale, q = '' }: { locale: Locale; q?: string }) {
  const t = strings(locale)
  return (
    <form method="get" action="/search" role="search" className="search panel" aria-label={t.searchAll}>
      {locale !== 'zh-Hans' && <input type="hidden" name="locale" value={locale} />}
      <div className="field field--wide">
        <label htmlFor="search-q">{t.searchLabel}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="search-hint" />
        <small id="search-hint" className="hint">
          {t.searchHint}
        </small>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t.searchButton}
        </button>
      </div>
    </form>
  )
}
