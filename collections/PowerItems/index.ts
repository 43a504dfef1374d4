import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { CATEGORY_CODES } from '../../src/domain/categories'
import { inForceToday, readsDrafts } from '../access'
import { actorOf } from '../../src/domain/actor'
import { codeField } from './fields'
import type { PowerItem as PowerItemDoc } from '../../src/payload-types'

/**
 * 权力事项 as published, one row per item version: each publication closes the rows it modifies or
 * repeals (effectiveTo) and opens rows for what it adds or modifies (effectiveFrom). Nobody writes
 * here directly: only a revision's publication does (invariant 2, src/services/publish.ts, in
 * set-based statements). Anonymous readers see the versions in force today (invariant 1), so a
 * future-dated publication changes nothing for them before its date. The snapshots are the
 * history; Payload's per-document versions are off.
 */
export const readPowerItems: Access<PowerItemDoc> = ({ req }) => {
  if (readsDrafts(req)) return true
  const actor = actorOf(req.user)
  if (actor?.roles.includes('editor')) return { or: [{ department: { in: actor.departments } }, inForceToday()] }
  return inForceToday()
}

const onlyThroughPublication: CollectionBeforeChangeHook<PowerItemDoc> = ({ context }) => {
  if (!context.quanzePublication) {
    throw new APIError('Power items change only through a published revision (权力事项只能通过修订发布变更)', 403, null, true)
  }
}

const label = (zh: string, en: string) => ({ zh, 'zh-Hant': zh, en })

export const PowerItems: CollectionConfig = {
  slug: 'power-items',
  labels: { singular: { zh: '权力事项', en: 'Power item' }, plural: { zh: '权力事项', en: 'Power items' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'category', 'department', 'effectiveFrom', 'effectiveTo'],
    listSearchableFields: ['code', 'name'],
    group: { zh: '权责清单', en: 'Lists' },
    description: {
      zh: '已发布的事项版本（只读）。新增、修改、取消事项请创建修订。',
      en: 'Published item versions (read-only). Create a revision to add, change or repeal items.',
    },
  },
  access: { read: readPowerItems, create: () => false, update: () => false, delete: () => false },
  hooks: { beforeChange: [onlyThroughPublication] },
  indexes: [{ fields: ['department', 'code', 'effectiveFrom'] }],
  fields: [
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true, label: label('实施主体', 'Department') },
    codeField,
    { name: 'name', type: 'text', label: label('事项名称', 'Name') },
    { name: 'category', type: 'select', index: true, options: [...CATEGORY_CODES], label: label('类别', 'Category') },
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', type: 'text', index: true, label: label('生效日期', 'Effective from'), admin: { readOnly: true } },
        { name: 'effectiveTo', type: 'text', index: true, label: label('失效日期', 'Effective to'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'item',
      type: 'json',
      label: label('事项内容', 'Item'),
      admin: {
        readOnly: true,
        description: label('公开接口的 PowerItem', 'the public PowerItem'),
        components: { Field: '/src/admin/JsonTextField#JsonTextField' },
      },
    },
  ],
}
