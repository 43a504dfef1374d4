import type { RequestHandler } from 'express'
import { findLocale } from '../domain/locales'

/**
 * The public pages' `?locale=`, handed to Next as a request header. Next's root layout cannot read
 * the query string, and it must render `<html lang>` itself: without a document in the root layout
 * Next renders its not-found and error pages as an empty shell filled in by JavaScript. The value
 * is one of the locales (anything else is left out, and the layout falls back as the pages do). A
 * client's own header of that name is dropped, so the query string is the only source.
 */
export const PAGE_LOCALE_HEADER = 'x-quanze-page-locale'

export const pageLocale: RequestHandler = (req, _res, next) => {
  const raw = req.query.locale
  const value = Array.isArray(raw) ? raw[0] : raw
  const locale = typeof value === 'string' ? findLocale(value) : undefined
  if (locale) req.headers[PAGE_LOCALE_HEADER] = locale
  else delete req.headers[PAGE_LOCALE_HEADER]
  next()
}
