import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { actorOf, hasRole } from '../src/domain/actor'
import { ownDepartments, readsDrafts } from './access'

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
    { name: 'sequence', type: 'number', required: true, unique: true, label: { zh: '序号', en: 'Sequence' } },
    {
      name: 'at',
      type: 'text',
      required: true,
      label: { zh: '时间', en: 'At' },
      admin: { description: { zh: 'ISO 8601，协调世界时（UTC）', en: 'ISO 8601, UTC' } },
    },
    { name: 'actor', type: 'text', label: { zh: '操作人', en: 'Actor' } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    // revision and department are never populated: a page of records carrying whole revisions once weighed 24 MB
    { name: 'entity', type: 'text', required: true, label: { zh: '对象类型', en: 'Entity' } },
    { name: 'entityId', type: 'text', required: true, index: true, label: { zh: '对象编号', en: 'Entity ID' } },
    { name: 'revision', type: 'relationship', relationTo: 'revisions', index: true, maxDepth: 0, label: { zh: '修订', en: 'Revision' } },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, maxDepth: 0, label: { zh: '部门', en: 'Department' } },
    { name: 'fromStatus', type: 'text', label: { zh: '原状态', en: 'From status' } },
    { name: 'toStatus', type: 'text', label: { zh: '新状态', en: 'To status' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    { name: 'beforeHash', type: 'text', label: { zh: '变更前哈希值', en: 'Hash before' } },
    { name: 'afterHash', type: 'text', label: { zh: '变更后哈希值', en: 'Hash after' } },
    { name: 'previousHash', type: 'text', label: { zh: '上一记录哈希值', en: 'Previous hash' } },
    { name: 'hash', type: 'text', required: true, unique: true, label: { zh: '哈希值', en: 'Hash' } },
  ],
}
