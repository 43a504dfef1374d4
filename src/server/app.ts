import http from 'node:http'
import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'
import { LoginThrottle, type LoginThrottleOptions } from './login-throttle'
import { pageLocale } from './page-locale'
import { pageStatus } from './page-status'
import { payloadApi } from './payload-api'
import { answerClientError, problem, problemErrorHandler, sendProblem } from './problem'
import { publicApi } from './public-api'
import { PublicFastPath } from './public/fast-path'
import { rateLimiter } from './rate-limits'
import type { BodyLimits } from './request-body'
import { secureCookiesBehindTls, securityHeaders } from './security-headers'
import { restRateLimit, trustProxy } from '../settings'

export interface AppOptions {
  payload: Payload
  /** Next.js request handler (admin and pages); absent in API-only tests */
  next?: RequestHandler
  dev?: boolean
  /** requests per minute per client on Payload REST and GraphQL; default QUANZE_API_RATE_LIMIT, else 600; 0 disables */
  apiRateLimit?: number
  limits?: BodyLimits
  login?: LoginThrottleOptions
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
export function createApp({ payload, next, dev, ...options }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy())
  app.use(securityHeaders({ dev }), secureCookiesBehindTls)
  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({ collection: 'departments', overrideAccess: true })
      res.json({ status: 'ok' })
    } catch {
      res.status(503).json({ status: 'unavailable' })
    }
  })
  const fastPath = new PublicFastPath(payload)
  app.use('/api/public/v1', publicApi(payload, { fastPath }))
  fastPath.install(app)
  const limiter = rateLimiter(options.apiRateLimit ?? restRateLimit())
  if (limiter) app.use('/api', limiter)
  app.use('/api', payloadApi(payload, { limits: options.limits, loginThrottle: new LoginThrottle(options.login) }))
  if (next) {
    app.use('/admin', chineseAdminByDefault)
    app.all('/{*splat}', pageLocale, pageStatus, next)
  } else {
    app.use((req, res) => sendProblem(res, problem(404, `nothing at ${req.path}`)))
  }
  app.use(problemErrorHandler('Quanze'))
  // every server made by app.listen answers the requests node refuses itself in problem+json
  app.listen = function listen(this: Express, ...args: unknown[]) {
    const server = http.createServer(this)
    server.on('clientError', answerClientError)
    return server.listen(...(args as Parameters<typeof server.listen>))
  } as Express['listen']
  return app
}
