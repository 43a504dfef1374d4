import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { RefusedError } from '../../src/services/errors'
import { problem, problemOf, problemResponse } from '../../src/services/problem'
import { draftsFromImpact } from '../../src/services/law-drafts'
import { lawImpact, linkCitation, unresolvedReport } from '../../src/services/laws'

/**
 * The law-change API on Payload's REST under /api/laws (staff only). Handlers parse and render;
 * src/services/laws.ts and law-drafts.ts decide.
 */
function staffOnly(work: (req: PayloadRequest) => Promise<unknown>, status = 200): PayloadHandler {
  return async (req) => {
    try {
      if (!req.user) return problemResponse(problem(401, 'log in first: POST /api/users/login, then send Authorization: JWT <token>'))
      return Response.json(await work(req), { status })
    } catch (error) {
      if (!(error as { status?: number }).status || (error as { status: number }).status >= 500) req.payload.logger.error(error)
      return problemResponse(problemOf(error))
    }
  }
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const text = (await req.text?.()) ?? ''
  if (!text.trim()) return {}
  try {
    const parsed = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed
  } catch {
    /* refused below */
  }
  throw new RefusedError(400, 'Bad request', 'the body must be a JSON object')
}

const asOfOf = (req: PayloadRequest) => (req.searchParams?.get('asOf') ?? undefined) as string | undefined
const idOf = (req: PayloadRequest) => String(req.routeParams?.id)

export const lawEndpoints: Endpoint[] = [
  { path: '/unresolved', method: 'get', handler: staffOnly((req) => unresolvedReport({ payload: req.payload, req }, asOfOf(req))) },
  { path: '/:id/impact', method: 'get', handler: staffOnly((req) => lawImpact({ payload: req.payload, req }, idOf(req), asOfOf(req))) },
  {
    path: '/:id/impact/revisions',
    method: 'post',
    handler: staffOnly(async (req) => draftsFromImpact(req, idOf(req), (await jsonBody(req)).asOf), 201),
  },
  {
    path: '/:id/links',
    method: 'post',
    handler: staffOnly(async (req) => ({ law: await linkCitation(req, idOf(req), (await jsonBody(req)).citation) })),
  },
]
