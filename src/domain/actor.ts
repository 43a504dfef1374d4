import { idOf } from './ids'

/** Who is acting. Delivery code turns a logged-in user into an Actor (`actorOf`); rules only see this. */
export const ROLES = ['admin', 'editor', 'reviewer', 'publisher', 'legal'] as const
export type Role = (typeof ROLES)[number]

export interface Actor {
  id: string
  email: string
  roles: Role[]
  /** ids of the departments an editor may draft for */
  departments: string[]
}

export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return Boolean(actor?.roles.includes(role))
}

/** Admins and the legal role keep the register of laws (issue 13). */
export function keepsLawRegister(actor: Actor | null | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'legal')
}

export function isAdmin(actor: Actor | null | undefined): boolean {
  return hasRole(actor, 'admin')
}

/** Editors draft for their own departments; admins for all. */
export function editsDepartment(actor: Actor | null | undefined, departmentId: string): boolean {
  if (!actor) return false
  return isAdmin(actor) || (hasRole(actor, 'editor') && actor.departments.includes(departmentId))
}

/** Reviewers, publishers and admins read every open revision; editors those of their departments. */
export function readsAllDrafts(actor: Actor | null | undefined): boolean {
  return Boolean(actor && (isAdmin(actor) || hasRole(actor, 'reviewer') || hasRole(actor, 'publisher')))
}

/** What `actorOf` needs of a logged-in Payload user (the generated `User` fits). */
export interface UserRecord {
  id: string | number
  email?: string | null
  roles?: readonly string[] | null
  departments?: readonly unknown[] | null
}

/** The rules' view of a logged-in user; unknown roles are dropped. */
export function actorOf(user: UserRecord | null | undefined): Actor | null {
  if (!user) return null
  return {
    id: String(user.id),
    email: user.email ?? '',
    roles: (user.roles ?? []).filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    departments: (user.departments ?? []).map(idOf),
  }
}
