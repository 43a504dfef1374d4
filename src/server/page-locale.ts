import type { RequestHandler } from 'express'

/**
 * The public pages' `?locale=`, handed to Next as a request header. Next's root layout cannot read
 * the query string, and it must render `<html lang>` itself: without a document in the root layout
 * Next renders its not-found and error pages as an empty shell filled in by JavaScript. The value
 * is the raw parameter; the layout reads it as the pages do (`localeOf`). A client's own header of
 * that name is dropped, so the query string is the only source.
 */
export const PAGE_LOCALE_HEADER = 'x-quanze-page-locale'

export const pageLocale: RequestHandler = (req, _res, next) => {
  const raw = req.query.locale
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value === 'string') req.headers[PAGE_LOCALE_HEADER] = value
  else delete req.headers[PAGE_LOCALE_HEADER]
  next()
}
