import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { Express, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'
import { todayInChina } from '../../domain/dates'
import { publicIndex, stampNow } from '../../services/public-index'
import { answerFromCache, codingFor, notModifiedHeaders, validatorsOf, type AnswerRecorder, type ByteCache, type Representation } from './cache'

/**
 * The fast path of the public API (issue 12): a repeated GET of a cached public read is answered
 * before express, helmet, cors and compression run (they cost about fifteen times a bare node:http
 * answer on the 304 and cached paths).
 *
 * It serves only what the express route itself answered before, and only while nothing that answer
 * was made of can have changed: each entry remembers the cache key of the body, the index stamp and
 * the day (China time) the route resolved it on. Before answering, the stamp is read afresh as on
 * the express path (services/public-index: a publication by another process on the same database
 * moves it) and the day recomputed (a future-dated snapshot comes into force at midnight); if
 * either moved, or the body left the byte cache, the request goes to express, which resolves it
 * again and records the new entry.
 *
 * Headers: those express's middleware set on the recorded answer (helmet's security headers and
 * CORS), replayed as they were, minus the per-request ones. Rate limit: the same express-rate-limit
 * middleware as the express path, so a client's count, its 429 and its RateLimit headers are the
 * same whichever path answers.
 *
 * Most polling is a revalidation that ends in a 304. Where the stamp can be read synchronously
 * (SQLite) and no rate limit applies, that 304 is answered within the call, with no promise, from
 * headers built once per entry and coding (`answerNow`): it is all the server does for a portal
 * polling an unchanged list.
 */
interface Entry {
  key: string
  stamp: string
  day: string
  headers: OutgoingHttpHeaders
  /** built on the first 304 of this entry, for the representation it was built from */
  notModified?: NotModified
}

interface NotModified {
  representation: Representation
  /** the ETag of each coding, as a client may hold any of them */
  validators: string[]
  /** as a flat [name, value, …] list: node writes it without walking an object's keys */
  byCoding: Map<string, OutgoingHttpHeader[]>
}

/** request URLs remembered; each entry is a few hundred bytes, bodies live in the byte cache */
const MAX_ENTRIES = 4096
const PREFIX = '/api/public/v1/'
/** set per request or per answer, never replayed */
const PER_REQUEST = new Set([
  'etag',
  'cache-control',
  'vary',
  'content-type',
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
  'set-cookie',
])

export class PublicFastPath {
  private readonly entries = new Map<string, Entry>()
  cache: ByteCache | null = null
  limiter: RequestHandler | null = null

  constructor(private readonly payload: Payload) {}

  get size(): number {
    return this.entries.size
  }

  /** Called by the express route once it has answered from the byte cache. */
  readonly record: AnswerRecorder = (req, res, key, { stamp, day }) => {
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(res.getHeaders())) if (!PER_REQUEST.has(name) && value !== undefined) headers[name] = value
    const url = req.originalUrl
    this.entries.delete(url)
    this.entries.set(url, { key, stamp, day, headers })
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
  }

  /** Puts the fast path in front of the app's own request handling. */
  install(app: Express): void {
    type Handle = (req: IncomingMessage, res: ServerResponse, callback?: unknown) => void
    // express keeps its request entry point `handle` off its public type; the fast path wraps it
    const own = app as unknown as { handle: Handle }
    const handle = own.handle.bind(app)
    own.handle = (req, res, callback) => {
      const entry = (req.method === 'GET' || req.method === 'HEAD') && req.url?.startsWith(PREFIX) ? this.entries.get(req.url) : undefined
      if (!entry) return handle(req, res, callback)
      if (!this.limiter && this.answerNow(req, res, entry)) return
      this.serve(app, req, res).then(
        (served) => served || handle(req, res, callback),
        () => handle(req, res, callback),
      )
    }
  }

  /** The entry's cached body while nothing it was resolved from has moved (the stamp, the day); else undefined. */
  private stillCurrent(entry: Entry, stamp: string): Representation | undefined {
    if (stamp !== entry.stamp || todayInChina() !== entry.day) return undefined
    return this.cache?.peek(entry.key)
  }

  /** A 304 answered synchronously when everything it rests on can be checked so; false: not here. */
  private answerNow(req: IncomingMessage, res: ServerResponse, entry: Entry): boolean {
    const ifNoneMatch = req.headers['if-none-match']
    const stamp = ifNoneMatch ? stampNow(this.payload) : undefined
    const representation = stamp === undefined ? undefined : this.stillCurrent(entry, stamp)
    if (!ifNoneMatch || !representation) return false
    if (entry.notModified?.representation !== representation)
      entry.notModified = { representation, validators: validatorsOf(representation), byCoding: new Map() }
    // the exact validator, as clients send it back; anything else (lists, W/, *) takes the full path
    if (!entry.notModified.validators.includes(ifNoneMatch)) return false
    const coding = codingFor(req, representation)
    let headers = entry.notModified.byCoding.get(coding)
    if (!headers)
      entry.notModified.byCoding.set(
        coding,
        (headers = Object.entries(notModifiedHeaders(representation, coding, entry.headers)).flat() as OutgoingHttpHeader[]),
      )
    res.writeHead(304, headers)
    res.end()
    return true
  }

  private async serve(app: Express, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url as string
    const entry = this.entries.get(url)
    if (!entry || !this.cache) return false
    const representation = this.stillCurrent(entry, (await publicIndex(this.payload)).stamp)
    if (!representation) {
      this.entries.delete(url)
      return false
    }
    if (this.limiter && !(await this.withinLimit(app, req, res, entry.headers))) return true
    // the limiter's pass has set the replayed headers already (its 429 carries them too)
    await answerFromCache(req, res, this.cache, entry.key, representation, this.limiter ? undefined : entry.headers)
    return true
  }

  /**
   * express-rate-limit needs express's request and response (req.ip, res.append): give them theirs.
   * Its 429 carries the headers express's middleware set before it on the express path (CORS,
   * helmet's): without CORS a portal's script could not read the 429 or its Retry-After.
   */
  private withinLimit(app: Express, req: IncomingMessage, res: ServerResponse, headers: OutgoingHttpHeaders): Promise<boolean> {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    const [request, response] = [req as Request, res as Response]
    Object.assign(request, { res: response })
    Object.assign(response, { req: request })
    Object.setPrototypeOf(req, app.request)
    Object.setPrototypeOf(res, app.response)
    return new Promise((resolve, reject) => {
      // the limiter either calls next (within the limit) or answers 429 itself
      res.once('finish', () => resolve(false))
      void Promise.resolve(this.limiter!(request, response, (error?: unknown) => (error ? reject(error) : resolve(true)))).catch(reject)
    })
  }
}
