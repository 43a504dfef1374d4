import type { Access, CollectionConfig, Validate } from 'payload'
import { actorOf, keepsLawRegister } from '../../src/domain/actor'
import { isCalendarDate } from '../../src/domain/dates'
import { LAW_LEVEL_NAMES, LAW_LEVELS, VERSION_STATUSES } from '../../src/domain/laws/law'
import { adminLabel, LABELS } from '../../src/domain/labels'
import { adminOnly, authenticated } from '../access'
import { lawEndpoints } from './endpoints'
import { auditLawChange, auditLawDeletion } from './hooks'

/**
 * 法律法规库: the laws items' legal bases rest on, with their history (each version's effective date
 * and status, what replaced it, the article map). Staff read it here; the public reads it through
 * /api/public/v1/laws, which shows only versions already in effect. Admins and the `legal` role
 * keep it; every change is audited.
 */
const keepsRegister: Access = ({ req }) => keepsLawRegister(actorOf(req.user))

const calendarDate: Validate = (value) => value == null || value === '' || isCalendarDate(value) || '日期格式应为 YYYY-MM-DD（date must be YYYY-MM-DD）'

export const Laws: CollectionConfig = {
  slug: 'laws',
  labels: { singular: { zh: '法律法规', en: 'Law' }, plural: { zh: '法律法规库', en: 'Laws' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'documentNo', 'issuingBody'],
    group: { zh: '法律法规', en: 'Laws' },
    listSearchableFields: ['title', 'aliases', 'documentNo'],
    components: {
      beforeList: ['/src/admin/UnresolvedCitations#UnresolvedCitations'],
      views: {
        edit: {
          impact: {
            Component: '/src/admin/LawImpactView#LawImpactView',
            path: '/impact',
            tab: { label: '变更影响 Impact', href: '/impact', order: 50 },
          },
        },
      },
    },
  },
  access: { read: authenticated, create: keepsRegister, update: keepsRegister, delete: adminOnly },
  endpoints: lawEndpoints,
  hooks: { afterChange: [auditLawChange], afterDelete: [auditLawDeletion] },
  fields: [
    { name: 'title', type: 'text', required: true, index: true, label: { zh: '名称', en: 'Title' } },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: { zh: '简称与曾用名', en: 'Aliases' },
      admin: { description: { zh: '各部门引用时使用的简称、旧称', en: 'the short and historical names offices write' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          label: { zh: '效力级别', en: 'Level' },
          options: LAW_LEVELS.map((value) => ({ value, label: adminLabel(LAW_LEVEL_NAMES[value]) })),
        },
        { name: 'issuingBody', type: 'text', label: { zh: '制定机关', en: 'Issuing body' } },
        { name: 'documentNo', type: 'text', label: { zh: '文号', en: 'Document number' } },
      ],
    },
    {
      name: 'versions',
      type: 'array',
      label: { zh: '沿革', en: 'History' },
      labels: { singular: { zh: '版本', en: 'Version' }, plural: { zh: '版本', en: 'Versions' } },
      admin: {
        description: {
          zh: '每一条记录说明自生效日期起本法的状态：施行、修订（新文本）或废止',
          en: 'each entry says what the law is from its date on: in force, amended (a new text) or repealed',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'effectiveFrom',
              type: 'text',
              validate: calendarDate,
              label: { zh: '生效日期', en: 'Effective from' },
              admin: { placeholder: 'YYYY-MM-DD', description: { zh: '不详可留空', en: 'blank when not known' } },
            },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'in-force',
              label: { zh: '状态', en: 'Status' },
              options: VERSION_STATUSES.map((value) => ({ value, label: adminLabel(LABELS.lawVersionStatus[value]) })),
            },
            { name: 'documentNo', type: 'text', label: { zh: '文号', en: 'Document number' } },
          ],
        },
        {
          name: 'replacedBy',
          type: 'relationship',
          relationTo: 'laws',
          label: { zh: '由何法取代', en: 'Replaced by' },
          admin: { condition: (_data, row) => row?.status === 'repealed' },
        },
        {
          name: 'articleMap',
          type: 'array',
          label: { zh: '条文对照', en: 'Article map' },
          admin: {
            initCollapsed: true,
            description: {
              zh: '旧条款 → 新条款；新条款留空表示该条已删除。不确定时请留空整个对照表',
              en: 'old article → new article; a blank new article means it is gone. Leave the map empty rather than guess',
            },
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'from', type: 'text', required: true, label: { zh: '原条款', en: 'Old article' } },
                { name: 'to', type: 'text', label: { zh: '新条款', en: 'New article' } },
              ],
            },
          ],
        },
        { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
      ],
    },
    {
      name: 'links',
      type: 'text',
      hasMany: true,
      label: { zh: '人工关联的引用', en: 'Linked citations' },
      admin: {
        description: { zh: '在“未匹配引用”报告中人工关联到本法的引用写法', en: 'citations linked to this law by hand from the unresolved-citation report' },
      },
    },
  ],
}
