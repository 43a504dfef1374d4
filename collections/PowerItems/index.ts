import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { actorOf, inForceToday, readsDrafts } from '../access'
import { codeField, itemContentFields } from './fields'

/**
 * 权力事项 as currently published. Nobody writes here directly: every change arrives through a
 * revision's publication (invariant 2), which sets `context.quanzePublication`. Editors draft in
 * revisions; Payload's versions keep the history of what each publication wrote.
 */
export const readPowerItems: Access = ({ req }) => {
  if (readsDrafts(req)) return true
  const actor = actorOf(req.user)
  const published = { and: [{ _status: { equals: 'published' } }, inForceToday()] }
  if (actor?.roles.includes('editor')) return { or: [{ department: { in: actor.departments } }, published] }
  return published
}

const onlyThroughPublication: CollectionBeforeChangeHook = ({ context }) => {
  if (!context.quanzePublication) {
    throw new APIError('Power items change only through a published revision (权力事项只能通过修订发布变更)', 403, null, true)
  }
}

export const PowerItems: CollectionConfig = {
  slug: 'power-items',
  labels: { singular: { zh: '权力事项', en: 'Power item' }, plural: { zh: '权力事项', en: 'Power items' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'category', 'department', 'effectiveFrom', '_status'],
    group: { zh: '权责清单', en: 'Lists' },
    description: { zh: '已发布的事项（只读）。新增、修改、取消事项请创建修订。', en: 'Published items (read-only). Create a revision to add, change or repeal items.' },
  },
  versions: { drafts: true, maxPerDoc: 0 },
  access: {
    read: readPowerItems,
    readVersions: ({ req }) => readsDrafts(req),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeChange: [onlyThroughPublication] },
  indexes: [{ fields: ['department', 'code'], unique: true }],
  fields: [
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true, label: { zh: '实施主体', en: 'Department' } },
    codeField,
    ...itemContentFields(),
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', type: 'text', index: true, label: { zh: '生效日期', en: 'Effective from' }, admin: { readOnly: true } },
        { name: 'effectiveTo', type: 'text', index: true, label: { zh: '取消日期', en: 'Effective to' }, admin: { readOnly: true } },
      ],
    },
  ],
}
