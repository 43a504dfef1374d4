import { describe, expect, it } from 'vitest'
import { diffLists } from '../../src/domain/diff'
import { applyChanges, type Change } from '../../src/domain/proposal'
import { items2015 } from '../../seeds/guizhou-aic/list-2015'
import { revision2016 } from '../../seeds/guizhou-aic/revision-2016'

/**
 * Golden test: the sample 2015 → 2016 revision (Guizhou AIC) diffed exactly as a reviewer sees it.
 * If the seed data or the diff engine changes, this file says precisely what moved.
 */
const changes = revision2016.changes.map((change) => ('code' in change ? change : { ...change, code: change.item.code })) as Change[]
const list2015 = applyChanges(
  [],
  items2015.map((item) => ({ action: 'add', code: item.code, item }) as Change),
  '2015-07-01',
)
const list2016 = applyChanges(list2015, changes, '2016-10-01')
const diff = diffLists(
  { ref: { id: '1', effectiveFrom: '2015-07-01', hash: 'a' }, items: list2015 },
  { ref: { id: '2', effectiveFrom: '2016-10-01', hash: 'b' }, items: list2016 },
)
const codes = (change: string) => diff.items.filter((item) => item.change === change).map((item) => item.code)

const MODIFIED_FIELDS: Record<string, string[]> = {
  'CF-00006-000': [
    'added legalBasis[中华人民共和国广告法 第二十八条]',
    'added legalBasis[中华人民共和国广告法 第五十五条第一款]',
    'added legalBasis[中华人民共和国广告法 第五十五条第三款]',
    'removed legalBasis[中华人民共和国广告法 第四条]',
    'removed legalBasis[中华人民共和国广告法 第三十七条]',
    'changed responsibilities[investigation].basis',
  ],
  'JC-00001-000': [
    'added legalBasis[国务院办公厅关于推广随机抽查规范事中事后监管的通知]',
    'changed procedure[确定抽查对象].description',
    'changed responsibilities[decision].duty',
    'added responsibilities[supervision]',
  ],
  'JC-00002-000': [
    'added legalBasis[中华人民共和国广告法 第六条第二款]',
    'added legalBasis[中华人民共和国广告法 第四十九条第一款]',
    'removed legalBasis[中华人民共和国广告法 第六条]',
    'removed legalBasis[广告管理条例 第五条]',
    'changed responsibilities[decision].basis',
    'added responsibilities[investigation].basis',
    'changed responsibilities[enforcement].duty',
    'changed responsibilities[enforcement].basis',
  ],
  'QT-00002-000': [
    'changed name',
    'added legalBasis[严重违法失信企业名单管理暂行办法 第五条]',
    'added legalBasis[严重违法失信企业名单管理暂行办法 第八条]',
    'added legalBasis[严重违法失信企业名单管理暂行办法 第九条]',
    'removed legalBasis[企业信息公示暂行条例 第十七条第三款]',
    'added procedure[提示公告]',
    'changed procedure[核查].description',
    'changed procedure[列入决定].description',
    'added procedure[列入决定].deadline',
    'added procedure[联合惩戒]',
    'removed procedure[信用约束]',
    'added statutoryDeadline',
    'added committedDeadline',
    'added responsibilities[notification]',
    'changed responsibilities[review].duty',
    'changed responsibilities[review].basis',
    'changed responsibilities[decision].duty',
    'changed responsibilities[decision].basis',
    'changed responsibilities[supervision].duty',
    'added accountability[对不符合条件的企业列入严重违法失信企业名单，或者对应当列入的企业不予列入的]',
    'added accountability[未履行提前公告提示义务即将企业列入名单的]',
    'added accountability[未按规定公示名单信息或者推送有关部门实施联合惩戒的]',
    'removed accountability[对不符合条件的企业列入严重违法企业名单，或者对应当列入的企业不予列入的]',
    'removed accountability[未按规定公示名单信息或者与有关部门共享的]',
  ],
  'XK-00002-000': ['changed procedure[发照].description', 'changed committedDeadline.value', 'changed committedDeadline.note'],
  'XK-00004-000': ['changed committedDeadline.value', 'changed committedDeadline.note'],
  'XK-00005-000': [
    'changed name',
    'added legalBasis[中华人民共和国广告法 第二十九条]',
    'added legalBasis[中华人民共和国广告法 第三十四条第一款]',
    'removed legalBasis[中华人民共和国广告法 第二十六条]',
    'removed legalBasis[广告管理条例 第六条第（二）项]',
    'removed legalBasis[广告经营许可证管理办法]',
    'changed conditions',
    'added materials[《广告发布登记申请表》]',
    'added materials[营业执照或者事业单位法人证书复印件]',
    'added materials[广播电视播出机构许可证、报纸出版许可证或者期刊出版许可证等媒介资质证明复印件]',
    'added materials[广告业务机构设置文件及广告从业人员、广告审查人员名单]',
    'added materials[广告发布场所使用证明和广告发布设备情况说明]',
    'removed materials[《广告经营登记申请表》]',
    'removed materials[事业单位法人证书复印件]',
    'removed materials[广告业务机构设置文件及广告审查人员、专业技术人员名单]',
    'removed materials[经营场所使用证明和广告制作、发布设备清单]',
    'changed procedure[审查].description',
    'changed procedure[决定].description',
    'changed procedure[发证].description',
    'changed committedDeadline.value',
    'changed committedDeadline.note',
    'changed responsibilities[acceptance].duty',
    'changed responsibilities[review].duty',
    'changed responsibilities[review].basis',
    'changed responsibilities[decision].duty',
    'changed responsibilities[delivery].duty',
    'changed responsibilities[supervision].duty',
    'changed responsibilities[supervision].basis',
    'added remarks',
  ],
}

describe('sample diff 2015 → 2016', () => {
  it('counts powers 36 → 33, licensing 8 → 5, public service 0 → 1', () => {
    expect(diff.summary.before).toMatchObject({ all: 36, powers: 36, byCategory: { XK: 8, GG: 0, CF: 14 } })
    expect(diff.summary.after).toMatchObject({ all: 34, powers: 33, byCategory: { XK: 5, GG: 1, CF: 14 } })
    expect([diff.summary.added, diff.summary.modified, diff.summary.repealed]).toEqual([1, 7, 3])
  })

  it('adds exactly the public-service item and repeals exactly three licensing items', () => {
    expect(codes('added')).toEqual(['GG-00001-000'])
    expect(codes('repealed')).toEqual(['XK-00006-000', 'XK-00007-000', 'XK-00008-000'])
  })

  it('reports exactly these modified fields of each modified item', () => {
    const actual = Object.fromEntries(
      diff.items.filter((item) => item.change === 'modified').map((item) => [item.code, item.fields.map((field) => `${field.kind} ${field.path}`)]),
    )
    expect(actual).toEqual(MODIFIED_FIELDS)
  })

  it('shows a shortened committed deadline as a number change', () => {
    const deadline = diff.items.find((item) => item.code === 'XK-00004-000')!.fields.find((field) => field.path === 'committedDeadline.value')!
    expect([deadline.before, deadline.after]).toEqual([10, 5])
  })
})
