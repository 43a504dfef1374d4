import type { Field } from 'payload'
import { parseItemCode } from '../../src/domain/item-code'

/**
 * The item code field, shared by the `power-items` collection and the proposals of a revision.
 * The item itself is stored as JSON, checked against the item JSON Schema (src/domain/item-schema.ts).
 */
const label = (zh: string, en: string) => ({ zh, 'zh-Hant': zh, en })

export const codeField: Field = {
  name: 'code',
  type: 'text',
  required: true,
  index: true,
  label: label('事项编码', 'Code'),
  admin: { description: '类别字母-5位主项号-3位子项号，例如 XK-00001-000' },
  validate: (value: unknown) => (typeof value === 'string' && parseItemCode(value) ? true : '事项编码格式应为 XK-00001-000'),
}
