import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { APIError } from 'payload'
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import { problem, problemOf } from '../../services/problem'
// problem+json is rendered in one place for all of delivery
import { malformedEscape, sendProblem } from '../problem'
import { ParamError } from './params'

/**
 * HTTP caching of the public API. Every 200 carries a strong ETag and may be cached by anyone for a
 * minute: lists change only when a snapshot is published or comes into force at midnight (China
 * time), so a minute of staleness is harmless, and revalidation with If-None-Match is cheap.
 */
export const CACHE_CONTROL = 'public, max-age=60'

/** A strong validator: the SHA-256 of the representation (or of everything it is made from). */
export function strongEtag(content: string | Buffer): string {
  return `"${createHash('sha256').update(content).digest('base64url')}"`
}

/** RFC 9110 §13.1.2: If-None-Match uses weak comparison, and `*` matches any representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/**
 * A 304 carries what RFC 9110 (15.4.5) asks of it — ETag, Cache-Control, Vary, Date — and what a
 * cross-origin script needs to read it (CORS) or pace itself (RateLimit); not helmet's security
 * headers, which describe a body it does not have: a cache keeps those of its stored 200 (RFC 9111
 * 4.3.4). Header bytes are most of what a 304 costs once the body is cached.
 */
export const keptOn304 = (name: string) =>
  name.startsWith('access-control-') || name.startsWith('ratelimit') || ['etag', 'cache-control', 'vary', 'retry-after'].includes(name)

/** Removes from a response about to be a 304 the headers it should not carry. */
export function onlyWhatA304Carries(res: ServerResponse): void {
  for (const name of res.getHeaderNames()) if (!keptOn304(name)) res.removeHeader(name)
}

/** Sets the validators; answers 304 and returns true when the client's copy is current. */
function notModified(req: Request, res: Response, etag: string): boolean {
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', CACHE_CONTROL)
  if (!matchesIfNoneMatch(req.get('if-none-match'), etag)) return false
  onlyWhatA304Carries(res)
  res.status(304).end()
  return true
}

export interface FileBody {
  content: Buffer | string
  contentType: string
  filename: string
}

/**
 * A download whose bytes are not reproducible (xlsx zips carry timestamps), validated by a key of
 * its inputs instead; a 304 skips building the file. Zips are not compressed again (the
 * compression middleware skips their type), so the one strong ETag stays true of what is sent.
 */
export async function sendBuiltFile(req: Request, res: Response, inputs: string, build: () => Promise<FileBody>): Promise<void> {
  if (notModified(req, res, strongEtag(inputs))) return
  const file = await build()
  res.status(200).type(file.contentType).attachment(file.filename).send(file.content)
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, problem(404, `no public API resource at ${req.path}`))
}

export function methodNotAllowed(allowed: string): RequestHandler {
  return (req, res) => sendProblem(res, problem(405, `${req.method} is not allowed here; use ${allowed}`, 'Method not allowed'), { Allow: allowed })
}

export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error)
  if (error instanceof ParamError) {
    const noun = error.errors.length > 1 ? 'parameters' : 'parameter'
    return sendProblem(res, problem(400, `invalid query ${noun} ${error.message}`, 'Invalid parameter', error.errors))
  }
  if (error instanceof APIError && error.status < 500) return sendProblem(res, problemOf(error))
  // the router could not decode a path parameter
  if (error instanceof URIError) return sendProblem(res, malformedEscape(req.originalUrl))
  const status = clientErrorStatus(error)
  if (status) return sendProblem(res, problem(status, String(error.message)))
  console.error('public API:', error)
  sendProblem(res, problem(500, 'Something went wrong reading the published lists; please retry later.'))
}

/** express's own client errors (e.g. a malformed %-escape in the path) carry a 4xx `status`. */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}
