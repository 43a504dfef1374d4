import express, { type Router } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { problemFromPayloadBody } from '../services/problem'
import { sendWebResponse, toWebRequest } from './web-bridge'

/**
 * Payload REST (/api/*) and GraphQL (/api/graphql) served straight from express, so the API needs no
 * Next.js build. Error bodies become RFC 9457 problem+json (API.md); Payload's own `errors` array is
 * kept inside them for the admin UI.
 */
export function payloadApi(config: Promise<SanitizedConfig>): Router {
  const router = express.Router()
  const graphql = GRAPHQL_POST(config)
  router.post('/graphql', async (req, res, next) => {
    try {
      await sendWebResponse(res, await graphql(toWebRequest(req)))
    } catch (error) {
      next(error)
    }
  })
  router.all('/{*path}', async (req, res, next) => {
    try {
      const response = await handleEndpoints({ config, path: req.originalUrl.split('?')[0], request: toWebRequest(req) })
      await sendWebResponse(res, await asProblem(response))
    } catch (error) {
      next(error)
    }
  })
  return router
}

async function asProblem(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (response.status < 400 || !type.includes('application/json')) return response
  const body = await response.json().catch(() => null)
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/problem+json; charset=utf-8')
  headers.delete('content-length')
  return new Response(JSON.stringify(problemFromPayloadBody(response.status, body)), { status: response.status, headers })
}
