import React from 'react'
import type { Locale } from '@/domain/categories'
import { LOCALES, LOCALE_NAMES } from '@/domain/locales'
import { inScript } from '@/domain/script'
import { lawText } from './law-strings'
import { strings } from './strings'
import { href, urls } from './urls'

export interface Crumb {
  label: string
  href?: string
}

/**
 * The frame of every public page inside the root layout's document: a skip link, the header with
 * the language switch (same page, same parameters, other locale), breadcrumbs and the footer.
 */
export function Shell({
  locale,
  path,
  query = {},
  crumbs = [],
  children,
}: {
  locale: Locale
  path: string
  query?: Record<string, string>
  crumbs?: Crumb[]
  children: React.ReactNode
}) {
  const t = strings(locale)
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a href={urls.home(locale)} className="brand">
            <span className="brand__mark" aria-hidden="true">
              {inScript('权', locale)}
            </span>
            <span className="brand__text">
              {t.siteName}
              <small>{t.siteTagline}</small>
            </span>
          </a>
          <nav className="locale-switch" aria-label={t.language}>
            <ul>
              {LOCALES.map((each) => (
                <li key={each}>
                  <a href={href(path, query, each)} lang={each} hrefLang={each} aria-current={each === locale ? 'true' : undefined}>
                    {LOCALE_NAMES[each]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {crumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label={t.breadcrumb}>
          <ol>
            <li>
              <a href={urls.home(locale)}>{t.home}</a>
            </li>
            {crumbs.map((crumb, index) => (
              <li key={index}>{crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}</li>
            ))}
          </ol>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t.footer} <a href={href('/laws', {}, locale)}>{lawText('laws', locale)}</a> · <a href="/api/public/v1/openapi.json">{t.api}</a>
        </p>
      </footer>
    </>
  )
}

/** A friendly message in the page (Next's app router cannot set a 400 status from a page). */
export function Problems({ locale, problems }: { locale: Locale; problems: string[] }) {
  if (problems.length === 0) return null
  const t = strings(locale)
  return (
    <section className="alert" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">{t.errorTitle}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  )
}
