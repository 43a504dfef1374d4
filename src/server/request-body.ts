import express, { type Request, type RequestHandler } from 'express'
import { importUploadLimit } from '../settings'
import { refuse } from './problem'
import { isJsonObject } from '../domain/json-object'

/**
 * Payload REST and GraphQL read bodies themselves and treat a body they cannot parse as empty: a
 * malformed `{"comment": "…` once approved a revision and dropped the comment. So delivery reads
 * every body first, within a size limit, and lets through only what Payload will read as written:
 * a JSON object (well-formed UTF-8, no lone surrogates), multipart forms (the admin's `_payload`
 * and the import upload), or nothing. Everything else is refused before anything changes.
 */
export const DEFAULT_BODY_LIMIT = 1_000_000

/** How the admin's form names the part holding the document (Payload's `createFormData`). */
const PAYLOAD_FORM_FIELD = 'name="_payload"'

/** Routes whose bodies may be larger than the default: the spreadsheet import upload. */
const LARGE_BODY_ROUTES = [/^\/api\/revisions\/[^/]+\/import\/?$/]

export interface BodyLimits {
  /** bytes; default 1 MB */
  body?: number
  /** bytes for the import upload; default QUANZE_IMPORT_MAX_BYTES, else 20 MB */
  importBody?: number
}

declare module 'express-serve-static-core' {
  interface Request {
    /** the bytes of the body as received, handed on to Payload unchanged */
    rawBody?: Buffer
    /** the body parsed as JSON, when it was JSON */
    jsonBody?: Record<string, unknown>
    /** the body is a Payload admin form: multipart with the document in a `_payload` field */
    payloadForm?: boolean
  }
}

export function readBody(limits: BodyLimits = {}): RequestHandler {
  const small = express.raw({ type: () => true, limit: limits.body ?? DEFAULT_BODY_LIMIT })
  const large = express.raw({ type: () => true, limit: limits.importBody ?? importUploadLimit() })
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0]
    const reader = LARGE_BODY_ROUTES.some((route) => route.test(path)) ? large : small
    reader(req, res, (error?: unknown) => {
      if (error) return next(error)
      try {
        acceptBody(req)
        next()
      } catch (refusal) {
        next(refusal)
      }
    })
  }
}

function acceptBody(req: Request): void {
  const bytes = Buffer.isBuffer(req.body) ? req.body : undefined
  req.body = undefined
  if (!bytes || bytes.length === 0) return
  req.rawBody = bytes
  // express.raw inflated a compressed body; Payload gets the plain bytes
  delete req.headers['content-encoding']
  req.headers['content-length'] = String(bytes.length)
  const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded' && readingByPost(req)) return asGet(req, bytes)
  if (type === 'multipart/form-data') {
    req.payloadForm = bytes.includes(PAYLOAD_FORM_FIELD)
    // the admin form's document is JSON text: a NUL in it is the escape \u0000 (not preceded by another backslash)
    if (req.payloadForm && ESCAPED_NUL.test(bytes.toString('latin1'))) throw refuse(400, 'the form holds a NUL character (\\u0000), which cannot be stored')
    return
  }
  if (type !== 'application/json' && !type.endsWith('+json'))
    throw refuse(415, `send the body as application/json (got ${type || 'no content type'})`, 'Unsupported media type')
  req.jsonBody = parseObject(bytes)
}

/**
 * Payload's admin sends long reads (a relationship field's options: where, limit, page) as a POST
 * whose form body is the query string, marked `X-Payload-HTTP-Method-Override: GET`.
 */
function readingByPost(req: Request): boolean {
  const override = req.get('x-payload-http-method-override') ?? req.get('x-http-method-override')
  return req.method === 'POST' && override?.toUpperCase() === 'GET'
}

/**
 * Such a read becomes the GET it stands for, query in the URL, so every guard on reads (query caps,
 * ids, access) sees it as it sees any other read, and Payload answers it as one.
 */
function asGet(req: Request, bytes: Buffer): void {
  const search = utf8(bytes, 'the form body of a read (X-Payload-HTTP-Method-Override: GET)').replace(/^\?/, '')
  const joined = (url: string) => (search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url)
  req.method = 'GET'
  req.url = joined(req.url)
  req.originalUrl = joined(req.originalUrl)
  req.rawBody = undefined
  for (const header of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length']) delete req.headers[header]
}

/** The bytes as UTF-8 text, or a 400 naming `what` is not well-formed UTF-8. */
function utf8(bytes: Buffer, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw refuse(400, `${what} is not valid UTF-8`)
  }
}

/** A JSON object, or a 400 that says what is wrong with the body. */
export function parseObject(bytes: Buffer): Record<string, unknown> {
  const text = utf8(bytes, 'the body')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw refuse(400, `the body is not valid JSON: ${(error as Error).message}`)
  }
  if (!isJsonObject(value))
    throw refuse(400, `the body must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`)
  const bad = unstorablePath(value, '')
  if (bad !== null)
    throw refuse(400, `the text at ${bad.path || '/'} contains ${bad.what}, which cannot be stored`, undefined, [
      { path: bad.path || '/', message: `contains ${bad.what}` },
    ])
  return value as Record<string, unknown>
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** SQLite's text functions and drivers stop at a NUL: the text would be read back cut short (and the audit chain, hashed whole, broken). */
const NUL = String.fromCharCode(0)
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/

function unstorable(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'a lone UTF-16 surrogate (\\ud800–\\udfff)'
  if (text.includes(NUL)) return 'a NUL character (\\u0000)'
  return null
}

/** The JSON Pointer of the first string (or key) holding text no database keeps as sent, or null. */
function unstorablePath(value: unknown, path: string): { path: string; what: string } | null {
  if (typeof value === 'string') {
    const what = unstorable(value)
    return what ? { path, what } : null
  }
  if (!value || typeof value !== 'object') return null
  for (const [key, each] of Object.entries(value)) {
    const here = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
    const what = unstorable(key)
    if (what) return { path: here, what }
    const found = unstorablePath(each, here)
    if (found !== null) return found
  }
  return null
}
