import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { WORKFLOW_EVENTS, type WorkflowEvent } from '../../src/domain/revision-workflow'
import { problem, problemOf, problemResponse } from '../../src/services/problem'
import { revisionActions } from '../../src/services/revision-actions'
import { getProposal, listProposals, putProposal, withdrawProposal, type ProposalDoc, type ProposalQuery } from '../../src/services/proposals'
import { revisionDiff } from '../../src/services/revision-items'
import { fireEvent } from '../../src/services/workflow'
import { rebaseRevision } from '../../src/services/rebase'
import { addReviewComment, reviewCommentsOf } from '../../src/services/review-comments'
import { RefusedError } from '../../src/services/errors'
import { CATEGORY_CODES, isCategoryCode } from '../../src/domain/categories'
import { completenessEndpoint, importEndpoint } from './import-endpoint'

/**
 * The Workflow API of API.md, mounted on Payload's REST under /api/revisions. Handlers only parse
 * the request and render the answer; the services decide.
 */
const json = (body: unknown, status = 200) => Response.json(body, { status })

function handle(work: (req: PayloadRequest, id: string) => Promise<Response>): PayloadHandler {
  return async (req) => {
    try {
      if (!req.user) return problemResponse(problem(401, 'log in first: POST /api/users/login, then send Authorization: JWT <token>'))
      return await work(req, String(req.routeParams?.id))
    } catch (error) {
      if (!(error as { status?: number }).status || (error as { status: number }).status >= 500) req.payload.logger.error(error)
      return problemResponse(problemOf(error))
    }
  }
}

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (!req.json) return {}
  const text = await req.text?.()
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    return { __invalid: true }
  }
}

const eventEndpoint = (event: WorkflowEvent): Endpoint => ({
  path: `/:id/${event}`,
  method: 'post',
  handler: handle(async (req, id) => {
    const input = await body(req)
    const revision = await fireEvent(req, id, event, {
      comment: typeof input.comment === 'string' ? input.comment : null,
      effectiveFrom: typeof input.effectiveFrom === 'string' ? input.effectiveFrom : undefined,
    })
    return json({ doc: revision, message: `revision ${id}: ${event} done` })
  }),
})

/** A proposal's ETag names its version: `"3"`. */
const etagOf = (proposal: ProposalDoc | null) => (proposal ? `"${proposal.version}"` : null)

/** If-Match: `"3"`, `W/"3"` or `3`; `*` or absent: no check. Anything else is a 400. */
function expectedVersion(req: PayloadRequest): number | null {
  const header = req.headers.get('if-match')?.trim()
  if (!header || header === '*') return null
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header)
  if (!match)
    throw new RefusedError(400, 'Invalid If-Match', `If-Match must be the ETag of the proposal, such as "3" (got ${header})`, [
      { path: 'If-Match', message: 'must be an ETag such as "3"' },
    ])
  return Number(match[1])
}

const withEtag = (body: unknown, proposal: ProposalDoc | null) => {
  const etag = etagOf(proposal)
  return Response.json(body, { status: 200, headers: etag ? { etag } : {} })
}

/** page, limit, action, category, q of the list and the diff; a bad value is a 400 naming it. */
function proposalQuery(req: PayloadRequest): ProposalQuery | undefined {
  const params = new URL(req.url ?? 'http://x/', 'http://x').searchParams
  if (![...params.keys()].some((key) => ['page', 'limit', 'action', 'category', 'q'].includes(key))) return undefined
  const positive = (name: string, max: number) => {
    const raw = params.get(name)
    if (raw == null) return undefined
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new RefusedError(400, 'Invalid parameter', `${name} must be a whole number from 1 to ${max} (got ${raw})`, [
        { path: name, message: `must be 1…${max}` },
      ])
    return value
  }
  const action = params.get('action') ?? undefined
  if (action && !['add', 'modify', 'repeal'].includes(action))
    throw new RefusedError(400, 'Invalid parameter', `action must be add, modify or repeal (got ${action})`, [
      { path: 'action', message: 'must be add, modify or repeal' },
    ])
  const category = params.get('category') ?? undefined
  if (category && !isCategoryCode(category))
    throw new RefusedError(400, 'Invalid parameter', `category must be one of ${CATEGORY_CODES.join(', ')} (got ${category})`, [
      { path: 'category', message: 'unknown category' },
    ])
  return { page: positive('page', 100000), limit: positive('limit', 200), action, category, q: params.get('q')?.trim() || undefined }
}

const workflowEndpoints: Endpoint[] = [
  {
    path: '/:id/items',
    method: 'get',
    handler: handle(async (req, id) => json(await listProposals(req, id, proposalQuery(req) ?? {}))),
  },
  {
    path: '/:id/items/:code',
    method: 'get',
    handler: handle(async (req, id) => {
      const proposal = await getProposal(req, id, String(req.routeParams?.code))
      return withEtag({ doc: proposal }, proposal)
    }),
  },
  {
    path: '/:id/items/:code',
    method: 'put',
    handler: handle(async (req, id) => {
      const version = expectedVersion(req)
      const { revision, proposal } = await putProposal(req, id, String(req.routeParams?.code), await body(req), { expectedVersion: version })
      return withEtag({ doc: revision, proposal }, proposal)
    }),
  },
  {
    path: '/:id/items/:code',
    method: 'delete',
    handler: handle(async (req, id) => {
      const version = expectedVersion(req)
      const { revision, proposal } = await withdrawProposal(req, id, String(req.routeParams?.code), { expectedVersion: version })
      return withEtag({ doc: revision, proposal }, proposal)
    }),
  },
  {
    path: '/:id/items/:code/comments',
    method: 'post',
    handler: handle(async (req, id) => json({ doc: await addReviewComment(req, id, String(req.routeParams?.code), await body(req)) }, 201)),
  },
  {
    path: '/:id/comments',
    method: 'get',
    handler: handle(async (req, id) => {
      const code = new URL(req.url ?? 'http://x/', 'http://x').searchParams.get('code')?.trim() || undefined
      return json({ docs: await reviewCommentsOf(req, id, code) })
    }),
  },
  {
    // what the current user may do now: exactly the buttons the admin shows
    path: '/:id/actions',
    method: 'get',
    handler: handle(async (req, id) => json(await revisionActions(req, id))),
  },
  {
    path: '/:id/diff',
    method: 'get',
    handler: handle(async (req, id) => {
      const query = proposalQuery(req)
      return json(query ? await revisionDiff(req, id, query) : await revisionDiff(req, id))
    }),
  },
  ...WORKFLOW_EVENTS.map(eventEndpoint),
  {
    // onto the department's current list, after another revision was published
    path: '/:id/rebase',
    method: 'post',
    handler: handle(async (req, id) => {
      const result = await rebaseRevision(req, id)
      const message = result.rebased
        ? `revision ${id}: rebased onto snapshot ${result.to.snapshot}${result.conflicts.length ? `; ${result.conflicts.length} proposal(s) change items the list changed since: check them` : ''}`
        : `revision ${id}: already built on the current list`
      return json({ ...result, message })
    }),
  },
  importEndpoint,
  completenessEndpoint,
]

/**
 * A route of the Workflow API called with a method it does not have: 405 with `Allow`, not the 404
 * "Route not found" a client would read as a wrong path (GET …/rebase, DELETE …/comments).
 */
function methodsNotAllowed(endpoints: readonly Endpoint[]): Endpoint[] {
  const byPath = new Map<string, string[]>()
  for (const { path, method } of endpoints) byPath.set(path, [...(byPath.get(path) ?? []), method])
  return [...byPath].flatMap(([path, methods]) => {
    // a route that answers GET answers HEAD too (the bridge sends a HEAD as its GET: server/web-bridge.ts)
    const allow = methods.flatMap((method) => (method === 'get' ? ['GET', 'HEAD'] : [method.toUpperCase()])).join(', ')
    return (['get', 'post', 'put', 'patch', 'delete'] as const)
      .filter((method) => !methods.includes(method))
      .map((method) => ({
        path,
        method,
        handler: () =>
          problemResponse(problem(405, `${method.toUpperCase()} is not a method of this route; it answers ${allow}`, 'Method not allowed'), { allow }),
      }))
  })
}

export const revisionEndpoints: Endpoint[] = [...workflowEndpoints, ...methodsNotAllowed(workflowEndpoints)]
