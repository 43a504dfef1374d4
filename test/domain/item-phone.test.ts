import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVINCE, generateProvince } from '../../bench/province-data'
import { powerItemErrors } from '../../src/domain/item-schema'
import { phoneProblem } from '../../src/domain/phone'
import { list2015, list2016 } from '../support/import-fixtures'
import { makeItem } from '../support/items'

const WRITTEN_BY_DEPARTMENTS = [
  '020-12345678',
  '(020)12345678',
  '（020）12345678',
  '020－12345678',
  '０２０－１２３４５６７８',
  '0755-8888 8888',
  '0851-85986012',
  '0851-12315',
  '85986012',
  '12345',
  '12315',
  '110',
  '95598',
  '400-123-4567',
  '4001234567',
  '800-820-8820',
  '13800138000',
  '138 0013 8000',
  '+86 10 1234 5678',
  '+86-755-88888888',
  '(+86)13800138000',
  '0086 20 12345678',
  '020-12345678转123',
  '020-12345678 转 123',
  '020-12345678 ext. 123',
  '020-12345678-8001',
  '0851-85986012分机8001',
  '0851-85986012、0851-85986013',
  '0851-85986012，0851-85986013',
  '0851-85986012,12345',
  '0851-85986012/85986013',
  '0851-85986012；12315',
  '0851-85986012;12315',
  '0851-85986012或12345',
  '0851-85986012 0851-85986013',
  '0851-85986012\n0851-85986013',
  '投诉电话：0851-85986012',
  '12345政务服务便民热线',
  '0851-85986012（工作日9:00-17:00）',
  '0851-85986012(办公室)',
  'Tel: 0851-85986012',
  '0851-85986012 工作日9:00-17:00',
  '0851-85986012，工作时间：周一至周五8:30—12:00、14:30—17:30',
  '0851-85986012 9点至17点半',
  '12345 7×24小时',
]

const JUNK = [
  'abc',
  '无电话号码',
  '电话：待定',
  '12',
  '1234567',
  '0851-859',
  '020-1234567890123',
  'www.gzaic.gov.cn',
  '0851-85986012 abc',
  '见办事指南第3页',
  'abc@gz.gov.cn',
  '工作日9:00-17:00',
  '24小时',
]

describe('contact phones of an item', () => {
  it.each(WRITTEN_BY_DEPARTMENTS)('%s is a phone', (phone) => {
    expect(phoneProblem(phone)).toBeNull()
    expect(powerItemErrors(makeItem('XK-00001-000', { supervisionPhone: phone, consultationPhone: phone }))).toEqual([])
  })

  it.each(JUNK)('%s is refused with a field error naming the path', (junk) => {
    expect(powerItemErrors(makeItem('XK-00001-000', { supervisionPhone: junk }))).toEqual([
      { path: '/supervisionPhone', message: expect.stringContaining('不是电话号码') },
    ])
    expect(powerItemErrors(makeItem('XK-00001-000', { consultationPhone: junk })).map((error) => error.path)).toEqual(['/consultationPhone'])
  })

  it('null is still no phone', () => {
    expect(powerItemErrors(makeItem('XK-00001-000', { supervisionPhone: null, consultationPhone: null }))).toEqual([])
  })

  it('the sample lists and the generated province pass', () => {
    const generated = generateProvince({ ...DEFAULT_PROVINCE, departments: 3, revisions: 2 })
    const items = [...list2015, ...list2016, ...[...generated].flatMap((department) => department.lists.flatMap((list) => list.items))]
    expect(items.flatMap((item) => powerItemErrors(item).map((error) => `${item.code} ${error.path} ${error.message}`))).toEqual([])
  })
})
