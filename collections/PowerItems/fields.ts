import type { Field } from 'payload'
import { CATEGORIES, CATEGORY_CODES } from '../../src/domain/categories'
import { RESPONSIBILITY_STAGES, STAGE_LABELS } from '../../src/domain/responsibility-stages'
import { parseItemCode } from '../../src/domain/item-code'

/**
 * The power item's fields, shared by the `power-items` collection and by the proposals of a
 * revision (one item schema). Their stored shape maps 1:1 to the public shape in item-shape.ts.
 */
const label = (zh: string, en: string) => ({ zh, 'zh-Hant': zh, en })

const deadlineGroup = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'group',
  label: label(zh, en),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', min: 0, label: label('时限', 'Value') },
        {
          name: 'unit',
          type: 'select',
          label: label('单位', 'Unit'),
          options: [
            { value: 'workday', label: label('工作日', 'working days') },
            { value: 'day', label: label('自然日', 'days') },
            { value: 'month', label: label('月', 'months') },
          ],
        },
        { name: 'note', type: 'text', label: label('说明', 'Note') },
      ],
    },
  ],
})

export const codeField: Field = {
  name: 'code',
  type: 'text',
  required: true,
  index: true,
  label: label('事项编码', 'Code'),
  admin: { description: '类别字母-5位主项号-3位子项号，例如 XK-00001-000' },
  validate: (value: unknown) => (typeof value === 'string' && parseItemCode(value) ? true : '事项编码格式应为 XK-00001-000'),
}

/**
 * Every item field but `code` (revisions keep the code on the proposal row). Proposals are checked
 * against the item JSON Schema by their hooks, so there `required` is off: a repeal row has no item.
 */
export function itemContentFields({ required = true }: { required?: boolean } = {}): Field[] {
  return [
    { name: 'name', type: 'text', required, label: label('事项名称', 'Name') },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required,
          label: label('权力类型', 'Category'),
          options: CATEGORY_CODES.map((code) => ({ value: code, label: label(`${code} ${CATEGORIES[code]['zh-Hans']}`, `${code} ${CATEGORIES[code].en}`) })),
        },
        { name: 'parentCode', type: 'text', label: label('所属主项编码', 'Main item code') },
        {
          name: 'sourceCode',
          type: 'text',
          index: true,
          label: label('来源编码', 'Source code'),
          admin: { description: label('原清单使用的编码（如国家基本目录编码）', "the publishing office's own code") },
        },
        { name: 'handlingUnit', type: 'text', label: label('承办机构', 'Handling unit') },
      ],
    },
    {
      name: 'legalBasis',
      type: 'array',
      label: label('设定依据 / 实施依据', 'Legal basis'),
      labels: { singular: label('依据', 'Clause'), plural: label('依据', 'Clauses') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'law', type: 'text', required: true, label: label('法律法规', 'Law') },
            { name: 'documentNo', type: 'text', label: label('文号', 'Document no.') },
            { name: 'article', type: 'text', label: label('条款', 'Article') },
          ],
        },
        { name: 'text', type: 'textarea', required: true, label: label('条文内容', 'Text') },
      ],
    },
    { name: 'conditions', type: 'textarea', label: label('受理条件', 'Conditions') },
    {
      name: 'materials',
      type: 'array',
      label: label('申请材料', 'Materials'),
      fields: [{ name: 'material', type: 'text', required: true, label: label('材料', 'Material') }],
    },
    {
      name: 'procedure',
      type: 'array',
      label: label('办理流程', 'Procedure'),
      labels: { singular: label('环节', 'Step'), plural: label('环节', 'Steps') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('环节名称', 'Step') },
            { name: 'deadline', type: 'text', label: label('环节时限', 'Deadline') },
          ],
        },
        { name: 'description', type: 'textarea', label: label('办理要求', 'Description') },
      ],
    },
    deadlineGroup('statutoryDeadline', '法定办结时限', 'Statutory deadline'),
    deadlineGroup('committedDeadline', '承诺办结时限', 'Committed deadline'),
    {
      name: 'fees',
      type: 'group',
      label: label('收费', 'Fees'),
      fields: [
        { name: 'charged', type: 'checkbox', defaultValue: false, label: label('是否收费', 'Charged') },
        {
          name: 'items',
          type: 'array',
          label: label('收费项目', 'Fee items'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: label('项目', 'Item') },
                { name: 'standard', type: 'text', required: true, label: label('标准', 'Standard') },
                { name: 'basis', type: 'text', label: label('依据', 'Basis') },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'responsibilities',
      type: 'array',
      label: label('责任事项', 'Responsibilities'),
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          label: label('环节', 'Stage'),
          options: RESPONSIBILITY_STAGES.map((stage) => ({ value: stage, label: label(STAGE_LABELS[stage]['zh-Hans'], STAGE_LABELS[stage].en) })),
        },
        { name: 'duty', type: 'textarea', required: true, label: label('责任内容', 'Duty') },
        { name: 'basis', type: 'text', label: label('责任依据', 'Basis') },
      ],
    },
    {
      name: 'accountability',
      type: 'array',
      label: label('追责情形', 'Accountability'),
      fields: [{ name: 'circumstance', type: 'textarea', required: true, label: label('情形', 'Circumstance') }],
    },
    {
      type: 'row',
      fields: [
        { name: 'supervisionPhone', type: 'text', label: label('监督电话', 'Supervision phone') },
        { name: 'consultationPhone', type: 'text', label: label('咨询电话', 'Consultation phone') },
      ],
    },
    { name: 'remarks', type: 'richText', label: label('备注', 'Remarks') },
  ]
}
