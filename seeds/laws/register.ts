import type { LawLevel, VersionStatus } from '../../src/domain/laws/law'

/**
 * The register of laws behind the sample lists: every law the Guizhou AIC 2015 list and 2016
 * revision cite, and the laws of the two real changes of issue 13 —
 *  - 《无证无照经营查处办法》(国务院令第684号), in force 2017-10-01, replaced 《无照经营查处取缔办法》;
 *  - 《中华人民共和国市场主体登记管理条例》(国务院令第746号), in force 2022-03-01, repealed
 *    《中华人民共和国公司登记管理条例》 and 《中华人民共和国企业法人登记管理条例》.
 * Only facts we are sure of: a document number we are not sure of is null, no article map is
 * filled in (the register then flags every citation for a person to check), and a law whose history
 * we have not recorded has no versions (status "unknown"). This is not a complete legislative history.
 * No aliases: the normal form of a title already drops 《》, the 中华人民共和国 prefix and revision notes.
 */
export interface SeedVersion {
  effectiveFrom: string | null
  status: VersionStatus
  documentNo?: string | null
  /** the title of the law that replaced this one */
  replacedBy?: string
  note?: string
}

export interface SeedLaw {
  title: string
  aliases?: string[]
  level: LawLevel
  issuingBody: string
  documentNo: string | null
  versions?: SeedVersion[]
}

const NPCSC = '全国人民代表大会常务委员会'
const NPC = '全国人民代表大会'
const STATE_COUNCIL = '国务院'
const SAIC = '国家工商行政管理总局'

export const LAW_REGISTER: SeedLaw[] = [
  // the two changes of issue 13: the new laws first, so the old ones can name them
  {
    title: '无证无照经营查处办法',
    level: 'administrative-regulation',
    issuingBody: STATE_COUNCIL,
    documentNo: '国务院令第684号',
    versions: [{ effectiveFrom: '2017-10-01', status: 'in-force', documentNo: '国务院令第684号' }],
  },
  {
    title: '无照经营查处取缔办法',
    level: 'administrative-regulation',
    issuingBody: STATE_COUNCIL,
    documentNo: '国务院令第370号',
    versions: [
      { effectiveFrom: null, status: 'in-force', documentNo: '国务院令第370号' },
      {
        effectiveFrom: '2017-10-01',
        status: 'repealed',
        replacedBy: '无证无照经营查处办法',
        note: '《无证无照经营查处办法》（国务院令第684号）自2017年10月1日起施行，本办法同时废止。',
      },
    ],
  },
  {
    title: '中华人民共和国市场主体登记管理条例',
    level: 'administrative-regulation',
    issuingBody: STATE_COUNCIL,
    documentNo: '国务院令第746号',
    versions: [{ effectiveFrom: '2022-03-01', status: 'in-force', documentNo: '国务院令第746号' }],
  },
  {
    title: '中华人民共和国公司登记管理条例',
    level: 'administrative-regulation',
    issuingBody: STATE_COUNCIL,
    documentNo: '国务院令第156号',
    versions: [
      { effectiveFrom: null, status: 'in-force', documentNo: '国务院令第156号' },
      {
        effectiveFrom: '2022-03-01',
        status: 'repealed',
        replacedBy: '中华人民共和国市场主体登记管理条例',
        note: '《中华人民共和国市场主体登记管理条例》（国务院令第746号）自2022年3月1日起施行，本条例同时废止。',
      },
    ],
  },
  {
    title: '中华人民共和国企业法人登记管理条例',
    level: 'administrative-regulation',
    issuingBody: STATE_COUNCIL,
    documentNo: null,
    versions: [
      { effectiveFrom: null, status: 'in-force' },
      {
        effectiveFrom: '2022-03-01',
        status: 'repealed',
        replacedBy: '中华人民共和国市场主体登记管理条例',
        note: '《中华人民共和国市场主体登记管理条例》（国务院令第746号）自2022年3月1日起施行，本条例同时废止。',
      },
    ],
  },
  {
    title: '中华人民共和国广告法',
    level: 'law',
    issuingBody: NPCSC,
    documentNo: '主席令第三十四号',
    versions: [
      { effectiveFrom: '1995-02-01', status: 'in-force', documentNo: '主席令第三十四号' },
      { effectiveFrom: '2015-09-01', status: 'amended', documentNo: '主席令第二十二号', note: '2015年4月24日修订，条文序号有调整。' },
    ],
  },
  { title: '中华人民共和国公司法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第八号' },
  { title: '中华人民共和国产品质量法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第三十三号' },
  { title: '中华人民共和国反不正当竞争法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第十号' },
  { title: '中华人民共和国商标法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第六号' },
  { title: '中华人民共和国消费者权益保护法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第七号' },
  { title: '中华人民共和国行政许可法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第七号' },
  { title: '中华人民共和国行政强制法', level: 'law', issuingBody: NPCSC, documentNo: '主席令第四十九号' },
  {
    title: '中华人民共和国物权法',
    level: 'law',
    issuingBody: NPC,
    documentNo: '主席令第六十二号',
    versions: [
      { effectiveFrom: null, status: 'in-force', documentNo: '主席令第六十二号' },
      { effectiveFrom: '2021-01-01', status: 'repealed', note: '《中华人民共和国民法典》自2021年1月1日起施行，本法同时废止。' },
    ],
  },
  {
    title: '中华人民共和国中外合资经营企业法',
    level: 'law',
    issuingBody: NPC,
    documentNo: null,
    versions: [
      { effectiveFrom: null, status: 'in-force' },
      { effectiveFrom: '2020-01-01', status: 'repealed', note: '《中华人民共和国外商投资法》自2020年1月1日起施行，本法同时废止。' },
    ],
  },
  {
    title: '中华人民共和国外资企业法',
    level: 'law',
    issuingBody: NPC,
    documentNo: null,
    versions: [
      { effectiveFrom: null, status: 'in-force' },
      { effectiveFrom: '2020-01-01', status: 'repealed', note: '《中华人民共和国外商投资法》自2020年1月1日起施行，本法同时废止。' },
    ],
  },
  { title: '中华人民共和国商标法实施条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国务院令第651号' },
  { title: '企业信息公示暂行条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国务院令第654号' },
  { title: '禁止传销条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国务院令第444号' },
  { title: '直销管理条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国务院令第443号' },
  { title: '外国企业常驻代表机构登记管理条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国务院令第584号' },
  { title: '广告管理条例', level: 'administrative-regulation', issuingBody: STATE_COUNCIL, documentNo: '国发〔1987〕94号' },
  { title: '严重违法失信企业名单管理暂行办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第83号' },
  { title: '企业公示信息抽查暂行办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第67号' },
  { title: '企业经营异常名录管理暂行办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第68号' },
  { title: '侵害消费者权益行为处罚办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第73号' },
  { title: '工商行政管理机关股权出质登记办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第32号' },
  { title: '工商行政管理部门处理消费者投诉办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第62号' },
  { title: '广告经营许可证管理办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第16号' },
  { title: '流通领域商品质量抽查检验办法', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第61号' },
  { title: '驰名商标认定和保护规定', level: 'department-rule', issuingBody: SAIC, documentNo: '国家工商行政管理总局令第66号' },
  {
    title: '外商投资广告企业管理规定',
    level: 'department-rule',
    issuingBody: '国家工商行政管理总局、商务部',
    documentNo: '国家工商行政管理总局、商务部令第35号',
  },
  { title: '企业名称登记管理规定', level: 'department-rule', issuingBody: '国家工商行政管理局', documentNo: '国家工商行政管理局令第7号' },
]
