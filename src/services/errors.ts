import { APIError } from 'payload'
import type { FieldError } from '../domain/item-schema'
import type { Refusal } from '../domain/revision-workflow'
import { STATUS_OF_REASON } from './problem'

/**
 * A refusal the caller can act on. Payload REST renders it as `{ errors: [...] }`; the express
 * bridge and the workflow endpoints render it as RFC 9457 problem+json.
 */
export class RefusedError extends APIError<{ title: string; errors?: FieldError[] }> {
  constructor(status: 400 | 403 | 404 | 409 | 412 | 422, title: string, detail: string, errors?: FieldError[]) {
    super(detail, status, { title, ...(errors ? { errors } : {}) }, true)
  }
}

export const notFound = (what: string) => new RefusedError(404, 'Not found', `${what} not found`)

/** A refusal of the rules (a reason code) as the error the API answers with. */
export const refused = (refusal: Omit<Refusal, 'allowed'>) => new RefusedError(STATUS_OF_REASON[refusal.reason], refusal.title, refusal.detail)
