import { describe, expect, it } from 'vitest'
import { parseDeadline, parseFees, parseLegalBasis, parseNumbered, parseResponsibilities, resolveCategory } from '../../src/domain/import'

describe('legal bases as offices write them', () => {
  it('two laws in one cell separated by ；become two entries with law and article', () => {
    const { value, warning } = parseLegalBasis('《中华人民共和国公司法》第六条；《公司登记管理条例》第三条')
    expect(warning).toBeUndefined()
    expect(value.map(({ law, article }) => ({ law, article }))).toEqual([
      { law: '中华人民共和国公司法', article: '第六条' },
      { law: '公司登记管理条例', article: '第三条' },
    ])
  })

  it('a leading level tag and a document number in brackets are recognised; the text after the article is kept', () => {
    const { value } = parseLegalBasis(
      '[部门规章]《外商投资广告企业管理规定》（国家工商行政管理总局、商务部令第35号）第四条 设立外商投资广告企业，由国家工商行政管理总局或其授权的省级工商行政管理局审批。',
    )
    expect(value).toEqual([
      {
        law: '外商投资广告企业管理规定',
        documentNo: '国家工商行政管理总局、商务部令第35号',
        article: '第四条',
        text: '设立外商投资广告企业，由国家工商行政管理总局或其授权的省级工商行政管理局审批。',
      },
    ])
  })

  it('one basis per line, with a continuation line joining its text', () => {
    const { value } = parseLegalBasis(
      '1.《中华人民共和国广告法》第三十四条：利用广播、电影……\n应当进行审查。\n【行政法规】《广告管理条例》第十一条：申请经营广告业务的……',
    )
    expect(value).toHaveLength(2)
    expect(value[0]).toMatchObject({ law: '中华人民共和国广告法', article: '第三十四条', text: '利用广播、电影……\n应当进行审查。' })
    expect(value[1]).toMatchObject({ law: '广告管理条例', article: '第十一条' })
  })

  it('a basis without 《》 is kept as raw text, with a warning', () => {
    const { value, warning } = parseLegalBasis('依据省政府有关文件')
    expect(value).toEqual([{ law: '依据省政府有关文件', documentNo: null, article: null, text: '依据省政府有关文件' }])
    expect(warning).toContain('原文')
  })
})

describe('deadlines', () => {
  it.each([
    ['20个工作日', { value: 20, unit: 'workday', note: null }],
    ['30日', { value: 30, unit: 'day', note: null }],
    ['3个月', { value: 3, unit: 'month', note: null }],
    ['15天', { value: 15, unit: 'day', note: null }],
    ['20个工作日（不含听证、检测时间）', { value: 20, unit: 'workday', note: '不含听证、检测时间' }],
    ['即时', { value: 1, unit: 'workday', note: '即时' }],
    ['当场办结', { value: 1, unit: 'workday', note: '当场办结' }],
  ])('%s', (cell, expected) => {
    expect(parseDeadline(cell)).toEqual({ value: expected })
  })

  it.each([
    ['３个工作日', { value: 3, unit: 'workday', note: null }],
    ['１５日', { value: 15, unit: 'day', note: null }],
    ['二十个工作日', { value: 20, unit: 'workday', note: null }],
    ['十五日', { value: 15, unit: 'day', note: null }],
    ['三个月', { value: 3, unit: 'month', note: null }],
    ['两个月', { value: 2, unit: 'month', note: null }],
    ['九十九天', { value: 99, unit: 'day', note: null }],
    ['一百二十日', { value: 120, unit: 'day', note: null }],
    ['一百零五日', { value: 105, unit: 'day', note: null }],
    ['二十个工作日（不含听证，检测时间）', { value: 20, unit: 'workday', note: '不含听证，检测时间' }],
    ['３０个工作日（不含公示时间）', { value: 30, unit: 'workday', note: '不含公示时间' }],
  ])('full-width or Chinese numerals: %s', (cell, expected) => {
    expect(parseDeadline(cell)).toEqual({ value: expected })
  })

  it('a Chinese numeral that is not a count of days still warns', () => {
    expect(parseDeadline('二〇一八年').warning).toContain('二〇一八年')
    expect(parseDeadline('一百五日').warning).toContain('一百五日')
    expect(parseDeadline('十五日').value).toEqual({ value: 15, unit: 'day', note: null })
  })

  it('wording that is not a duration gives no deadline and a warning', () => {
    expect(parseDeadline('法律法规未作规定')).toMatchObject({ value: null, warning: expect.stringContaining('法律法规未作规定') })
  })
})

describe('fees, responsibilities, accountability', () => {
  it('不收费 and its variants mean no fee', () => {
    for (const cell of ['不收费', '免费', '无', '']) expect(parseFees(cell).value).toEqual({ charged: false, items: [] })
    expect(parseFees('工本费：每本10元').value).toEqual({ charged: true, items: [{ name: '工本费', standard: '每本10元', basis: null }] })
  })

  it('stages written as 1.受理责任：… 2.审查责任：… in one line', () => {
    const { value, warning } = parseResponsibilities(
      '1.受理责任：公示依法应当提交的材料，一次性告知补正材料。2.审查责任：对申请材料进行审查。 3.决定责任：作出行政许可或者不予许可决定。4.送达责任：送达许可证件。5.事后监管责任：开展定期和不定期检查。6.其他责任：法律法规规章规定应履行的责任。',
    )
    expect(warning).toBeUndefined()
    expect(value.map((r) => r.stage)).toEqual(['acceptance', 'review', 'decision', 'delivery', 'supervision', 'other'])
    expect(value[1].duty).toBe('对申请材料进行审查。')
  })

  it('penalty stages (立案, 调查取证, 审理, 告知, 执行) and an unknown stage kept under 其他', () => {
    const { value, warning } = parseResponsibilities(
      '1.立案责任：发现违法行为。\n2.调查取证责任：全面调查。\n3.审理责任：审理案件。\n4.告知责任：告知当事人。\n5.执行责任：依法执行。\n6.移送责任：移送司法机关。',
    )
    expect(value.map((r) => r.stage)).toEqual(['filing', 'investigation', 'hearing', 'notification', 'enforcement', 'other'])
    expect(value[5].duty).toBe('【移送】移送司法机关。')
    expect(warning).toContain('未知环节')
  })

  it('accountability numbered in one cell', () => {
    expect(parseNumbered('1.对符合法定条件的申请不予受理的；2.不在法定期限内作出决定的；3.索取或者收受他人财物的。').value).toEqual([
      '对符合法定条件的申请不予受理的；',
      '不在法定期限内作出决定的；',
      '索取或者收受他人财物的。',
    ])
    expect(parseNumbered('（1）不予受理的\n（2）超越职权的').value).toEqual(['不予受理的', '超越职权的'])
  })
})

describe('categories', () => {
  const simplify = (text: string) => text.replace('許', '许').replace('裁決', '裁决')
  it.each([
    ['行政许可', 'XK'],
    ['行政許可', 'XK'],
    ['XK', 'XK'],
    ['cf', 'CF'],
    ['行政裁決', 'CJ'],
    ['其他行政权力', 'QT'],
    ['其他职权', 'QT'],
    ['其他权力', 'QT'],
    ['公共服务', 'GG'],
    ['一、行政许可（8项）', 'XK'],
  ])('%s → %s', (cell, code) => {
    expect(resolveCategory(cell, simplify)).toBe(code)
  })
  it('unknown names resolve to nothing', () => {
    expect(resolveCategory('行政备案')).toBeNull()
  })
})
