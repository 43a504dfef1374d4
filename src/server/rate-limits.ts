import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { problem, sendProblem } from './problem'

/**
 * A limit of requests per minute per client; 0: none. Payload REST and GraphQL have one
 * (QUANZE_API_RATE_LIMIT: 16 anonymous connections on /api/power-items once slowed every public
 * read twentyfold), the public API its own (QUANZE_RATE_LIMIT). express-rate-limit's memory store
 * drops every client's count at the end of each window, so its size is bounded by the clients of
 * one minute.
 */
export function rateLimiter(perMinute: number): RequestHandler | null {
  if (perMinute === 0) return null
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, problem(429, `more than ${perMinute} requests in a minute from this address; retry later`)),
  })
}
