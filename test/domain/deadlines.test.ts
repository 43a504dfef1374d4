import { describe, expect, it } from 'vitest'
import { committedExceedsStatutory } from '../../src/domain/deadlines'
import { parseDeadline } from '../../src/domain/import'

const deadline = (text: string) => parseDeadline(text).value

describe('a committed deadline longer than the statutory one', () => {
  it.each([
    ['20个工作日', '30个工作日', true],
    ['20个工作日', '21个工作日', true],
    ['20个工作日', '20个工作日', false],
    ['20个工作日', '15个工作日', false],
    ['30日', '31日', true],
    ['3个月', '4个月', true],
    ['20个工作日', '30日', false],
    ['20个工作日', '40日', true],
    ['20个工作日', '2个月', true],
    ['15日', '20个工作日', true],
    ['30日', '25个工作日', false],
    ['60日', '3个月', true],
    ['3个月', '60个工作日', false],
    ['1个月', '35日', true],
    ['20个工作日', '即时', false],
    ['即时', '3个工作日', true],
  ])('法定 %s, 承诺 %s → %s', (statutory, committed, exceeds) => {
    expect(committedExceedsStatutory(deadline(statutory), deadline(committed))).toBe(exceeds)
  })

  it('nothing is longer than an absent deadline, nor is an absent one longer', () => {
    expect(committedExceedsStatutory(null, deadline('30日'))).toBe(false)
    expect(committedExceedsStatutory(deadline('30日'), null)).toBe(false)
  })
})
