import { describe, expect, it } from 'vitest'
import { formatLegalBasis, parseDeadline, parseFees, parseLegalBasis, parseNumbered, parseResponsibilities, resolveCategory } from '../../src/domain/import'

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

describe('a legal-basis cell citing several laws: one entry per law', () => {
  const cited = (cell: string) => parseLegalBasis(cell).value.map(({ law, documentNo, article }) => ({ law, documentNo, article }))
  const A = '中华人民共和国食品安全法'
  const B = '食品经营许可管理办法'

  it('laws separated by ，(real cell) are two entries, each text naming only its own law', () => {
    const { value, warning } = parseLegalBasis('《中华人民共和国行政处罚法》第三十二条，《中华人民共和国消费者权益保护法》第五十六条')
    expect(warning).toBeUndefined()
    expect(value).toEqual([
      { law: '中华人民共和国行政处罚法', documentNo: null, article: '第三十二条', text: '《中华人民共和国行政处罚法》第三十二条' },
      { law: '中华人民共和国消费者权益保护法', documentNo: null, article: '第五十六条', text: '《中华人民共和国消费者权益保护法》第五十六条' },
    ])
  })

  it('after a quoted text, a citation that ends the line is its own entry; one running on into words is part of the text', () => {
    expect(cited(`《${A}》第三十五条：从事食品生产，应当取得许可；《${B}》第二条`)).toEqual([
      { law: A, documentNo: null, article: '第三十五条' },
      { law: B, documentNo: null, article: '第二条' },
    ])
    expect(cited(`《${A}》第三十五条：从事食品生产，应当取得许可；《${B}》第二条规定的除外`)).toEqual([{ law: A, documentNo: null, article: '第三十五条' }])
  })

  it('laws separated by 、(real cell): the article stops before the next title', () => {
    expect(cited(`《${A}》第三十五条、《${B}》第二条`)).toEqual([
      { law: A, documentNo: null, article: '第三十五条' },
      { law: B, documentNo: null, article: '第二条' },
    ])
  })

  it.each([
    ['。', `《${A}》第三十五条。《${B}》第二条`],
    ['a space', `《${A}》第三十五条 《${B}》第二条`],
    ['a full-width space', `《${A}》第三十五条\u3000《${B}》第二条`],
    ['nothing but level tags', `【法律】《${A}》第三十五条【部门规章】《${B}》第二条`],
    ['1. 2. on one line', `1.《${A}》第三十五条 2.《${B}》第二条`],
    ['（一）（二）', `（一）《${A}》第三十五条；（二）《${B}》第二条`],
    ['和', `依据《${A}》第三十五条和《${B}》第二条的规定`],
    ['及, spaced', `《${A}》第三十五条 及 《${B}》第二条`],
    ['<< >> and 〈 〉 instead of 《》', `<<${A}>>第三十五条、〈${B}〉第二条`],
    ['full-width ＜＜ ＞＞', `＜＜${A}＞＞第三十五条，＜＜${B}＞＞第二条`],
  ])('separated by %s', (_, cell) => {
    const { value, warning } = parseLegalBasis(cell)
    expect(warning).toBeUndefined()
    expect(cited(cell)).toEqual([
      { law: A, documentNo: null, article: '第三十五条' },
      { law: B, documentNo: null, article: '第二条' },
    ])
    // and an export of the item imports back the same
    expect(parseLegalBasis(formatLegalBasis(value))).toEqual({ value })
  })

  it('several articles of one law stay with it; a document number after a title is kept; tags on a line of their own', () => {
    expect(
      cited(
        '【法律】《中华人民共和国行政许可法》第十二条、第十四条，【行政法规】《无证无照经营查处办法》（国务院令第684号）第35条第1款\n【地方性法规】《贵州省食品安全条例》第二十条，第二十二条',
      ),
    ).toEqual([
      { law: '中华人民共和国行政许可法', documentNo: null, article: '第十二条、第十四条' },
      { law: '无证无照经营查处办法', documentNo: '国务院令第684号', article: '第35条第1款' },
      { law: '贵州省食品安全条例', documentNo: null, article: '第二十条，第二十二条' },
    ])
  })

  it('each law keeps the text written after its article; a law quoted inside that text is not a new entry', () => {
    const { value, warning } = parseLegalBasis(
      `《${A}》第三十五条 国家对食品生产经营实行许可制度。依照《中华人民共和国行政许可法》、《${B}》的规定审批。《${B}》第二条：在中华人民共和国境内，从事食品销售和餐饮服务活动，应当依法取得食品经营许可。`,
    )
    expect(warning).toBeUndefined()
    expect(value).toEqual([
      { law: A, documentNo: null, article: '第三十五条', text: `国家对食品生产经营实行许可制度。依照《中华人民共和国行政许可法》、《${B}》的规定审批。` },
      { law: B, documentNo: null, article: '第二条', text: '在中华人民共和国境内，从事食品销售和餐饮服务活动，应当依法取得食品经营许可。' },
    ])
    expect(parseLegalBasis(formatLegalBasis(value))).toEqual({ value })
    expect(cited(`《${A}》第三十五条：国家对食品生产经营实行许可制度。《${B}》第二条：应当依法取得食品经营许可。`)).toEqual([
      { law: A, documentNo: null, article: '第三十五条' },
      { law: B, documentNo: null, article: '第二条' },
    ])
    expect(parseLegalBasis(`《${A}》第三十五条 依照《${B}》第二条的规定审批`).value).toEqual([
      { law: A, documentNo: null, article: '第三十五条', text: `依照《${B}》第二条的规定审批` },
    ])
  })

  it('nothing of the cell is lost: wording around the citations stays in the text of the nearest entry', () => {
    const { value } = parseLegalBasis(`本项依据：《${A}》第三十五条，《${B}》第二条等有关规定`)
    expect(value.map((b) => b.law)).toEqual([A, B])
    expect(value[0].text).toBe(`本项依据：《${A}》第三十五条`)
    expect(value[1].text).toContain('等有关规定')
    const cell = `依据《${A}》第三十五条和《${B}》第二条的规定`
    expect(parseLegalBasis(cell).value.map((b) => b.text)).toEqual([`依据《${A}》第三十五条`, `《${B}》第二条的规定`])
  })

  it('a title nested in a title stays one law', () => {
    expect(cited('《国务院关于印发〈注册资本登记制度改革方案〉的通知》（国发〔2014〕7号）；〈企业信息公示暂行条例〉第十七条')).toEqual([
      { law: '国务院关于印发〈注册资本登记制度改革方案〉的通知', documentNo: '国发〔2014〕7号', article: null },
      { law: '企业信息公示暂行条例', documentNo: null, article: '第十七条' },
    ])
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
