import type { Access, PayloadRequest, Where } from 'payload'
import { actorOf, isAdmin, readsAllDrafts } from '../src/domain/actor'
import { todayInChina } from '../src/domain/dates'

export const adminOnly: Access = ({ req }) => isAdmin(actorOf(req.user))
export const nobody: Access = () => false
export const anyone: Access = () => true
/** Any logged-in staff member (the register of laws is staff reading; the public reads it through /api/public/v1/laws). */
export const authenticated: Access = ({ req }) => Boolean(req.user)

export const readsDrafts = (req: PayloadRequest): boolean => readsAllDrafts(actorOf(req.user))

/** A where-clause on a `department` relationship: the editor's own departments. */
export function ownDepartments(req: PayloadRequest): Where {
  return { department: { in: actorOf(req.user)?.departments ?? [] } }
}

/** Anonymous users see what is published and already in force (invariant 1). */
export function inForceToday(prefix = ''): Where {
  const today = todayInChina()
  return {
    and: [
      { [`${prefix}effectiveFrom`]: { less_than_equal: today } },
      {
        or: [
          { [`${prefix}effectiveTo`]: { exists: false } },
          { [`${prefix}effectiveTo`]: { equals: null } },
          { [`${prefix}effectiveTo`]: { greater_than: today } },
        ],
      },
    ],
  }
}
