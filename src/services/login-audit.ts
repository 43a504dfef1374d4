import { createLocalReq, type Payload } from 'payload'
import { appendAudit } from './audit'

/**
 * A failed login is an audit record in the same hash chain as everything else (issue 11): who was
 * tried, from where. The attempt count is bounded by the login throttle, so the log cannot be
 * flooded through here.
 */
export async function auditFailedLogin(payload: Payload, email: string, client: string): Promise<void> {
  const req = await createLocalReq({}, payload)
  await appendAudit(req, { action: 'login.failed', entity: 'users', entityId: email.slice(0, 200) || '(none)', comment: `from ${client}` })
}
