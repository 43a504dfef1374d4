import compression from 'compression'
import cors from 'cors'
import express, { type RequestHandler, type Router } from 'express'
import type { Payload } from 'payload'
import { warmSearch } from '../services/search'
import { publicCacheBytes } from '../settings'
import { ByteCache } from './public/cache'
import { PublicFastPath } from './public/fast-path'
import { feedRoutes } from './public/routes/feeds'
import { searchRoutes } from './public/routes/search'
import { errorHandler, methodNotAllowed, notFoundHandler } from './public/http'
import { departmentRoutes } from './public/routes/departments'
import { documentRoutes } from './public/routes/documents'
import { exportRoutes } from './public/routes/exports'
import { lawRoutes } from './public/routes/laws'
import { listRoutes } from './public/routes/lists'
import { revisionRoutes } from './public/routes/revisions'
import type { Route } from './public/routes/route'
import { snapshotRoutes } from './public/routes/snapshots'
import { publicRateLimit } from '../settings'
import { rateLimiter } from './rate-limits'

/**
 * The public JSON API, /api/public/v1 (API.md "Public API"): anonymous, read-only, over published
 * snapshots already in force. Routes parse and render; src/services/public-read.ts decides.
 */
export interface PublicApiOptions {
  /** requests per minute per client IP; 0 disables. Default: env QUANZE_RATE_LIMIT, else 600. */
  rateLimit?: number
  /** answers repeated cached reads before express (fast-path.ts); createApp installs it */
  fastPath?: PublicFastPath
  /** build the public index and the search segments in the background now (default true) */
  warm?: boolean
}

const ALLOWED = 'GET, HEAD, OPTIONS'

export function publicApi(payload: Payload, options: PublicApiOptions = {}): Router {
  const router = express.Router()
  router.use(
    cors({
      origin: '*',
      methods: ['GET', 'HEAD', 'OPTIONS'],
      exposedHeaders: ['ETag', 'Content-Disposition', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
      maxAge: 86_400,
    }),
  )
  const limiter = rateLimiter(options.rateLimit ?? publicRateLimit())
  if (limiter) router.use(limiter)
  // the hot reads answer from cached bytes, compressed once (cache.ts); the rest compress per request
  const cache = new ByteCache(publicCacheBytes())
  if (options.fastPath) {
    Object.assign(options.fastPath, { cache, limiter })
    cache.recorder = options.fastPath.record
  }
  const { cached, compressed } = publicRoutes(payload, cache)
  for (const route of cached) mount(router, route)
  router.use(compression())
  for (const route of compressed) mount(router, route)
  router.use(notFoundHandler)
  router.use(errorHandler)
  if (options.warm ?? true) setTimeout(() => void warmSearch(payload).catch(() => undefined), 0).unref()
  return router
}

/** Every public route, in two groups: those answering from the byte cache, and the rest. */
export function publicRoutes(payload: Payload, cache: ByteCache): { cached: Route[]; compressed: Route[] } {
  return {
    cached: [...departmentRoutes(payload, cache), ...listRoutes(payload, cache), ...searchRoutes(payload, cache), ...feedRoutes(payload, cache)],
    compressed: [...snapshotRoutes(payload), ...exportRoutes(payload), ...revisionRoutes(payload), ...lawRoutes(payload), ...documentRoutes()],
  }
}

function mount(router: Router, route: Route): void {
  router.get(route.path, route.handle as RequestHandler)
  router.all(route.path, methodNotAllowed(ALLOWED))
}
