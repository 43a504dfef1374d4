import type { Payload } from 'payload'
import { publicChanges, publishedRevision } from '../../../services/public-read'
import { sendJson } from '../cache'
import { QueryReader } from '../params'
import { changesBody, revisionBody } from '../views'
import { inLocale } from '../locale'
import { pathParam, type Route } from './route'

/** Published revisions and the change feed across departments. */
export function revisionRoutes(payload: Payload): Route[] {
  return [
    {
      path: '/revisions/:id',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        await sendJson(req, res, revisionBody(await publishedRevision(payload, pathParam(req, 'id')), locale))
      },
    },
    {
      path: '/changes',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const [since, locale] = [query.instant('since') ?? new Date(0), query.locale()]
        query.done()
        await sendJson(req, res, inLocale(changesBody(since, await publicChanges(payload, since)), locale))
      },
    },
  ]
}
