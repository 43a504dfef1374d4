import { describe, expect, it } from 'vitest'
import { FLAT_COLUMNS, flattenItem } from '../../src/domain/flat-item'
import { powerItemSchema } from '../../src/domain/item-schema'
import type { PowerItem } from '../../src/domain/power-item'
import { items2015 } from '../../seeds/guizhou-aic/list-2015'

describe('flattenItem', () => {
  it('has a column for every item field (fees split in two)', () => {
    const keys = FLAT_COLUMNS.map((column) => column.key)
    for (const field of Object.keys(powerItemSchema.properties)) expect(keys).toContain(field)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('writes nested lists one entry per line and absent values as null', () => {
    const item = items2015.find((each) => each.code === 'XK-00001-000') as PowerItem
    const row = Object.fromEntries(FLAT_COLUMNS.map((column, index) => [column.key, flattenItem(item)[index]]))
    expect(row.code).toBe('XK-00001-000')
    expect(String(row.procedure).split('\n')).toHaveLength(item.procedure.length)
    expect(String(row.procedure)).toMatch(/^1\. /)
    expect(String(row.legalBasis)).toContain(`《${item.legalBasis[0].law}》`)
    expect(row.effectiveTo).toBeNull()
    expect(typeof row.feesCharged).toBe('boolean')
  })
})
