import { headers } from 'next/headers'
import React from 'react'
import { PAGE_LOCALE_HEADER } from '@/server/page-locale'
import { answerPageWith } from '@/server/page-status'
import { PageNotFound } from './page-data'
import { Shell } from './Shell'
import { localeOf, strings, type Locale } from './strings'
import { urls } from './urls'

/** The reader's locale where the page's own query is out of reach (the root layout, the not-found view). */
export async function requestLocale(): Promise<Locale> {
  return localeOf((await headers()).get(PAGE_LOCALE_HEADER))
}

/**
 * A page that may find nothing at its address: a `PageNotFound` from its reads becomes the
 * not-found view with status 404, rendered on the server like any page (server/page-status.ts
 * says why not Next's `notFound()`).
 */
export function answering404<Props>(page: (props: Props) => Promise<React.ReactNode>): (props: Props) => Promise<React.ReactNode> {
  return async function PageOr404(props: Props) {
    try {
      return await page(props)
    } catch (error) {
      if (!(error instanceof PageNotFound)) throw error
      answerPageWith(404)
      return <NotFoundView locale={await requestLocale()} />
    }
  }
}

/**
 * Unknown path, department, item, revision or law (or one not yet published): 404 in the portal's
 * look, in the reader's language, with an English line for a reader who followed a bare link.
 * Plain links, as elsewhere: a client-side navigation would keep the layout's `<html lang>`.
 * It sets no status: Next renders not-found.tsx into every page's payload, found or not.
 */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = strings(locale)
  const en = strings('en')
  return (
    <Shell locale={locale} path="/">
      <meta name="robots" content="noindex" />
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      {locale !== 'en' && <p lang="en">{en.notFoundText}</p>}
      <p>
        <a href={urls.home(locale)}>{t.backHome}</a>
        {locale !== 'en' && (
          <>
            {' · '}
            <a href={urls.home('en')} lang="en">
              {en.backHome}
            </a>
          </>
        )}
      </p>
    </Shell>
  )
}
