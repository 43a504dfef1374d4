import { CATEGORY_CODES, isPower, type CategoryCode } from './categories'

/** Counts of a list: API.md "totals". `powers` counts every category but GG. */
export interface Totals {
  all: number
  powers: number
  byCategory: Record<CategoryCode, number>
}

export function totalsOf(items: ReadonlyArray<{ category: CategoryCode }>): Totals {
  const byCategory = Object.fromEntries(CATEGORY_CODES.map((code) => [code, 0])) as Record<CategoryCode, number>
  for (const item of items) byCategory[item.category] += 1
  return {
    all: items.length,
    powers: items.filter((item) => isPower(item.category)).length,
    byCategory,
  }
}
