import type { Payload } from 'payload'
import { publicLaw, publicLaws } from '../../../services/public-laws'
import { sendJson } from '../cache'
import { ParamError, QueryReader } from '../params'
import { pathParam, type Route } from './route'
import { inLocale } from '../locale'

/** The register of laws: search it, and read a law with the powers resting on it on a date. */
export function lawRoutes(payload: Payload): Route[] {
  return [
    {
      path: '/laws',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        const q = req.query.q
        if (q !== undefined && (typeof q !== 'string' || q.length > 200))
          throw new ParamError([{ path: 'query.q', message: 'must be given once, at most 200 characters' }])
        await sendJson(req, res, inLocale(await publicLaws(payload, q || undefined), locale))
      },
    },
    {
      path: '/laws/:id',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const [asOf, locale] = [query.date('asOf'), query.locale()]
        query.done()
        await sendJson(req, res, inLocale(await publicLaw(payload, pathParam(req, 'id'), asOf), locale))
      },
    },
  ]
}
