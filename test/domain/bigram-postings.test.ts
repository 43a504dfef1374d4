import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bigramPostings, entriesWithBigram, bigramAt } from '../../src/domain/bigram-postings'
import type { PowerItem } from '../../src/domain/power-item'
import { foldForSearch, matchSegment, nameMatches, searchQuery, searchSegment, searchableText } from '../../src/domain/search'

// a small alphabet, so that terms and texts share bigrams often: Han, Latin, a digit, a separator
const text = fc.array(fc.constantFrom('食', '品', '生', '产', '许', '可', 'a', 'b', '1', '-', '\n', ' '), { maxLength: 30 }).map((chars) => chars.join(''))
const item = (name: string, basis: string): PowerItem =>
  ({ code: 'XK-00001-000', name, category: 'XK', legalBasis: [{ law: '某法', documentNo: null, article: null, text: basis }] }) as PowerItem

describe('bigram postings', () => {
  it('list, for each bigram, exactly the texts holding it, ascending', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, (texts, probe) => {
        const postings = bigramPostings(texts)
        for (let at = 0; at + 1 < probe.length; at += 1) {
          const bigram = probe.slice(at, at + 2)
          if (bigram.includes('\n')) continue
          const expected = texts.flatMap((each, entry) => (each.includes(bigram) ? [entry] : []))
          expect([...entriesWithBigram(postings, bigramAt(probe, at))]).toEqual(expected)
        }
      }),
    )
  })

  it('give the same hits (and name hits) as reading every item, for terms of one character or many', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 12 }), text, (pairs, raw) => {
        const items = pairs.map(([name, basis]) => item(name, basis))
        const query = searchQuery(raw)
        const expected = items.flatMap((each, index) =>
          query.every((spellings) => spellings.some((spelling) => searchableText(each).includes(spelling))) ? [index] : [],
        )
        const inName = items.map((each) => ((query[0] ?? []).some((spelling) => foldForSearch(each.name).includes(spelling)) ? 1 : 0))
        // with postings (today's lists) and without them (lists searched by date, scanned)
        for (const postings of [true, false]) {
          const segment = searchSegment(items, { postings })
          expect(Boolean(segment.bigrams)).toBe(postings)
          expect(matchSegment(segment, query)).toEqual(expected)
          expect([...nameMatches(segment, query)]).toEqual(inName)
        }
      }),
    )
  })

  it('hold thousands of entries in typed arrays, entries beyond 65,535 included', () => {
    const texts = Array.from({ length: 70_000 }, (_, entry) => (entry % 7 === 0 ? '食品' : 'ab'))
    const postings = bigramPostings(texts)
    const food = entriesWithBigram(postings, bigramAt('食品', 0))
    expect(food.length).toBe(10_000)
    expect(food.at(-1)).toBe(69_993)
    expect(entriesWithBigram(postings, bigramAt('生产', 0)).length).toBe(0)
  })
})
