import { describe, expect, it } from 'vitest'
import { powerItemErrors } from '../../src/domain/item-schema'
import { fieldLabelOf } from '../../src/domain/item-schema-messages'
import { makeItem } from '../support/items'

/**
 * A refused item names the field as the published lists do and says the fault in Chinese, for the
 * legal office; ajv's English stays in brackets and the JSON Pointer in `path`, for programs.
 */
describe('item schema messages', () => {
  it('labels a field by its place: rows counted from one, nested fields joined', () => {
    expect(fieldLabelOf('/legalBasis/0/law')).toBe('设定依据/实施依据第1项·法律法规名称')
    expect(fieldLabelOf('/materials/2')).toBe('申请材料第3项')
    expect(fieldLabelOf('/fees/items/1/standard')).toBe('收费·收费项目第2项·收费标准')
    expect(fieldLabelOf('/committedDeadline/unit')).toBe('承诺办结时限·时限单位')
    expect(fieldLabelOf('/nosuch')).toBe('nosuch')
    expect(fieldLabelOf('')).toBe('事项')
  })

  it('says an empty law name, a wrong category and a bad date in Chinese, with the English kept', () => {
    const item = makeItem('XK-00001-000', {
      category: 'ZZ',
      legalBasis: [{ law: '', documentNo: null, article: null, text: '条文' }],
      effectiveFrom: '2016-13-01',
    } as never)
    const errors = powerItemErrors(item)
    expect(errors).toContainEqual({
      path: '/legalBasis/0/law',
      message: '设定依据/实施依据第1项·法律法规名称：不能为空 (must NOT have fewer than 1 characters)',
    })
    expect(errors).toContainEqual({
      path: '/category',
      message: expect.stringMatching(/^权力类型：应为以下之一：XK、CF、.*GG \(must be equal to one of the allowed values\)$/),
    })
    expect(errors).toContainEqual({ path: '/effectiveFrom', message: '生效日期：应为日期，按 年-月-日 填写，如 2016-10-01 (must match format "date")' })
  })

  it('names a missing field, an unknown one, a wrong type and a malformed code', () => {
    const { conditions: _dropped, ...withoutConditions } = makeItem('XK-00001-000')
    const errors = powerItemErrors({ ...withoutConditions, 承办科室: '法规科', materials: '营业执照', parentCode: 'XK-1-1' })
    expect(errors).toContainEqual({ path: '/conditions', message: '受理条件：必填，没有内容时填 null 或 [] (is required; use null or [] when absent)' })
    expect(errors).toContainEqual({ path: '/承办科室', message: '承办科室：不是权力事项的字段 (is not a field of a power item)' })
    expect(errors).toContainEqual({ path: '/materials', message: '申请材料：应为列表 [...] (must be array)' })
    expect(errors).toContainEqual({ path: '/parentCode', message: expect.stringContaining('主项编码：格式应如 XK-00001-000') })
  })

  it('prefixes a phone refusal with its field', () => {
    expect(powerItemErrors(makeItem('XK-00001-000', { supervisionPhone: '请咨询窗口' }))).toEqual([
      { path: '/supervisionPhone', message: expect.stringMatching(/^监督电话：不是电话号码/) },
    ])
  })

  it('leaves a valid item alone', () => {
    expect(powerItemErrors(makeItem('XK-00001-000'))).toEqual([])
  })
})
