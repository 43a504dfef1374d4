import type { Endpoint } from 'payload'
import { problem, problemOf, problemResponse } from '../../src/services/problem'
import { revisionActions } from '../../src/services/revision-actions'

/** GET /api/revisions/{id}/actions: what the current user may do now (drives the admin buttons). */
export const adminEndpoints: Endpoint[] = [
  {
    path: '/:id/actions',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return problemResponse(problem(401, 'log in first'))
      try {
        return Response.json(await revisionActions(req, String(req.routeParams?.id)))
      } catch (error) {
        return problemResponse(problemOf(error))
      }
    },
  },
]
