import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { actorOf, editsDepartment, hasRole } from '../../src/domain/actor'
import { adminLabel, LABELS } from '../../src/domain/labels'
import { REVISION_STATUSES } from '../../src/domain/revision-workflow'
import { nobody, ownDepartments, readsDrafts } from '../access'
import { idOf } from '../../src/domain/ids'
import type { Revision } from '../../src/payload-types'
import { revisionEndpoints } from './endpoints'
import { acceptCodesAndPlainText, auditEdits, guardProposals, refuseWorkflowFieldUpdate, startOnCurrentSnapshot } from './hooks'

/**
 * 修订: one change set to one department's list. Its status moves only through the workflow
 * endpoints (src/domain/revision-workflow.ts); the fields the workflow owns are read-only here.
 */
const readRevisions: Access<Revision> = ({ req }) => {
  if (readsDrafts(req)) return true
  return hasRole(actorOf(req.user), 'editor') ? ownDepartments(req) : false
}
const createRevisions: Access<Revision> = ({ req, data }) => {
  const actor = actorOf(req.user)
  if (!actor || !(actor.roles.includes('admin') || actor.roles.includes('editor'))) return false
  return data?.department == null || typeof data.department === 'string' || editsDepartment(actor, idOf(data.department))
}
const updateRevisions: Access<Revision> = ({ req }) => {
  const actor = actorOf(req.user)
  if (actor?.roles.includes('admin')) return true
  return hasRole(actor, 'editor') ? ownDepartments(req) : false
}
const workflowAccess: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
/** Written by the workflow only (src/domain/revision-fields.ts): an update that would change one is refused, not ignored. */
const workflowOwned = { access: workflowAccess, hooks: { beforeValidate: [refuseWorkflowFieldUpdate] } }
const readOnly = { readOnly: true, position: 'sidebar' } as const

export const Revisions: CollectionConfig = {
  slug: 'revisions',
  labels: { singular: { zh: '修订', en: 'Revision' }, plural: { zh: '修订', en: 'Revisions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'status', 'updatedAt'],
    group: { zh: '权责清单', en: 'Lists' },
    listSearchableFields: ['title'],
    components: {
      edit: { beforeDocumentControls: ['/src/admin/WorkflowControls#WorkflowControls'] },
      views: {
        edit: {
          changes: {
            Component: '/src/admin/RevisionChangesView#RevisionChangesView',
            path: '/changes',
            tab: { label: '变更对比 Changes', href: '/changes', order: 50 },
          },
        },
      },
    },
  },
  access: { read: readRevisions, create: createRevisions, update: updateRevisions, delete: nobody },
  endpoints: revisionEndpoints,
  hooks: {
    beforeValidate: [acceptCodesAndPlainText],
    beforeChange: [startOnCurrentSnapshot, guardProposals],
    afterChange: [auditEdits],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '修订标题', en: 'Title' } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: { zh: '部门', en: 'Department' },
      // chosen once, at creation: an update that would move the revision is refused like a workflow field's
      access: { update: () => false },
      hooks: { beforeValidate: [refuseWorkflowFieldUpdate] },
    },
    { name: 'reason', type: 'richText', label: { zh: '修订理由', en: 'Reason' } },
    {
      name: 'proposals',
      type: 'join',
      collection: 'proposals',
      on: 'revision',
      label: { zh: '拟变更事项', en: 'Proposals' },
      defaultSort: 'code',
      defaultLimit: 25,
      admin: {
        defaultColumns: ['code', 'action', 'name', 'category', 'version', 'updatedAt'],
        description: { zh: '每条拟变更事项单独编辑；点击编码打开其表单。', en: 'Each proposal is edited in its own form.' },
        // drawn with the page, without the items: Payload's table fetched every row's item afterwards
        components: { Field: '/src/admin/ProposalsField#ProposalsField' },
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: REVISION_STATUSES.map((value) => ({ value, label: adminLabel(LABELS.status[value]) })),
      ...workflowOwned,
      admin: readOnly,
      label: { zh: '状态', en: 'Status' },
    },
    {
      name: 'baseSnapshot',
      type: 'relationship',
      relationTo: 'snapshots',
      ...workflowOwned,
      admin: readOnly,
      label: { zh: '基于快照', en: 'Base snapshot' },
    },
    { name: 'baseHash', type: 'text', ...workflowOwned, label: { zh: '基础快照哈希', en: 'Base hash' }, admin: { hidden: true } },
    {
      name: 'proposalHash',
      type: 'text',
      ...workflowOwned,
      label: { zh: '审查内容哈希', en: 'Proposal hash' },
      admin: { ...readOnly, description: { zh: '覆盖基础快照、标题、理由和每条拟变更事项', en: 'covers the base, the title, the reason and every proposal' } },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', ...workflowOwned, admin: readOnly, label: { zh: '起草人', en: 'Author' } },
    {
      name: 'editors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      ...workflowOwned,
      admin: readOnly,
      label: { zh: '修改人', en: 'Editors' },
    },
    {
      name: 'approval',
      type: 'group',
      ...workflowOwned,
      label: { zh: '审查结论', en: 'Approval' },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'hash', type: 'text', label: { zh: '审查时的哈希', en: 'Approved hash' } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '审查人', en: 'By' } },
        { name: 'at', type: 'date', label: { zh: '时间', en: 'At' } },
        { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
      ],
    },
    {
      name: 'comments',
      type: 'array',
      ...workflowOwned,
      label: { zh: '审查意见', en: 'Comments' },
      admin: { readOnly: true },
      fields: [
        { name: 'author', type: 'text', label: { zh: '审查人', en: 'By' } },
        { name: 'at', type: 'text', label: { zh: '时间', en: 'At' } },
        { name: 'itemCode', type: 'text', label: { zh: '事项编码', en: 'Item code' } },
        { name: 'event', type: 'text', label: { zh: '操作', en: 'Event' } },
        { name: 'text', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
      ],
    },
    { name: 'effectiveFrom', type: 'text', ...workflowOwned, admin: readOnly, label: { zh: '生效日期', en: 'Effective from' } },
    { name: 'publishedAt', type: 'date', ...workflowOwned, admin: readOnly, label: { zh: '发布时间', en: 'Published at' } },
    {
      name: 'snapshot',
      type: 'relationship',
      relationTo: 'snapshots',
      ...workflowOwned,
      admin: readOnly,
      label: { zh: '发布快照', en: 'Published snapshot' },
    },
    {
      name: 'history',
      type: 'join',
      collection: 'audit-log',
      on: 'revision',
      label: { zh: '操作记录', en: 'History' },
      defaultSort: 'sequence',
      admin: { allowCreate: false, defaultColumns: ['sequence', 'at', 'actor', 'action', 'fromStatus', 'toStatus', 'comment'] },
    },
  ],
}
