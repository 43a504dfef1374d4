import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { actorOf, isAdmin, ROLES } from '../src/domain/actor'
import { adminLabel, LABELS } from '../src/domain/labels'
import type { User } from '../src/payload-types'
import { adminOnly } from './access'
import { auditHooks } from './staff-audit'

const selfOrAdmin: Access<User> = ({ req }) => {
  if (isAdmin(actorOf(req.user))) return true
  return req.user ? { id: { equals: req.user.id } } : false
}
const adminField: FieldAccess = ({ req }) => isAdmin(actorOf(req.user))

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  // no Payload lockout: it locked the real user out for everyone; src/server/login-throttle.ts throttles per client and account
  // forgot-password: Payload's request interval writes outside the open transaction, which SQLite's
  // immediate transactions refuse ("database is locked", a 500 for every e-mail); the express layer
  // throttles reset requests per client and account instead
  auth: { tokenExpiration: 8 * 3600, maxLoginAttempts: 0, forgotPassword: { minRequestInterval: 0 } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'departments'], group: { zh: '系统', en: 'System' } },
  access: { read: selfOrAdmin, create: adminOnly, update: selfOrAdmin, delete: adminOnly, admin: ({ req }) => Boolean(req.user) },
  hooks: auditHooks({ noun: 'user', fields: ['email', 'name', 'roles', 'departments'] }),
  fields: [
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: { zh: '角色', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: adminLabel(LABELS.role[role]) })),
      access: { create: adminField, update: adminField },
    },
    {
      name: 'departments',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      saveToJWT: true,
      label: { zh: '所属部门', en: 'Departments' },
      admin: { description: { zh: '编辑只能为这些部门起草修订', en: 'Editors draft revisions for these departments only' } },
      access: { create: adminField, update: adminField },
    },
  ],
}
