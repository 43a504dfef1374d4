import { describe, expect, it } from 'vitest'
import { itemCodeProblem, parseItemCode } from '../../src/domain/item-code'
import { powerItemErrors } from '../../src/domain/item-schema'
import { applyChanges, assertFitsBase, changeHash, normaliseProposedItem, proposalHash, ProposalError, type Change } from '../../src/domain/proposal'
import { makeItem } from '../support/items'

const base = [makeItem('XK-00001-000'), makeItem('CF-00001-000'), makeItem('CF-00001-001')]

describe('item codes', () => {
  it('parses main and sub-items', () => {
    expect(parseItemCode('CF-00001-001')).toEqual({ category: 'CF', main: '00001', sub: '001', isMainItem: false, mainCode: 'CF-00001-000' })
    expect(parseItemCode('XK-1-000')).toBeNull()
    expect(parseItemCode('AB-00001-000')).toBeNull()
  })
  it('refuses a code whose letters differ from the category', () => {
    expect(itemCodeProblem({ code: 'XK-00001-000', category: 'CF', parentCode: null })?.field).toBe('category')
  })
  it('requires sub-items to point at their main item', () => {
    expect(itemCodeProblem({ code: 'CF-00001-001', category: 'CF', parentCode: null })?.message).toContain('CF-00001-000')
    expect(itemCodeProblem({ code: 'CF-00001-001', category: 'CF', parentCode: 'CF-00001-000' })).toBeNull()
  })
})

describe('item schema', () => {
  it('accepts a complete item', () => {
    expect(powerItemErrors(makeItem('XK-00001-000'))).toEqual([])
  })
  it('names each bad field by its JSON pointer', () => {
    const item = {
      ...makeItem('XK-00001-000'),
      statutoryDeadline: { value: 20, unit: 'week', note: null },
      legalBasis: [{ law: '', documentNo: null, article: null, text: 'x' }],
    }
    const paths = powerItemErrors(item).map((error) => error.path)
    expect(paths).toContain('/statutoryDeadline/unit')
    expect(paths).toContain('/legalBasis/0/law')
  })
})

describe('proposals', () => {
  it('fills in what the server owns and checks the address code', () => {
    const { categoryName, effectiveFrom, ...rest } = makeItem('XK-00002-000')
    const item = normaliseProposedItem({ ...rest, categoryName: 'wrong', effectiveFrom: '2030-01-01' }, 'XK-00002-000')
    expect(item.categoryName).toBe('行政许可')
    expect(item.effectiveFrom).toBeNull()
    expect(() => normaliseProposedItem(makeItem('XK-00002-000'), 'XK-00003-000')).toThrow(ProposalError)
  })
  it('refuses a name of nothing but spaces, naming the field', () => {
    for (const name of ['   ', '\u3000\n']) {
      let thrown: unknown
      try {
        normaliseProposedItem(makeItem('XK-00002-000', { name }), 'XK-00002-000')
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ProposalError)
      expect((thrown as ProposalError).errors).toEqual([{ path: '/name', message: expect.stringContaining('空白') }])
    }
  })
  it('applies add, modify and repeal, dating new versions', () => {
    const changes: Change[] = [
      { action: 'add', code: 'JC-00001-000', item: makeItem('JC-00001-000') },
      { action: 'modify', code: 'XK-00001-000', item: makeItem('XK-00001-000', { name: '新名称' }) },
      { action: 'repeal', code: 'CF-00001-001' },
    ]
    const items = applyChanges(
      base.map((item) => ({ ...item, effectiveFrom: '2015-07-01' })),
      changes,
      '2016-10-01',
    )
    expect(items.map((item) => [item.code, item.effectiveFrom])).toEqual([
      ['CF-00001-000', '2015-07-01'],
      ['JC-00001-000', '2016-10-01'],
      ['XK-00001-000', '2016-10-01'],
    ])
    expect(items.find((item) => item.code === 'XK-00001-000')?.name).toBe('新名称')
  })
  it('refuses changes that do not fit the list, naming the item', () => {
    expect(() => applyChanges(base, [{ action: 'repeal', code: 'QZ-00001-000' }], null)).toThrow(/QZ-00001-000/)
    expect(() => applyChanges(base, [{ action: 'add', code: 'XK-00001-000', item: makeItem('XK-00001-000') }], null)).toThrow(/already in the list/)
    expect(() => applyChanges(base, [{ action: 'repeal', code: 'CF-00001-000' }], null)).toThrow(/CF-00001-001 has no main item/)
  })
  it('hashes the proposal independently of change order, but not of content, base, title or reason', () => {
    const a: Change = { action: 'repeal', code: 'XK-00001-000' }
    const b: Change = { action: 'add', code: 'JC-00001-000', item: makeItem('JC-00001-000') }
    const hash = (baseHash: string, changes: Change[], title = 't', reason: string | null = 'r') =>
      proposalHash({ baseHash, title, reason, proposals: changes.map((change) => [change.code, changeHash(change)] as const) })
    expect(hash('base', [a, b])).toBe(hash('base', [b, a]))
    expect(hash('base', [a, b])).not.toBe(hash('other', [a, b]))
    expect(hash('base', [a])).not.toBe(hash('base', [a, b]))
    expect(hash('base', [b])).not.toBe(hash('base', [{ ...b, item: makeItem('JC-00001-000', { name: '改名' }) }]))
    expect(hash('base', [a], 'title')).not.toBe(hash('base', [a], 'another title'))
    expect(hash('base', [a], 't', 'reason')).not.toBe(hash('base', [a], 't', 'another reason'))
  })
  it('checks that proposals fit the base list from their codes alone', () => {
    const codes = new Set(base.map((item) => item.code))
    expect(() =>
      assertFitsBase(codes, [
        { code: 'JC-00001-000', action: 'add' },
        { code: 'XK-00001-000', action: 'modify' },
      ]),
    ).not.toThrow()
    expect(() => assertFitsBase(codes, [{ code: 'XK-00001-000', action: 'add' }])).toThrow(/cannot add XK-00001-000/)
    expect(() => assertFitsBase(codes, [{ code: 'JC-00001-000', action: 'repeal' }])).toThrow(/cannot repeal JC-00001-000/)
    expect(() => assertFitsBase(codes, [{ code: 'CF-00001-000', action: 'repeal' }])).toThrow(/CF-00001-001 has no main item/)
    expect(() => assertFitsBase(codes, [{ code: 'JC-00002-001', action: 'add' }])).toThrow(/JC-00002-001 has no main item/)
  })
})
