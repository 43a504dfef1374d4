import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'
import { sha256Hex } from '../src/domain/canonical-json'
import { appendAudit } from '../src/services/audit'
import { idOf } from '../src/domain/ids'

/**
 * Changes to accounts and departments are audit records in the same hash chain as revision events
 * (issue 11: creating users, changing roles or departments and renaming a department left no
 * trace). The record names what changed, old and new, and hashes the tracked fields before and
 * after; it is written in the change's own transaction, so there is no change without its record.
 * Changes made by a person (REST, GraphQL, the admin) are recorded; the trusted local scripts that
 * run without a user (the seed at installation) are not: whoever runs them holds the database.
 */
export interface AuditedFields {
  /** `user` → actions `user.create`, `user.update`, `user.delete` */
  noun: string
  fields: string[]
  /** the department whose editors may read the record */
  departmentOf?: (doc: Record<string, unknown>) => string | number | null
}

const PASSWORD_CHANGED = 'quanzePasswordChanged'

function tracked(doc: Record<string, unknown> | undefined, fields: string[]): Record<string, unknown> | null {
  if (!doc) return null
  return Object.fromEntries(fields.map((field) => [field, normalise(doc[field])]))
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((each) => (each && typeof each === 'object' ? idOf(each) : each))
  if (value && typeof value === 'object' && 'id' in value) return idOf(value)
  return value ?? null
}

const shown = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : value === null ? '∅' : String(value))

function describe(before: Record<string, unknown> | null, after: Record<string, unknown>, locale: string | undefined): string {
  return Object.keys(after)
    .filter((field) => !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) =>
      before
        ? `${field}${locale && field === 'name' ? ` (${locale})` : ''}: ${shown(before[field])} → ${shown(after[field])}`
        : `${field}: ${shown(after[field])}`,
    )
    .join('; ')
}

export function auditHooks({ noun, fields, departmentOf }: AuditedFields) {
  const notePassword: CollectionBeforeChangeHook = ({ data, operation, context }) => {
    if (operation === 'update' && typeof data?.password === 'string' && data.password) context[PASSWORD_CHANGED] = true
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
    if (!req.user) return doc
    const before = operation === 'create' ? null : tracked(previousDoc, fields)
    const after = tracked(doc, fields)!
    const passwordChanged = context[PASSWORD_CHANGED] === true
    const beforeHash = before ? sha256Hex(before) : null
    const afterHash = sha256Hex(after)
    if (beforeHash === afterHash && !passwordChanged) return doc
    const changes = [describe(before, after, req.locale ?? undefined), passwordChanged ? 'password changed' : ''].filter(Boolean).join('; ')
    await appendAudit(req, {
      action: `${noun}.${operation}`,
      entity: collection.slug,
      entityId: String(doc.id),
      departmentId: departmentOf?.(doc) ?? null,
      comment: changes,
      beforeHash,
      afterHash,
    })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
    if (!req.user) return
    const before = tracked(doc, fields)!
    await appendAudit(req, {
      action: `${noun}.delete`,
      entity: collection.slug,
      entityId: String(doc.id),
      departmentId: departmentOf?.(doc) ?? null,
      comment: describe(null, before, undefined),
      beforeHash: sha256Hex(before),
    })
  }
  return { beforeChange: [notePassword], afterChange: [afterChange], afterDelete: [afterDelete] }
}
