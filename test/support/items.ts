import type { PowerItem } from '../../src/domain/power-item'
import { categoryName, type CategoryCode } from '../../src/domain/categories'

/** A minimal valid power item; override what a test is about. */
export function makeItem(code: string, overrides: Partial<PowerItem> = {}): PowerItem {
  const category = code.slice(0, 2) as CategoryCode
  return {
    code,
    name: `事项 ${code}`,
    category,
    categoryName: categoryName(category),
    parentCode: code.endsWith('-000') ? null : `${code.slice(0, 8)}-000`,
    handlingUnit: '企业注册局',
    legalBasis: [{ law: '《中华人民共和国行政许可法》', documentNo: null, article: '第十二条', text: '下列事项可以设定行政许可。' }],
    conditions: null,
    materials: [],
    procedure: [{ name: '受理', description: '窗口受理申请材料', deadline: '当场' }],
    statutoryDeadline: { value: 20, unit: 'workday', note: null },
    committedDeadline: { value: 15, unit: 'workday', note: null },
    fees: { charged: false, items: [] },
    responsibilities: [{ stage: 'acceptance', duty: '依法受理申请', basis: null }],
    accountability: ['对符合法定条件的申请不予受理的'],
    supervisionPhone: '0851-85555555',
    consultationPhone: '12315',
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
    ...overrides,
  }
}
