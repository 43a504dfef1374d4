import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'
import { payloadApi } from './payload-api'
import { publicApi } from './public-api'

export interface AppOptions {
  payload: Payload
  /** Next.js request handler (admin and pages); absent in API-only tests */
  next?: RequestHandler
}

/**
 * The admin speaks Chinese unless the user chose another language (Payload's `payload-lng` cookie,
 * set from the account page): browsers' Accept-Language would otherwise pick English on many desks.
 */
const chineseAdminByDefault: RequestHandler = (req, _res, next) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'zh-CN,zh;q=0.9'
  next()
}

/** DESIGN.md "Architecture": one express app in front of everything. */
export function createApp({ payload, next }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({ collection: 'departments', overrideAccess: true })
      res.json({ status: 'ok' })
    } catch {
      res.status(503).json({ status: 'unavailable' })
    }
  })
  app.use('/api/public/v1', publicApi(payload))
  app.use('/api', payloadApi(Promise.resolve(payload.config)))
  if (next) {
    app.use('/admin', chineseAdminByDefault)
    app.all('/{*splat}', next)
  }
  return app
}
