import type { Request } from 'express'
import type { Payload } from 'payload'
import { todayInChina } from '../../../domain/dates'
import { itemHistory } from '../../../domain/item-history'
import { filterItems, paginate } from '../../../domain/search'
import { RefusedError } from '../../../services/errors'
import { publicIndex, snapshotInForce } from '../../../services/public-index'
import { itemsOf } from '../../../services/public-read'
import { sendCached, type ByteCache } from '../cache'
import { DEFAULT_LIMIT, MAX_LIMIT, QueryReader } from '../params'
import { historyBody, itemBody, listBody } from '../views'
import { pathParam, type Route } from './route'

/**
 * The list in force on a date, one item of it, and an item's history: the reads portals poll.
 * "In force" is resolved per request over the mirrored index (services/public-index); the body
 * is then looked up by the hash of the snapshot it renders (cache.ts), so a hit costs no database
 * read beyond the index stamp and no serialisation.
 */
export function listRoutes(payload: Payload, cache: ByteCache): Route[] {
  return [
    {
      path: '/departments/:dept/list',
      async handle(req, res) {
        const { locale, ...query } = listParams(req)
        const [index, today] = [await publicIndex(payload), todayInChina()]
        const { department, snapshot } = snapshotInForce(index, pathParam(req, 'dept'), query.asOf, today)
        const key = ['list', snapshot.hash, index.departmentStamp, locale, query.category ?? '', JSON.stringify(query.query), query.page, query.limit].join('|')
        await sendCached(
          req,
          res,
          cache,
          key,
          async () => {
            const page = paginate(filterItems(await itemsOf(payload, snapshot), query), query.page, query.limit)
            return listBody({ department, snapshot, ...page }, locale)
          },
          { freshness: { stamp: index.stamp, day: today } },
        )
      },
    },
    {
      path: '/departments/:dept/items/:code',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const [locale, asOf] = [query.locale(), query.date('asOf')]
        query.done()
        const [dept, code] = [pathParam(req, 'dept'), pathParam(req, 'code')]
        const [index, today] = [await publicIndex(payload), todayInChina()]
        const { snapshot } = snapshotInForce(index, dept, asOf, today)
        const item = (await itemsOf(payload, snapshot)).find((each) => each.code === code)
        if (!item) throw new RefusedError(404, 'Not found', `item ${code} is not in the list of "${dept}" in force on ${asOf ?? today}`)
        const key = ['item', snapshot.hash, locale, code].join('|')
        await sendCached(req, res, cache, key, () => itemBody({ snapshot, item }, locale), { freshness: { stamp: index.stamp, day: today } })
      },
    },
    {
      path: '/departments/:dept/items/:code/history',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        const [dept, code] = [pathParam(req, 'dept'), pathParam(req, 'code')]
        const [index, today] = [await publicIndex(payload), todayInChina()]
        const { visible } = snapshotInForce(index, dept, undefined, today)
        // the newest visible hash chains every visible snapshot before it: it names the history
        const key = ['history', visible.at(-1)?.hash, locale, code].join('|')
        await sendCached(
          req,
          res,
          cache,
          key,
          async () => {
            const withItems = await Promise.all(visible.map(async (snapshot) => ({ ref: snapshot, items: await itemsOf(payload, snapshot) })))
            const versions = itemHistory(code, withItems)
            if (versions.length === 0) throw new RefusedError(404, 'Not found', `item ${code} never appeared in a published list of "${dept}"`)
            return historyBody(versions, locale)
          },
          { freshness: { stamp: index.stamp, day: today } },
        )
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
