import type { Payload } from 'payload'
import { todayInChina } from '../../../domain/dates'
import { departmentOverviewsIn, publicIndex } from '../../../services/public-index'
import { sendCached, type ByteCache } from '../cache'
import { QueryReader } from '../params'
import { departmentsBody } from '../views'
import type { Route } from './route'

export function departmentRoutes(payload: Payload, cache: ByteCache): Route[] {
  return [
    {
      path: '/departments',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        const [index, today] = [await publicIndex(payload), todayInChina()]
        // which list is in force depends on the date, so the day is part of what the body is made of
        await sendCached(
          req,
          res,
          cache,
          ['departments', index.stamp, today, locale].join('|'),
          () => departmentsBody(departmentOverviewsIn(index, today), locale),
          { freshness: { stamp: index.stamp, day: today } },
        )
      },
    },
  ]
}
