import { describe, expect, it } from 'vitest'
import { itemHistory } from '../../src/domain/item-history'
import type { PowerItem } from '../../src/domain/power-item'
import { items2015 } from '../../seeds/guizhou-aic/list-2015'

const base = items2015.find((item) => item.code === 'XK-00001-000') as PowerItem
const other = items2015.find((item) => item.code === 'CF-00001-000') as PowerItem
const version = (changes: Partial<PowerItem>): PowerItem => ({ ...structuredClone(base), ...changes })

describe('itemHistory', () => {
  it('added, unchanged (a new effective date alone), modified, repealed, added again', () => {
    const snapshots = [
      { ref: 's1', items: [other] },
      { ref: 's2', items: [other, version({ effectiveFrom: '2015-07-01' })] },
      { ref: 's3', items: [version({ effectiveFrom: '2016-10-01' }), other] },
      { ref: 's4', items: [version({ name: '企业名称登记', effectiveFrom: '2017-01-01' })] },
      { ref: 's5', items: [other] },
      { ref: 's6', items: [other] },
      { ref: 's7', items: [version({ effectiveFrom: '2020-01-01' })] },
    ]
    const history = itemHistory('XK-00001-000', snapshots)
    expect(history.map((entry) => [entry.snapshot, entry.change])).toEqual([
      ['s2', 'added'],
      ['s3', 'unchanged'],
      ['s4', 'modified'],
      ['s5', 'repealed'],
      ['s7', 'added'],
    ])
    // a repealed entry carries the last version
    expect(history[3].item.name).toBe('企业名称登记')
  })

  it('is empty for an item that never appeared', () => {
    expect(itemHistory('XK-09999-000', [{ ref: 's1', items: [other] }])).toEqual([])
  })
})
