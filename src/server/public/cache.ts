import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { Request, Response } from 'express'
import { CACHE_CONTROL, keptOn304, matchesIfNoneMatch, onlyWhatA304Carries, strongEtag, type FileBody } from './http'

/**
 * Rendered bodies of the public API kept as bytes, with their strong ETag and their gzip and
 * brotli forms, so a repeated read is a map lookup and a socket write. Keys name what the body is
 * made of — the snapshot hash (content-addressed, immutable), the department stamp where the body
 * shows department names, the locale and the query — never a time, so a cached body cannot outlive
 * its snapshot being in force: the route resolves "in force today" first and looks up by hash.
 * Bounded by bytes (least recently used goes first): QUANZE_PUBLIC_CACHE_MB, default 64.
 */
export interface Representation {
  identity: Buffer
  etag: string
  contentType: string
  gzip?: Promise<Buffer>
  br?: Promise<Buffer>
  bytes: number
}

type Coding = 'br' | 'gzip' | 'identity'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)
/** below this a compressed form saves nothing worth a CPU cycle */
const COMPRESS_MIN = 1024

/** What a cached answer was resolved from: the public index stamp and the day (China time). */
export interface Freshness {
  stamp: string
  day: string
}

/** Told of every answer a route made from the cache with its freshness (the fast path records them). */
export type AnswerRecorder = (req: Request, res: Response, key: string, freshness: Freshness, contentType: string) => void

export class ByteCache {
  private readonly entries = new Map<string, Representation>()
  private readonly building = new Map<string, Promise<Representation>>()
  private size = 0
  recorder: AnswerRecorder | null = null

  constructor(readonly maxBytes: number) {}

  /** The representation if it is cached now; builds nothing. */
  peek(key: string): Representation | undefined {
    return this.entries.get(key)
  }

  get bytes(): number {
    return this.size
  }

  get count(): number {
    return this.entries.size
  }

  async representation(key: string, contentType: string, build: () => unknown | Promise<unknown>): Promise<Representation> {
    const hit = this.entries.get(key)
    if (hit) {
      // refresh its place in the LRU order
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit
    }
    let pending = this.building.get(key)
    if (!pending) {
      pending = (async () => {
        const body = await build()
        // a string is the representation itself (XML); anything else is rendered as JSON
        const identity = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
        const representation: Representation = { identity, etag: strongEtag(identity), contentType, bytes: identity.length }
        this.store(key, representation)
        return representation
      })().finally(() => this.building.delete(key))
      this.building.set(key, pending)
    }
    return pending
  }

  /** The compressed form, made once on first demand and counted against the bound. */
  encoded(key: string, representation: Representation, coding: Exclude<Coding, 'identity'>): Promise<Buffer> {
    let form = representation[coding]
    if (!form) {
      form =
        coding === 'br'
          ? brotliAsync(representation.identity, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: representation.identity.length },
            })
          : gzipAsync(representation.identity, { level: 6 })
      representation[coding] = form
      form
        .then((bytes) => {
          representation.bytes += bytes.length
          if (this.entries.get(key) === representation) {
            this.size += bytes.length
            this.evict()
          }
        })
        .catch(() => (representation[coding] = undefined))
    }
    return form
  }

  private store(key: string, representation: Representation): void {
    const previous = this.entries.get(key)
    if (previous) this.size -= previous.bytes
    this.entries.set(key, representation)
    this.size += representation.bytes
    this.evict()
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.size <= this.maxBytes || this.entries.size <= 1) return
      this.entries.delete(key)
      this.size -= entry.bytes
    }
  }
}

/**
 * The coding the client prefers by its q-values (RFC 9110 12.5.3; q=0 refuses a coding), br over
 * gzip when it weighs them alike (smaller), identity when it accepts neither.
 */
export function preferredCoding(header: string | undefined): Coding {
  if (!header) return 'identity'
  const accepted = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1)
  }
  const weight = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0
  const [br, gzip] = [weight('br'), weight('gzip')]
  if (br > 0 && br >= gzip) return 'br'
  if (gzip > 0) return 'gzip'
  return 'identity'
}

/** Each coding is a different representation, so it gets its own strong validator. */
function etagFor(etag: string, coding: Coding): string {
  return coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`
}

/** The validators of every coding of a representation: a client may hold any of them. */
export function validatorsOf(representation: Representation): string[] {
  return CODINGS.map((coding) => etagFor(representation.etag, coding))
}

const CODINGS = ['identity', 'gzip', 'br'] as const

/** The coding a request will be answered in: small bodies are always sent as they are. */
export function codingFor(req: IncomingMessage, representation: Representation): Coding {
  return representation.identity.length >= COMPRESS_MIN ? preferredCoding(req.headers['accept-encoding']) : 'identity'
}

/** What a 200 and a 304 of `coding` both carry: its validator and how it may be cached. */
function validatorHeaders(representation: Representation, coding: Coding): OutgoingHttpHeaders {
  return { ETag: etagFor(representation.etag, coding), 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' }
}

/**
 * The headers of a 304 answered in `coding` (its ETag is that coding's, as the 200 would have
 * been), with those of `replay` a 304 keeps. A plain object passed whole to writeHead: node then
 * writes it without merging headers set one by one.
 */
export function notModifiedHeaders(representation: Representation, coding: Coding, replay?: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const headers = validatorHeaders(representation, coding)
  if (replay) for (const name in replay) if (keptOn304(name)) headers[name] = replay[name]
  return headers
}

/**
 * Answers from the cache: 304 when If-None-Match names any coding of the current body (a client
 * may have been given the gzip form before), else the body in the best coding the client accepts.
 * `freshness` (what the route resolved the key from) lets the fast path answer the same request
 * again before express (fast-path.ts); leave it out where the body depends on more than the URL.
 */
export async function sendCached(
  req: Request,
  res: Response,
  cache: ByteCache,
  key: string,
  build: () => unknown | Promise<unknown>,
  { contentType = 'application/json', freshness }: { contentType?: string; freshness?: Freshness } = {},
): Promise<void> {
  const representation = await cache.representation(key, contentType, build)
  if (freshness && cache.recorder) cache.recorder(req, res, key, freshness, contentType)
  await answerFromCache(req, res, cache, key, representation)
}

/**
 * A body made per request (the routes outside the byte cache), answered as the cache answers:
 * each coding its own strong ETag, a 304 to any of them. Before, these went through the
 * compression middleware under the identity body's ETag, so a gzip body and an identity body
 * shared one strong validator (RFC 9110 8.8.1 forbids it).
 */
export async function sendJson(req: Request, res: Response, body: unknown, contentType = 'application/json'): Promise<void> {
  await answerUncached(req, res, Buffer.from(JSON.stringify(body)), contentType)
}

/**
 * A download of text (`contentType` without its charset: it is sent as UTF-8), validated by a hash
 * of its bytes, compressed as the client accepts. Its Content-Disposition is on the 200 only: a
 * 304 carries what RFC 9110 asks of it.
 */
export async function sendFile(req: Request, res: Response, file: FileBody): Promise<void> {
  res.attachment(file.filename)
  await answerUncached(req, res, Buffer.from(file.content), file.contentType)
}

const UNCACHED = new ByteCache(0)

async function answerUncached(req: Request, res: Response, identity: Buffer, contentType: string): Promise<void> {
  const representation: Representation = { identity, etag: strongEtag(identity), contentType, bytes: identity.length }
  await answerFromCache(req, res, UNCACHED, '', representation)
}

/**
 * Written with writeHead/end on node's own objects: express's send() would hash and scan the body
 * again. `replay`: headers the fast path replays from express's first answer (fast-path.ts).
 */
export async function answerFromCache(
  req: IncomingMessage,
  res: ServerResponse,
  cache: ByteCache,
  key: string,
  representation: Representation,
  replay?: OutgoingHttpHeaders,
): Promise<void> {
  const wanted = codingFor(req, representation)
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch && validatorsOf(representation).some((validator) => matchesIfNoneMatch(ifNoneMatch, validator))) {
    onlyWhatA304Carries(res)
    res.writeHead(304, notModifiedHeaders(representation, wanted, replay))
    res.end()
    return
  }
  const headers = validatorHeaders(representation, wanted)
  if (replay) for (const name in replay) res.setHeader(name, replay[name]!)
  const body = wanted === 'identity' ? representation.identity : await cache.encoded(key, representation, wanted)
  if (wanted !== 'identity') headers['Content-Encoding'] = wanted
  headers['Content-Type'] = `${representation.contentType}; charset=utf-8`
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(body)
}
