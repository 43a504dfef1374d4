import { describe, expect, it } from 'vitest'
import { powerItemErrors } from '../../src/domain/item-schema'
import { blankItem, isPlainRichText, richTextOf, withCode } from '../../src/domain/item-template'

/** What the admin's item form starts from when a proposal adds an item. */
describe('the blank item of a code', () => {
  it('takes its category and main item from the code, and is a valid item once named', () => {
    const sub = blankItem('CF-00012-003')
    expect(sub).toMatchObject({ code: 'CF-00012-003', category: 'CF', categoryName: '行政处罚', parentCode: 'CF-00012-000', name: '' })
    expect(powerItemErrors({ ...sub, name: '对虚假广告的处罚' })).toEqual([])
    expect(blankItem('XK-00001-000').parentCode).toBeNull()
  })

  it('asks for a name: the only field that may not be empty', () => {
    expect(powerItemErrors(blankItem('XK-00001-000')).map((error) => error.path)).toEqual(['/name'])
  })

  it('writes remarks as escaped paragraphs', () => {
    expect(richTextOf('第一行 <b>\n第二行 & 第三')).toEqual({ text: '第一行 <b>\n第二行 & 第三', html: '<p>第一行 &lt;b&gt;</p><p>第二行 &amp; 第三</p>' })
  })

  it('takes another code with what that code decides, keeping what the editor wrote', () => {
    const begun = { ...blankItem('XK-00901-000'), name: '食品经营许可', materials: ['申请书'] }
    expect(withCode(begun, 'CF-00012-003')).toMatchObject({
      code: 'CF-00012-003',
      category: 'CF',
      categoryName: '行政处罚',
      parentCode: 'CF-00012-000',
      name: '食品经营许可',
      materials: ['申请书'],
    })
  })

  it('tells remarks a form can rewrite from remarks with formatting it would lose', () => {
    expect(isPlainRichText(richTextOf('第一行\n第二行'))).toBe(true)
    // as the rich-text editor writes it (src/lexical/convert.ts), quotes escaped
    expect(isPlainRichText({ text: '说"是"的\'x\'', html: '<p>说&quot;是&quot;的&#39;x&#39;</p>' })).toBe(true)
    expect(isPlainRichText({ text: '见附件', html: '<p><a href="https://example.org/a.pdf">见附件</a></p>' })).toBe(false)
    expect(isPlainRichText({ text: '加粗', html: '<p><strong>加粗</strong></p>' })).toBe(false)
  })
})
