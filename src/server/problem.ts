import type { Duplex } from 'node:stream'
import type { ErrorRequestHandler, Response as ExpressResponse } from 'express'
import {
  ADMIN_FORM_PROBLEM_CONTENT_TYPE,
  forAdminForm,
  problem,
  PROBLEM_CONTENT_TYPE,
  problemFromPayloadBody,
  problemOf,
  type Problem,
} from '../services/problem'

/**
 * The one place delivery renders RFC 9457 problem+json (API.md "Errors"): express handlers call
 * `sendProblem`, Payload's Fetch responses pass through `asProblem`, and `problemErrorHandler`
 * turns whatever an express middleware throws (a body too large, a malformed %-escape) into one.
 */
export { problem, type Problem }

export function sendProblem(res: ExpressResponse, body: Problem, headers: Record<string, string> = {}): void {
  res.set({ ...headers, 'Cache-Control': 'no-store' })
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body))
}

/** A refusal thrown by a guard in front of Payload; `problemErrorHandler` renders it. */
export class ProblemError extends Error {
  constructor(readonly body: Problem) {
    super(body.detail)
  }
}

export const refuse = (status: number, detail: string, title?: string, errors?: Problem['errors']) => new ProblemError(problem(status, detail, title, errors))

/**
 * Payload REST answers errors as `{ errors: [...] }` JSON (or nothing); both become problem+json.
 * An answer to the admin's form (`payloadForm`) is the same problem in the shape that form shows
 * (`forAdminForm`): without it, a refused save said only its status text.
 */
export async function asProblem(response: Response, { payloadForm = false }: { payloadForm?: boolean } = {}): Promise<Response> {
  if (response.status < 400) return response
  const type = response.headers.get('content-type') ?? ''
  const isProblem = type.includes('application/problem+json')
  if (isProblem && !payloadForm) return response
  const json = isProblem || type.includes('application/json') ? await response.json().catch(() => null) : (await response.arrayBuffer(), null)
  const body = isProblem && json ? (json as Problem) : problemFromPayloadBody(response.status, json)
  const headers = new Headers(response.headers)
  headers.set('content-type', payloadForm ? ADMIN_FORM_PROBLEM_CONTENT_TYPE : PROBLEM_CONTENT_TYPE)
  headers.delete('content-length')
  headers.delete('content-encoding')
  return new Response(JSON.stringify(payloadForm ? forAdminForm(body) : body), { status: response.status, headers })
}

/**
 * A URL whose %-escapes do not decode to UTF-8 (`%ff`, a cut-off `%E4%B8`): the 400 names the
 * first such escape as written, so a portal sees which part of its URL to fix.
 */
export function malformedEscape(url: string): Problem {
  const escape = firstBadEscape(url)
  const named = escape ? ` ${escape}` : ''
  return problem(400, `the URL has a malformed %-escape${named}`, undefined, [{ path: 'url', message: `%-escape${named} is not percent-encoded UTF-8` }])
}

function firstBadEscape(url: string): string | undefined {
  for (const [run] of url.matchAll(/(?:%[0-9A-Fa-f]{2})+|%/g)) {
    try {
      decodeURIComponent(run)
    } catch {
      return run.slice(0, 24)
    }
  }
  return undefined
}

/** express errors → problem+json; a 5xx keeps its message out of the body (it may name tables). */
export function problemErrorHandler(label: string): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error)
    if (error instanceof ProblemError) return sendProblem(res, error.body)
    const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode
    const type = (error as { type?: string })?.type
    if (status === 413 || type === 'entity.too.large')
      return sendProblem(
        res,
        problem(413, `the request body is larger than ${(error as { limit?: number }).limit ?? 'the limit of'} bytes`, 'Content too large'),
      )
    if (error instanceof URIError) return sendProblem(res, malformedEscape(req.originalUrl))
    if (typeof status === 'number' && status >= 400 && status < 500) return sendProblem(res, problem(status, String((error as Error).message)))
    const body = problemOf(error)
    if (body.status >= 500) console.error(`${label}:`, error)
    sendProblem(res, body)
  }
}

/**
 * Requests node refuses before express sees them (a URL or headers over 16 KB, a malformed request
 * line): node answers a bare 431 or 400 with no body and no CORS header, which a browser reports to
 * a portal's script as a CORS failure. This answers them in problem+json, readable cross-origin.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy()
    return
  }
  const [status, title, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large', 'the request line and headers may be at most 16 KB: shorten the query (q is at most 200 characters)']
      : [400, 'Bad request', 'the request is not well-formed HTTP']
  const body = JSON.stringify(problem(status, detail, title))
  socket.end(
    [
      `HTTP/1.1 ${status} ${title}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      'Access-Control-Allow-Origin: *',
      'Cache-Control: no-store',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  )
}
