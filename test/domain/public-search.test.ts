import { describe, expect, it } from 'vitest'
import type { PowerItem } from '../../src/domain/power-item'
import { filterItems, matchesQuery, paginate, searchQuery } from '../../src/domain/search'

const item = (code: string, name: string, law = '中华人民共和国行政许可法', text = '依法受理'): PowerItem =>
  ({ code, name, category: code.slice(0, 2), legalBasis: [{ law, documentNo: '主席令第七号', article: '第三十条', text }] }) as PowerItem

const items = [
  item('XK-00005-000', '广告发布登记', '中华人民共和国广告法'),
  item('CF-00006-000', '对发布虚假广告的处罚'),
  item('XK-00002-000', '内资公司设立、变更、注销登记'),
]

describe('searchQuery', () => {
  it('splits on whitespace, lowercases, and keeps each spelling once', () => {
    expect(searchQuery('  XK  广告 ', (term) => [term, term.toLowerCase()])).toEqual([['xk'], ['广告']])
    expect(searchQuery('')).toEqual([])
  })
})

describe('matchesQuery', () => {
  it('matches code, name and every part of the legal basis, case-insensitively', () => {
    const [licence] = items
    expect(matchesQuery(licence, searchQuery('xk-00005'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('发布登记'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('广告法'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('主席令第七号'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('第三十条'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('依法受理'))).toBe(true)
    expect(matchesQuery(licence, searchQuery('处罚'))).toBe(false)
  })

  it('needs every term, and any spelling of a term', () => {
    expect(matchesQuery(items[0], searchQuery('广告 XK'))).toBe(true)
    expect(matchesQuery(items[0], searchQuery('广告 CF'))).toBe(false)
    expect(matchesQuery(items[0], [['廣告', '广告']])).toBe(true)
  })
})

describe('filterItems and paginate', () => {
  it('filters by category and query together', () => {
    expect(filterItems(items, { query: searchQuery('广告') }).map((each) => each.code)).toEqual(['XK-00005-000', 'CF-00006-000'])
    expect(filterItems(items, { category: 'CF', query: searchQuery('广告') }).map((each) => each.code)).toEqual(['CF-00006-000'])
    expect(filterItems(items, {})).toHaveLength(3)
  })

  it('pages from 1; past the end is empty', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ page: 2, limit: 2, totalItems: 5, items: [3, 4] })
    expect(paginate([1, 2, 3, 4, 5], 3, 2).items).toEqual([5])
    expect(paginate([1, 2, 3], 9, 2)).toEqual({ page: 9, limit: 2, totalItems: 3, items: [] })
  })
})
