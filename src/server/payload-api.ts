import express, { type Request, type Response, type Router } from 'express'
import { handleEndpoints, type Payload } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { auditFailedLogin } from '../services/login-audit'
import { guardGraphql } from './graphql-guard'
import { equaliseUnknownAccount, loginEmail, LoginThrottle } from './login-throttle'
import { asProblem, problemErrorHandler } from './problem'
import { readBody, type BodyLimits } from './request-body'
import { capQuery, guardIds } from './rest-guards'
import { sendWebResponse, toWebRequest } from './web-bridge'

export interface PayloadApiOptions {
  limits?: BodyLimits
  loginThrottle?: LoginThrottle
}

/**
 * Payload REST (/api/*) and GraphQL (/api/graphql) served straight from express, so the API needs no
 * Next.js build. Bodies, query parameters, ids and GraphQL documents are checked first (a refusal
 * changes nothing); error bodies become RFC 9457 problem+json (API.md), Payload's own `errors`
 * array kept inside them for the admin UI.
 */
export function payloadApi(payload: Payload, options: PayloadApiOptions = {}): Router {
  const router = express.Router()
  const config = Promise.resolve(payload.config)
  const graphql = GRAPHQL_POST(config)
  const throttle = options.loginThrottle ?? new LoginThrottle()
  const resetThrottle = new LoginThrottle({ perAccount: 3, perClient: 10 })
  router.use(readBody(options.limits))
  router.post('/graphql', guardGraphql, async (req, res, next) => {
    try {
      await sendWebResponse(res, await asProblem(await graphql(toWebRequest(req))))
    } catch (error) {
      next(error)
    }
  })
  router.use(capQuery, guardIds(payload))
  const rest = async (req: Request, res: Response) => {
    const response = await handleEndpoints({ config, path: req.originalUrl.split('?')[0], request: toWebRequest(req) })
    await sendWebResponse(res, await asProblem(response, { payloadForm: req.payloadForm }))
  }
  router.post('/users/login', async (req, res, next) => {
    try {
      const email = loginEmail(req.jsonBody)
      if (!throttle.admit(req, res, email)) return
      await equaliseUnknownAccount(payload, email, req.jsonBody?.password)
      const response = await handleEndpoints({ config, path: req.originalUrl.split('?')[0], request: toWebRequest(req) })
      throttle.record(req, email, response.ok)
      if (response.status === 401) await auditFailedLogin(payload, email, req.ip ?? '')
      await sendWebResponse(res, await asProblem(response))
    } catch (error) {
      next(error)
    }
  })
  router.post('/users/forgot-password', async (req, res, next) => {
    try {
      const email = loginEmail(req.jsonBody)
      if (!resetThrottle.admit(req, res, email)) return
      // every request counts: a reset link is worth sending a few times, not hundreds
      resetThrottle.record(req, email, false)
      await rest(req, res)
    } catch (error) {
      next(error)
    }
  })
  router.all('/{*path}', async (req, res, next) => {
    try {
      await rest(req, res)
    } catch (error) {
      next(error)
    }
  })
  router.use(problemErrorHandler('Payload API'))
  return router
}
