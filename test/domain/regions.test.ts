import { describe, expect, it } from 'vitest'
import { regionName } from '../../src/domain/regions'

describe('region names (GB/T 2260)', () => {
  it('names a province, a prefecture and a county the way a reader writes them', () => {
    expect(regionName('520000')).toBe('贵州省')
    expect(regionName('520100')).toBe('贵阳市')
    // a county alone (南明区) is ambiguous: it is named with its prefecture
    expect(regionName('520102')).toBe('贵阳市南明区')
    expect(regionName('110101')).toBe('北京市东城区')
  })

  it('names counties under the province where the prefecture entry only groups them', () => {
    expect(regionName('429004')).toBe('湖北省仙桃市')
    expect(regionName('500235')).toBe('重庆市云阳县')
    expect(regionName('429000')).toBe('湖北省省直辖县')
  })

  it('gives nothing for a code the table lacks or that is not a code', () => {
    expect(regionName('529999')).toBeUndefined()
    expect(regionName('990000')).toBeUndefined()
    expect(regionName('5201')).toBeUndefined()
    expect(regionName('')).toBeUndefined()
  })
})
