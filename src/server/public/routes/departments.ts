import type { Payload } from 'payload'
import { departmentOverviews } from '../../../services/public-read'
import { sendJson } from '../http'
import { QueryReader } from '../params'
import { departmentsBody } from '../views'
import type { Route } from './route'

export function departmentRoutes(payload: Payload): Route[] {
  return [
    {
      path: '/departments',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        sendJson(req, res, departmentsBody(await departmentOverviews(payload), locale))
      },
    },
  ]
}
