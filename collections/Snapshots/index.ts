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
    { name: 'label', type: 'text', admin: { readOnly: true } },
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true },
    { name: 'departmentCode', type: 'text', required: true, index: true },
    { name: 'sequence', type: 'number', required: true, admin: { description: 'publication order within the department' } },
    /** `${department}:${sequence}`: a second snapshot at the same place in a chain cannot exist */
    { name: 'chainKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'effectiveFrom', type: 'text', required: true, index: true, label: { zh: '生效日期', en: 'Effective from' } },
    { name: 'publishedAt', type: 'date', required: true, label: { zh: '发布时间', en: 'Published at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'hash', type: 'text', required: true, unique: true },
    { name: 'previousHash', type: 'text' },
    /** one snapshot per revision: a revision published twice cannot make two */
    { name: 'revision', type: 'relationship', relationTo: 'revisions', unique: true },
    { name: 'revisionTitle', type: 'text' },
    { name: 'totals', type: 'json', required: true },
    /** the item hashes of the list in code order; the items are item contents (collections/ItemContents) */
    { name: 'itemHashes', type: 'json', required: true, admin: { hidden: true } },
  ],
}
