import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { hasRole } from '../src/domain/actor'
import { actorOf, ownDepartments, readsDrafts } from './access'

/**
 * Append-only, hash-chained audit log (invariant 8). Written only by src/services/audit.ts
 * (`context.quanzeAudit`); `sequence` is unique, so two concurrent appends cannot fork the chain.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { zh: '审计记录', en: 'Audit record' }, plural: { zh: '审计日志', en: 'Audit log' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['sequence', 'at', 'actor', 'action', 'entityId', 'fromStatus', 'toStatus'],
    group: { zh: '系统', en: 'System' },
  },
  defaultSort: '-sequence',
  access: {
    // editors read the history of their own departments' revisions
    read: ({ req }) => readsDrafts(req) || (hasRole(actorOf(req.user), 'editor') ? ownDepartments(req) : false),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [
      ({ context, operation }) => {
        if (operation !== 'create' || !context.quanzeAudit) throw new APIError('The audit log is append-only', 403, null, true)
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError('The audit log is append-only', 403, null, true)
      },
    ],
  },
  fields: [
    { name: 'sequence', type: 'number', required: true, unique: true },
    { name: 'at', type: 'text', required: true, admin: { description: 'ISO 8601, UTC' } },
    { name: 'actor', type: 'text', label: { zh: '操作人', en: 'Actor' } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    { name: 'entity', type: 'text', required: true },
    { name: 'entityId', type: 'text', required: true, index: true },
    // never populated: a page of records carrying whole revisions once weighed 24 MB
    { name: 'revision', type: 'relationship', relationTo: 'revisions', index: true, maxDepth: 0 },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, maxDepth: 0 },
    { name: 'fromStatus', type: 'text' },
    { name: 'toStatus', type: 'text' },
    { name: 'comment', type: 'textarea' },
    { name: 'beforeHash', type: 'text' },
    { name: 'afterHash', type: 'text' },
    { name: 'previousHash', type: 'text' },
    { name: 'hash', type: 'text', required: true, unique: true },
  ],
}
