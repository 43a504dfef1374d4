import type { Payload } from 'payload'
import { compareLists, listHistory, verifyPublicChain } from '../../../services/public-read'
import { sendJson } from '../cache'
import { QueryReader } from '../params'
import { diffBody, snapshotsBody, verifyBody } from '../views'
import { inLocale } from '../locale'
import { pathParam, type Route } from './route'

/** A department's published snapshots, the diff between two of them, and the hash chain check. */
export function snapshotRoutes(payload: Payload): Route[] {
  return [
    {
      path: '/departments/:dept/snapshots',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        const { snapshots } = await listHistory(payload, pathParam(req, 'dept'))
        await sendJson(req, res, inLocale(snapshotsBody(snapshots), locale))
      },
    },
    {
      path: '/departments/:dept/compare',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const [locale, from, to] = [query.locale(), query.snapshot('from'), query.snapshot('to')]
        query.done()
        const { diff } = await compareLists(payload, pathParam(req, 'dept'), { from, to })
        await sendJson(req, res, diffBody(diff, locale))
      },
    },
    {
      path: '/departments/:dept/verify',
      async handle(req, res) {
        const query = new QueryReader(req.query)
        const locale = query.locale()
        query.done()
        await sendJson(req, res, inLocale(verifyBody(await verifyPublicChain(payload, pathParam(req, 'dept'))), locale))
      },
    },
  ]
}
