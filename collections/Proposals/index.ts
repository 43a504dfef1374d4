import type { Access, CollectionConfig } from 'payload'
import { actorOf, hasRole } from '../../src/domain/actor'
import { CATEGORY_CODES } from '../../src/domain/categories'
import { readsDrafts, ownDepartments } from '../access'
import { codeField } from '../PowerItems/fields'
import type { Proposal } from '../../src/payload-types'
import { checkFormDelete, checkFormWrite, recordFormDelete, recordFormWrite } from './hooks'

/**
 * 拟变更事项: one proposed change of a revision, a record of its own (unique per revision and code),
 * so saving one costs the same whatever the revision's size. Written by the revision services
 * (`/api/revisions/{id}/items/{code}`, batch imports) and by the admin form, both through the same
 * rules (src/services/proposals.ts). `version` grows by one with every write: optimistic
 * concurrency for the API's If-Match and for the admin form, which sends the version it loaded.
 */
const readProposals: Access<Proposal> = ({ req }) => {
  if (readsDrafts(req)) return true
  return hasRole(actorOf(req.user), 'editor') ? ownDepartments(req) : false
}
const departmentEditors: Access<Proposal> = ({ req }) => {
  const actor = actorOf(req.user)
  if (actor?.roles.includes('admin')) return true
  return hasRole(actor, 'editor') ? ownDepartments(req) : false
}
const serviceOwned = { create: () => false, update: () => false }

export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: { singular: { zh: '拟变更事项', en: 'Proposal' }, plural: { zh: '拟变更事项', en: 'Proposals' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'action', 'name', 'category', 'revision', 'version', 'updatedAt'],
    listSearchableFields: ['code', 'name'],
    group: { zh: '权责清单', en: 'Lists' },
    pagination: { defaultLimit: 50 },
    description: {
      zh: '修订中的拟变更事项，每条单独编辑。按修订筛选：在修订页面点击“拟变更事项”。',
      en: "A revision's proposed changes, each edited on its own.",
    },
  },
  access: { read: readProposals, create: departmentEditors, update: departmentEditors, delete: departmentEditors },
  hooks: { beforeChange: [checkFormWrite], afterChange: [recordFormWrite], beforeDelete: [checkFormDelete], afterDelete: [recordFormDelete] },
  indexes: [{ fields: ['revision', 'code'], unique: true }],
  fields: [
    {
      name: 'revision',
      type: 'relationship',
      relationTo: 'revisions',
      required: true,
      index: true,
      label: { zh: '修订', en: 'Revision' },
      access: { update: () => false },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      access: serviceOwned,
      admin: { readOnly: true, position: 'sidebar' },
      label: { zh: '部门', en: 'Department' },
    },
    { ...codeField, access: { update: () => false } } as typeof codeField,
    {
      name: 'action',
      type: 'select',
      required: true,
      defaultValue: 'modify',
      index: true,
      label: { zh: '操作', en: 'Action' },
      options: [
        { value: 'add', label: { zh: '新增', en: 'Add' } },
        { value: 'modify', label: { zh: '修改', en: 'Modify' } },
        { value: 'repeal', label: { zh: '取消', en: 'Repeal' } },
      ],
    },
    { name: 'name', type: 'text', access: serviceOwned, admin: { readOnly: true }, label: { zh: '事项名称', en: 'Name' } },
    {
      name: 'category',
      type: 'select',
      index: true,
      options: [...CATEGORY_CODES],
      access: serviceOwned,
      admin: { readOnly: true },
      label: { zh: '类别', en: 'Category' },
    },
    {
      name: 'item',
      type: 'json',
      label: { zh: '事项内容', en: 'Item' },
      admin: {
        condition: (data) => data?.action !== 'repeal',
        description: {
          zh: '完整事项：按表单逐项填写，或在 JSON 页粘贴（字段同公开接口的 PowerItem）',
          en: 'the full item, as a form or as the public PowerItem JSON',
        },
        components: { Field: '/src/admin/item-form/ProposedItemField#ProposedItemField' },
      },
    },
    { name: 'note', type: 'textarea', label: { zh: '变更说明', en: 'Note' } },
    { name: 'hash', type: 'text', access: serviceOwned, admin: { readOnly: true, position: 'sidebar' }, label: { zh: '内容哈希', en: 'Hash' } },
    {
      name: 'version',
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true, position: 'sidebar', description: { zh: '每次保存加一；保存时与加载时的版本不一致则拒绝', en: 'grows by one with every save' } },
      label: { zh: '版本', en: 'Version' },
    },
  ],
}
