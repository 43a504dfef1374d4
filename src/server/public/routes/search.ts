import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { todayInChina } from '../../../domain/dates'
import { listsInForce, publicIndex } from '../../../services/public-index'
import { searchLists } from '../../../services/search'
import { sendCached, type ByteCache } from '../cache'
import { QueryReader, SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT } from '../params'
import { searchBody } from '../views'
import type { Route } from './route'

/** Search across every department's list in force on asOf (default today). */
export function searchRoutes(payload: Payload, cache: ByteCache): Route[] {
  return [
    {
      path: '/search',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const params = {
          locale: query.locale(),
          query: query.search('q'),
          category: query.category('category'),
          level: query.level('level'),
          region: query.region('region'),
          asOf: query.date('asOf'),
          page: query.integer('page', 1, 1),
          limit: query.integer('limit', SEARCH_DEFAULT_LIMIT, 1, SEARCH_MAX_LIMIT),
        }
        query.done()
        const [index, today] = [await publicIndex(payload), todayInChina()]
        // the answer is made of the lists in force on asOf (their hashes) and the department names
        const lists = listsInForce(index, params.asOf, today).map(({ snapshot }) => snapshot.hash)
        const corpus = createHash('sha256')
          .update(`${index.departmentStamp}|${lists.join(',')}`)
          .digest('base64url')
        const { locale, ...search } = params
        // the body states its asOf: without one it is today's, so the day is part of the key even
        // when no list changed overnight (else yesterday's body, under its ETag, outlives midnight)
        const key = ['search', corpus, params.asOf ?? today, locale, JSON.stringify(search)].join('|')
        await sendCached(req, res, cache, key, async () => searchBody(await searchLists(payload, index, search, today), locale), {
          freshness: { stamp: index.stamp, day: today },
        })
      },
    },
  ]
}
