import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminLabel, LABELS } from '../src/domain/labels'
import type { Department } from '../src/payload-types'
import { RefusedError } from '../src/services/errors'
import { adminOnly, anyone, nobody } from './access'
import { auditHooks } from './staff-audit'

const audit = auditHooks({
  noun: 'department',
  fields: ['code', 'name', 'creditCode', 'regionCode', 'level', 'address', 'supervisionPhone', 'consultationPhone'],
  departmentOf: (doc) => doc.id as number,
})

/**
 * Public URLs and published snapshots name a department by its code, so once it has published the
 * code is fixed (a renamed code broke every public URL of the department); its name may change.
 */
const codeFixedOncePublished: CollectionBeforeChangeHook<Department> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data?.code === undefined || data.code === originalDoc.code) return data
  const { totalDocs } = await req.payload.count({ collection: 'snapshots', where: { department: { equals: originalDoc.id } }, req, overrideAccess: true })
  if (totalDocs > 0)
    throw new RefusedError(
      409,
      'Code fixed',
      `department ${originalDoc.code} has published lists, and public URLs use its code: it cannot become ${String(data.code)}. Change its name instead.`,
      [{ path: '/code', message: 'cannot change once the department has published' }],
    )
  return data
}

/** 实施主体: a department that publishes a list. Its `code` names it in URLs and commands. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: { zh: '部门', en: 'Department' }, plural: { zh: '部门', en: 'Departments' } },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'regionCode', 'level'], group: { zh: '系统', en: 'System' } },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: nobody },
  hooks: { beforeChange: [codeFixedOncePublished, ...audit.beforeChange], afterChange: audit.afterChange, afterDelete: audit.afterDelete },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '部门代码', en: 'Code' },
      admin: { description: { zh: '小写字母、数字和连字符，例如 gz-aic', en: 'lowercase letters, digits and hyphens, e.g. gz-aic' } },
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9][a-z0-9-]{1,40}$/.test(value) ? true : '部门代码只能包含小写字母、数字和连字符'),
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'creditCode',
      type: 'text',
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      validate: (value: unknown) => (!value || /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(String(value)) ? true : '统一社会信用代码为18位'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'regionCode',
          type: 'text',
          required: true,
          label: { zh: '行政区划代码', en: 'Region code (GB/T 2260)' },
          validate: (value: unknown) => (/^\d{6}$/.test(String(value ?? '')) ? true : '行政区划代码为6位数字'),
        },
        {
          name: 'level',
          type: 'select',
          required: true,
          label: { zh: '层级', en: 'Level' },
          options: Object.entries(LABELS.level).map(([value, label]) => ({ value, label: adminLabel(label) })),
        },
      ],
    },
    { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address' } },
    {
      type: 'row',
      fields: [
        { name: 'supervisionPhone', type: 'text', label: { zh: '监督电话', en: 'Supervision phone' } },
        { name: 'consultationPhone', type: 'text', label: { zh: '咨询电话', en: 'Consultation phone' } },
      ],
    },
  ],
}
