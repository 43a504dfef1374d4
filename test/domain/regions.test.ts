import { describe, expect, it } from 'vitest'
import { inRegion, regionName } from '../../src/domain/regions'

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

describe('what a region covers', () => {
  it('a province its prefectures and counties, a prefecture its counties, a county itself', () => {
    expect(['520000', '520100', '520102', '530000'].filter((code) => inRegion(code, '520000'))).toEqual(['520000', '520100', '520102'])
    expect(['520000', '520100', '520102', '520200'].filter((code) => inRegion(code, '520100'))).toEqual(['520100', '520102'])
    expect(['520100', '520102', '520103'].filter((code) => inRegion(code, '520102'))).toEqual(['520102'])
    expect(inRegion('520102', undefined)).toBe(true)
  })

  it('000000, a region not known yet, covers only itself', () => {
    expect(['000000', '520000', '110101'].filter((code) => inRegion(code, '000000'))).toEqual(['000000'])
  })
})
