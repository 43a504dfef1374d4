import { isCategoryCode, type CategoryCode } from './categories'

/**
 * 事项编码: category letters, 5-digit main item, 3-digit sub-item, e.g. `XK-00001-000`
 * (the scheme of Guizhou DB52/T 1264-2018). Sub-item `000` is the main item itself.
 */
export const ITEM_CODE_PATTERN = '^(XK|CF|QZ|ZS|JF|JC|QR|JL|CJ|QT|GG)-[0-9]{5}-[0-9]{3}$'
const itemCodeRegExp = new RegExp(ITEM_CODE_PATTERN)

export interface ParsedItemCode {
  category: CategoryCode
  main: string
  sub: string
  isMainItem: boolean
  /** the code of the main item this code belongs to (itself for a main item) */
  mainCode: string
}

export function parseItemCode(code: string): ParsedItemCode | null {
  if (!itemCodeRegExp.test(code)) return null
  const [category, main, sub] = code.split('-')
  if (!isCategoryCode(category)) return null
  return { category, main, sub, isMainItem: sub === '000', mainCode: `${category}-${main}-000` }
}

/** Why a code does not fit its item, or null when it does. Messages are shown to editors. */
export function itemCodeProblem(item: { code: string; category: string; parentCode: string | null }): { field: string; message: string } | null {
  const parsed = parseItemCode(item.code)
  if (!parsed) {
    return {
      field: 'code',
      message: `事项编码 "${item.code}" 格式应为 类别字母-5位主项号-3位子项号，例如 XK-00001-000`,
    }
  }
  if (parsed.category !== item.category) {
    return {
      field: 'category',
      message: `事项编码 ${item.code} 的类别字母 ${parsed.category} 与权力类型 ${item.category} 不一致`,
    }
  }
  if (parsed.isMainItem && item.parentCode) {
    return { field: 'parentCode', message: `主项 ${item.code} 不能有上级事项` }
  }
  if (!parsed.isMainItem && item.parentCode !== parsed.mainCode) {
    return {
      field: 'parentCode',
      message: `子项 ${item.code} 的上级事项应为 ${parsed.mainCode}`,
    }
  }
  return null
}
