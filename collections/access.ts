import type { Access, PayloadRequest, TypedUser } from 'payload'
import { readsAllDrafts, hasRole, isAdmin, ROLES, type Actor, type Role } from '../src/domain/actor'
import { todayInChina } from '../src/domain/dates'

/** The rules' view of a logged-in Payload user. */
export function actorOf(user: TypedUser | null | undefined): Actor | null {
  if (!user) return null
  const record = user as unknown as { id: string | number; email?: string; roles?: string[]; departments?: unknown[] }
  return {
    id: String(record.id),
    email: record.email ?? '',
    roles: (record.roles ?? []).filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    departments: (record.departments ?? []).map(idOf),
  }
}

/** A relationship value is an id or a populated document. */
export function idOf(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

export const authenticated: Access = ({ req }) => Boolean(req.user)
export const adminOnly: Access = ({ req }) => isAdmin(actorOf(req.user))
export const nobody: Access = () => false
export const anyone: Access = () => true

export const readsDrafts = (req: PayloadRequest): boolean => readsAllDrafts(actorOf(req.user))
export const isEditor = (req: PayloadRequest): boolean => hasRole(actorOf(req.user), 'editor')

/** A where-clause on a `department` relationship: the editor's own departments. */
export function ownDepartments(req: PayloadRequest) {
  return { department: { in: actorOf(req.user)?.departments ?? [] } }
}

/** Anonymous users see what is published and already in force (invariant 1). */
export function inForceToday(prefix = '') {
  const today = todayInChina()
  return {
    and: [
      { [`${prefix}effectiveFrom`]: { less_than_equal: today } },
      { or: [{ [`${prefix}effectiveTo`]: { exists: false } }, { [`${prefix}effectiveTo`]: { equals: null } }, { [`${prefix}effectiveTo`]: { greater_than: today } }] },
    ],
  }
}
