import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { malformedEscape, ProblemError, refuse } from './problem'

/**
 * Guards in front of Payload REST for what Payload lets through (issue 11): unbounded pages
 * (`limit=0`, `pagination=false`: an editor's audit-log page once weighed 24 MB), deep population,
 * LIKE patterns the database refuses with an internal error, ids parsed loosely (`1 OR 1=1` read
 * item 1, `abc` was a 500) and `/versions` of collections that keep none (a 500).
 */
export const MAX_LIMIT = 1000
export const MAX_DEPTH = 3
export const MAX_PATTERN_LENGTH = 500

const WHOLE_NUMBER = /^\d+$/

export const capQuery: RequestHandler = (req, _res, next) => {
  const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
  const wrong = (name: string, rule: string) => refuse(400, `query parameter ${name} must be ${rule}`, 'Invalid parameter', [{ path: name, message: rule }])
  for (const [name, value] of query) {
    if (name === 'limit' && !(WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= MAX_LIMIT))
      return next(wrong('limit', `a whole number from 1 to ${MAX_LIMIT}`))
    if (name === 'depth' && !(WHOLE_NUMBER.test(value) && Number(value) <= MAX_DEPTH)) return next(wrong('depth', `a whole number from 0 to ${MAX_DEPTH}`))
    if (name === 'page' && !(WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= 100_000)) return next(wrong('page', 'a whole number from 1'))
    if (name === 'pagination' && value === 'false') return next(wrong('pagination', `left out (pages hold at most ${MAX_LIMIT} documents)`))
    if (/\[(like|contains|not_like|not_contains)\]$/.test(name) && value.length > MAX_PATTERN_LENGTH)
      return next(wrong(name, `at most ${MAX_PATTERN_LENGTH} characters`))
  }
  next()
}

/**
 * `/api/{slug}/{id}` and `/api/{slug}/versions/{id}`: on SQL databases ids are whole numbers, and
 * anything else is a 404 before Payload sees it. Collections that keep no versions have no
 * `/versions`. Named endpoints (`login`, `count`, `access`, custom ones) pass untouched.
 */
/** What the id guard knows of one collection's routes. */
interface CollectionGuard {
  named: Set<string>
  freeForm: boolean
  numeric: boolean
  versions: boolean
  switchedOff: Set<string>
}

export function guardIds(payload: Payload): RequestHandler {
  const numericIds = payload.db.defaultIDType === 'number'
  const collections = new Map<string, CollectionGuard>(
    payload.config.collections.map((collection) => {
      const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
      const firstSegments = endpoints.map((endpoint) => endpoint.path.split('/').filter(Boolean)[0] ?? '')
      return [
        collection.slug as string,
        {
          named: new Set(firstSegments.filter((segment) => !segment.startsWith(':'))),
          // a collection whose endpoints take something other than an id after the slug (preferences' `:key`)
          freeForm: firstSegments.some((segment) => segment.startsWith(':') && segment !== ':id'),
          numeric: numericIds && !payload.collections[collection.slug]?.customIDType,
          versions: Boolean(collection.versions),
          // Payload mounts e-mail verification on every auth collection and answers 500 when it is off
          switchedOff: new Set(collection.auth && !collection.auth.verify ? ['verify'] : []),
        },
      ]
    }),
  )
  return (req, _res, next) => {
    const [slug, first, second] = req.path.split('/').filter(Boolean).map(safeDecode)
    const collection = slug === undefined ? undefined : collections.get(slug)
    if (!collection || first === undefined) return next()
    const notFound = () => next(refuse(404, `no document ${req.path}`))
    if (collection.switchedOff.has(first)) return notFound()
    if (first === 'versions') {
      if (!collection.versions) return notFound()
      if (second !== undefined && collection.numeric && !WHOLE_NUMBER.test(second)) return notFound()
      return next()
    }
    if (collection.named.has(first) || collection.freeForm || !collection.numeric) return next()
    if (!WHOLE_NUMBER.test(first) || first.length > 15) return notFound()
    next()
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new ProblemError(malformedEscape(segment))
  }
}
