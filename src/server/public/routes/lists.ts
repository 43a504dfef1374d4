import type { Request } from 'express'
import type { Payload } from 'payload'
import { itemHistoryOf, itemInForce, publicList } from '../../../services/public-read'
import { sendJson } from '../http'
import { DEFAULT_LIMIT, MAX_LIMIT, QueryReader } from '../params'
import { historyBody, itemBody, listBody } from '../views'
import { pathParam, type Route } from './route'

/** The list in force on a date, one item of it, and an item's history. */
export function listRoutes(payload: Payload): Route[] {
  return [
    {
      path: '/departments/:dept/list',
      async handle(req, res) {
        const { locale, ...listQuery } = listParams(req)
        sendJson(req, res, listBody(await publicList(payload, pathParam(req, 'dept'), listQuery), locale))
      },
    },
    {
      path: '/departments/:dept/items/:code',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const [locale, asOf] = [query.locale(), query.date('asOf')]
        query.done()
        sendJson(req, res, itemBody(await itemInForce(payload, pathParam(req, 'dept'), pathParam(req, 'code'), asOf), locale))
      },
    },
    {
      path: '/departments/:dept/items/:code/history',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        const { versions } = await itemHistoryOf(payload, pathParam(req, 'dept'), pathParam(req, 'code'))
        sendJson(req, res, historyBody(versions, locale))
      },
    },
  ]
}

export function listParams(req: Request) {
  const query = new QueryReader(req.query)
  const params = {
    locale: query.locale(),
    asOf: query.date('asOf'),
    category: query.category('category'),
    query: query.search('q'),
    page: query.integer('page', 1, 1),
    limit: query.integer('limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
  }
  query.done()
  return params
}
