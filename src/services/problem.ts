import { APIError, ValidationError } from 'payload'

/** RFC 9457 problem details, the body of every refused API call. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: Array<{ path: string; message: string }>
}

/** The one mapping of the rules' reason codes to HTTP statuses. */
export const STATUS_OF_REASON = { forbidden: 403, conflict: 409, invalid: 422, 'not-found': 404 } as const

/** The media type of every problem body (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/**
 * Payload's admin form reads an error body only when its type says `application/json`, and then
 * shows `message` (else each `errors[].message`, else the bare HTTP status text: "Precondition
 * Failed"). Its saves get the same problem under that type, with `message` saying the detail.
 */
export const ADMIN_FORM_PROBLEM_CONTENT_TYPE = 'application/json; charset=utf-8'

export function forAdminForm<T extends { detail: string; errors?: unknown }>(body: T): T & { message: string } {
  // the toast is all the editor sees: it names the fields too (the form cannot mark a JSON field's inner paths)
  const errors = Array.isArray(body.errors) ? (body.errors as Array<{ path?: unknown; message?: unknown }>) : []
  // those the detail does not already say (a stale save's one error is its detail)
  const named = errors.filter((error) => error.path && !body.detail.includes(String(error.message ?? '')))
  const fields = named.slice(0, FIELDS_IN_TOAST).map((error) => `${String(error.path)}: ${String(error.message ?? '')}`)
  const more = named.length > FIELDS_IN_TOAST ? `; +${named.length - FIELDS_IN_TOAST}` : ''
  return { ...body, message: fields.length ? `${body.detail} — ${fields.join('; ')}${more}` : body.detail }
}

const FIELDS_IN_TOAST = 5

export const PROBLEM_TYPE_BASE = 'https://quanze.dev/problems/'
const TITLES: Record<number, string> = {
  400: 'Bad request',
  412: 'Precondition failed',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
}

export function problem(status: number, detail: string, title = TITLES[status] ?? 'Error', errors?: Problem['errors']): Problem {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '')
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, ...(errors?.length ? { errors } : {}) }
}

export function problemResponse(body: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), { status: body.status, headers: { ...headers, 'content-type': PROBLEM_CONTENT_TYPE } })
}

/** Any thrown error → problem details; internal errors keep their message out of the body. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []).map((e) => ({ path: `/${String(e.path).replace(/\./g, '/')}`, message: e.message }))
    return problem(error.status === 400 ? 422 : error.status, error.message, 'Invalid data', errors)
  }
  if (error instanceof APIError && error.status < 500) {
    const data = (error.data ?? {}) as { title?: string; errors?: Problem['errors'] }
    return problem(error.status, error.message, data.title, data.errors)
  }
  return problem(500, 'Something went wrong; the change was not applied.')
}

/**
 * Payload REST renders errors as `{ errors: [{ message, data }] }`. The bridge rewrites them as
 * problem details, keeping Payload's `errors` so the admin UI still finds its field messages.
 */
export function problemFromPayloadBody(status: number, body: unknown): Omit<Problem, 'errors'> & { errors?: unknown } {
  const payloadErrors = (body as { errors?: Array<{ message?: string; data?: { title?: string; errors?: Array<{ path: string; message: string }> } }> })?.errors
  const first = payloadErrors?.[0]
  const fieldErrors = first?.data?.errors
  const result = problem(status, first?.message ?? (body as { message?: string })?.message ?? TITLES[status] ?? 'Error', first?.data?.title)
  return { ...result, errors: fieldErrors ?? payloadErrors }
}
