import { describe, expect, it } from 'vitest'
import type { PowerItem } from '../../src/domain/power-item'
import { matchSegment, nameMatches, searchQuery, searchSegment } from '../../src/domain/search'

const item = (code: string, name: string, law: string, extra: Partial<PowerItem> = {}): PowerItem =>
  ({ code, name, category: code.slice(0, 2), legalBasis: [{ law, documentNo: null, article: '第一条', text: '依法办理' }], ...extra }) as PowerItem

const items = [
  item('XK-00001-000', '食品生产许可', '中华人民共和国食品安全法'),
  item('CF-00002-000', '对未取得许可从事食品生产的处罚', '中华人民共和国食品安全法'),
  item('XK-00003-000', '广告发布登记', '中华人民共和国广告法'),
  item('QT-00004-000', '生产许可证年检', '工业产品生产许可证管理条例', { sourceCode: '52-QT-0004' } as Partial<PowerItem>),
]
const segment = searchSegment(items)
const codes = (raw: string) => matchSegment(segment, searchQuery(raw)).map((index) => items[index].code)

describe('search segments (one string per list, scanned with indexOf)', () => {
  it('finds every item holding the term, once each, in list order', () => {
    expect(codes('食品')).toEqual(['XK-00001-000', 'CF-00002-000'])
    expect(codes('许可')).toEqual(['XK-00001-000', 'CF-00002-000', 'QT-00004-000'])
  })

  it('needs every term; any spelling of a term will do', () => {
    expect(codes('食品 处罚')).toEqual(['CF-00002-000'])
    expect(matchSegment(segment, [['廣告', '广告']]).map((index) => items[index].code)).toEqual(['XK-00003-000'])
  })

  it('never matches across two items', () => {
    // the end of one item's text and the start of the next do not make a hit
    expect(codes('依法办理xk-00003')).toEqual([])
    expect(codes('条例qt')).toEqual([])
  })

  it('searches code, legal basis and the source code imports keep', () => {
    expect(codes('cf-00002')).toEqual(['CF-00002-000'])
    expect(codes('广告法')).toEqual(['XK-00003-000'])
    expect(codes('52-QT-0004')).toEqual(['QT-00004-000'])
  })

  it('full-width and half-width forms are one, in the query and in the list', () => {
    expect(codes('ＸＫ－００００１')).toEqual(['XK-00001-000'])
    const ragged = [item('ＣＦ－００００９－０００', '罚款', '中华人民共和国食品安全法')]
    expect(matchSegment(searchSegment(ragged), searchQuery('cf-00009')).map((index) => ragged[index].name)).toEqual(['罚款'])
  })

  it('title marks around a law are not part of the term', () => {
    // the list cites 中华人民共和国广告法 without 《》: a reader types 《广告法》
    expect(codes('《广告法》')).toEqual(['XK-00003-000'])
    expect(codes('“食品安全法” 处罚')).toEqual(['CF-00002-000'])
    expect(searchQuery('《》')).toEqual([])
  })

  it('invisible format characters are no part of a term, in the query or in the list', () => {
    // a zero-width space pasted inside a word, a byte-order mark before it
    expect(codes('广\u200b告')).toEqual(['XK-00003-000'])
    expect(codes('\ufeff食品生产')).toEqual(['XK-00001-000', 'CF-00002-000'])
    const pasted = [item('XK-00009-000', '广\u200b告经营许可', '中华人民共和国广告法')]
    expect(matchSegment(searchSegment(pasted), searchQuery('广告经营'))).toEqual([0])
  })

  it('a control character is no term: NUL, which separates the entries, matches nothing', () => {
    expect(searchQuery('\u0000')).toEqual([])
    expect(codes('食品\u0000')).toEqual(codes('食品'))
    expect(codes('\u0001\u0000\u007f')).toHaveLength(4)
  })

  it('an empty query lists everything; name hits are told apart', () => {
    expect(codes('')).toHaveLength(4)
    // 食品 is in the names of the first two; 工业产品 only in the fourth's legal basis; 许 alone in three names
    expect([...nameMatches(segment, searchQuery('食品'))]).toEqual([1, 1, 0, 0])
    expect([...nameMatches(segment, searchQuery('工业产品'))]).toEqual([0, 0, 0, 0])
    expect([...nameMatches(segment, searchQuery('许 登记'))]).toEqual([1, 1, 0, 1])
    expect([...nameMatches(segment, searchQuery('生产许可证'))]).toEqual([0, 0, 0, 1])
  })
})
