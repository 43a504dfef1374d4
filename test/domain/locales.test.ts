import { describe, expect, it } from 'vitest'
import { adminLabel, LABELS } from '../../src/domain/labels'
import { findLocale, translated } from '../../src/domain/locales'
import { inScript, remembered } from '../../src/domain/script'

describe('locales', () => {
  it('finds a locale whatever the case of the tag, and nothing else', () => {
    expect(findLocale('ZH-hant')).toBe('zh-Hant')
    expect(findLocale('en')).toBe('en')
    expect(findLocale('fr')).toBeUndefined()
    expect(findLocale('zh')).toBeUndefined()
  })

  it('falls back like Payload: zh-Hant → zh-Hans → en, en → zh-Hans', () => {
    const names = { 'zh-Hans': '贵州省工商行政管理局', en: 'Guizhou AIC' }
    expect(translated(names, 'zh-Hant')).toBe('贵州省工商行政管理局')
    expect(translated({ en: 'Guizhou AIC' }, 'zh-Hant')).toBe('Guizhou AIC')
    expect(translated({ 'zh-Hans': '贵州省工商行政管理局' }, 'en')).toBe('贵州省工商行政管理局')
    expect(translated({}, 'en')).toBe('')
  })
})

describe('labels', () => {
  it('gives the admin its {zh, en} form of one label', () => {
    expect(adminLabel(LABELS.status.submitted)).toEqual({ zh: '待审查', en: 'Submitted' })
    expect(adminLabel(LABELS.level.national)).toEqual({ zh: '国家级', en: 'National' })
  })

  // the first conversion builds OpenCC's dictionaries, which takes seconds on a loaded machine
  it('shows data text in the reader’s script', { timeout: 60_000 }, () => {
    expect(inScript('权力清单', 'zh-Hant')).toBe('權力清單')
    expect(inScript('权力清单', 'en')).toBe('权力清单')
  })

  it('converts each distinct text once, and starts over when it holds more than its limit', () => {
    const seen: string[] = []
    const convert = remembered((text) => {
      seen.push(text)
      return text.toUpperCase()
    }, 100)
    expect(['abc', 'abc', 'def', 'abc'].map(convert)).toEqual(['ABC', 'ABC', 'DEF', 'ABC'])
    expect(seen).toEqual(['abc', 'def'])
    // each text counts its length and 40 for its entry: 'ghijk' would take it past 100, so it forgets abc and def
    expect(['ghijk', 'abc', 'ghijk'].map(convert)).toEqual(['GHIJK', 'ABC', 'GHIJK'])
    expect(seen).toEqual(['abc', 'def', 'ghijk', 'abc'])
  })
})
