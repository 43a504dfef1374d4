import type { Access, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { todayInChina } from '../../src/domain/dates'

/**
 * 公示: an immutable snapshot of a department's whole list (invariant 5). Only the publish service
 * creates one (`context.quanzePublication`); nothing updates or deletes one, whatever the access.
 */
const staffOrInForce: Access = ({ req }) => (req.user ? true : { effectiveFrom: { less_than_equal: todayInChina() } })

const immutable = (what: string) => () => {
  throw new APIError(`Snapshots are immutable: ${what} is refused (公示快照不可修改或删除)`, 403, null, true)
}

export const Snapshots: CollectionConfig = {
  slug: 'snapshots',
  labels: { singular: { zh: '公示快照', en: 'Snapshot' }, plural: { zh: '公示快照', en: 'Snapshots' } },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'department', 'effectiveFrom', 'publishedAt', 'hash'],
    group: { zh: '权责清单', en: 'Lists' },
  },
  access: { read: staffOrInForce, create: () => false, update: () => false, delete: () => false },
  hooks: {
    beforeChange: [
      ({ context, operation }) => {
        if (operation === 'update') immutable('update')()
        if (!context.quanzePublication) throw new APIError('Snapshots are created only by publishing a revision', 403, null, true)
      },
    ],
    beforeDelete: [immutable('delete')],
  },
  fields: [
    { name: 'label', type: 'text', label: { zh: '标识', en: 'Label' }, admin: { readOnly: true } },
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true, label: { zh: '部门', en: 'Department' } },
    { name: 'departmentCode', type: 'text', required: true, index: true, label: { zh: '部门代码', en: 'Department code' } },
    {
      name: 'sequence',
      type: 'number',
      required: true,
      label: { zh: '序号', en: 'Sequence' },
      admin: { description: { zh: '在本部门内的发布顺序', en: 'publication order within the department' } },
    },
    /** `${department}:${sequence}`: a second snapshot at the same place in a chain cannot exist */
    { name: 'chainKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'effectiveFrom', type: 'text', required: true, index: true, label: { zh: '生效日期', en: 'Effective from' } },
    { name: 'publishedAt', type: 'date', required: true, label: { zh: '发布时间', en: 'Published at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'hash', type: 'text', required: true, unique: true, label: { zh: '哈希', en: 'Hash' } },
    { name: 'previousHash', type: 'text', label: { zh: '上一快照哈希', en: 'Previous hash' } },
    /** one snapshot per revision: a revision published twice cannot make two */
    { name: 'revision', type: 'relationship', relationTo: 'revisions', unique: true, label: { zh: '修订', en: 'Revision' } },
    { name: 'revisionTitle', type: 'text', label: { zh: '修订标题', en: 'Revision title' } },
    {
      name: 'totals',
      type: 'json',
      required: true,
      label: { zh: '事项统计', en: 'Totals' },
      admin: { components: { Field: '/src/admin/JsonTextField#JsonTextField' } },
    },
    /** the item hashes of the list in code order; the items are item contents (collections/ItemContents) */
    { name: 'itemHashes', type: 'json', required: true, admin: { hidden: true } },
  ],
}
