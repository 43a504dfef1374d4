import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { WORKFLOW_EVENTS, type WorkflowEvent } from '../../src/domain/revision-workflow'
import { problem, problemOf, problemResponse } from '../../src/services/problem'
import { revisionActions } from '../../src/services/revision-actions'
import { proposeItem, repealItem, revisionDiff } from '../../src/services/revision-items'
import { fireEvent } from '../../src/services/workflow'

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

export const revisionEndpoints: Endpoint[] = [
  {
    path: '/:id/items/:code',
    method: 'put',
    handler: handle(async (req, id) => json({ doc: await proposeItem(req, id, String(req.routeParams?.code), await body(req)) })),
  },
  {
    path: '/:id/items/:code',
    method: 'delete',
    handler: handle(async (req, id) => json({ doc: await repealItem(req, id, String(req.routeParams?.code)) })),
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
    handler: handle(async (req, id) => json(await revisionDiff(req, id))),
  },
  ...WORKFLOW_EVENTS.map(eventEndpoint),
]
