import { APIError } from 'payload'
import type { FieldError } from '../domain/item-schema'
import type { Refusal } from '../domain/revision-workflow'
import { STATUS_OF_REASON } from './problem'

/**
 * A refusal the caller can act on. Payload REST renders it as `{ errors: [...] }`; the express
 * bridge and the workflow endpoints render it as RFC 9457 problem+json.
 */
export class RefusedError extends APIError<{ title: string; errors?: FieldError[] }> {
  /** What callers branch on when the status alone does not say it (pages: "no list in force" vs "unknown"). */
  readonly code?: RefusalCode

  constructor(status: 400 | 403 | 404 | 409 | 412 | 422, title: string, detail: string, errors?: FieldError[], code?: RefusalCode) {
    super(detail, status, { title, ...(errors ? { errors } : {}) }, true)
    if (code) this.code = code
  }
}

/** Refusals told apart by code rather than by their (English, changeable) title. */
export type RefusalCode = 'no-list-in-force'

export const notFound = (what: string) => new RefusedError(404, 'Not found', `${what} not found`)

/** The department exists but no published list of it is in force on `date` (invariant 6). */
export const noListInForce = (department: string, date: string) =>
  new RefusedError(404, 'No list in force', `department "${department}" has no published list in force on ${date}`, undefined, 'no-list-in-force')

/** A refusal of the rules (a reason code) as the error the API answers with. */
export const refused = (refusal: Omit<Refusal, 'allowed'>) => new RefusedError(STATUS_OF_REASON[refusal.reason], refusal.title, refusal.detail)
