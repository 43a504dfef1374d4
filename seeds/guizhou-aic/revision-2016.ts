/**
 * 2016年权力清单和责任清单动态调整 — sample revision on top of the 2015 list, effective 2016-10-01.
 *
 * Applying `changes` to `items2015` gives 34 items: 33 powers (5 行政许可) and 1 public-service item.
 * - repeal: XK-00006-000, XK-00007-000, XK-00008-000 (cancelled by 国发〔2016〕9号)
 * - modify: XK-00002-000, XK-00004-000, XK-00005-000, CF-00006-000, JC-00001-000, JC-00002-000, QT-00002-000
 * - add:    GG-00001-000 企业登记信息查询
 * A modified item is the full new item: the 2015 item deep-copied, then edited.
 */
import type { PowerItem } from '../../src/domain/power-item'
import { items2015 } from './list-2015'

export type RevisionChange = { action: 'repeal'; code: string } | { action: 'modify'; item: PowerItem } | { action: 'add'; item: PowerItem }

export interface SeedRevision {
  title: { 'zh-Hans': string; en: string }
  /** plain text */
  reason: string
  /** YYYY-MM-DD */
  effectiveFrom: string
  changes: RevisionChange[]
}

const AD_LAW = '中华人民共和国广告法'
/** 2015年4月24日修订，2015年9月1日起施行 */
const AD_LAW_2015_NO = '主席令第二十二号'
const DISCLOSURE_REG = '企业信息公示暂行条例'
const DISCLOSURE_REG_NO = '国务院令第654号'
const BLACKLIST_RULES = '严重违法失信企业名单管理暂行办法'
const BLACKLIST_RULES_NO = '国家工商行政管理总局令第83号'

/** A deep copy of the 2015 item with `code`, edited by `edit`. */
function revise(code: string, edit: (item: PowerItem) => void): PowerItem {
  const base = items2015.find((item) => item.code === code)
  if (!base) throw new Error(`revision-2016: no 2015 item ${code}`)
  const item = JSON.parse(JSON.stringify(base)) as PowerItem
  edit(item)
  return item
}

function responsibility(item: PowerItem, stage: PowerItem['responsibilities'][number]['stage']) {
  const found = item.responsibilities.find((r) => r.stage === stage)
  if (!found) throw new Error(`revision-2016: ${item.code} has no ${stage} responsibility`)
  return found
}

function step(item: PowerItem, name: string) {
  const found = item.procedure.find((s) => s.name === name)
  if (!found) throw new Error(`revision-2016: ${item.code} has no procedure step ${name}`)
  return found
}

// ---------------------------------------------------------------------------------------------
// Modified items
// ---------------------------------------------------------------------------------------------

/** 内资公司登记: “五证合一、一照一码” from 2016-10-01; committed time 5 → 3 workdays. */
const companyRegistration = revise('XK-00002-000', (item) => {
  step(item, '发照').description =
    '核发加载统一社会信用代码的营业执照，实行“五证合一、一照一码”，营业执照同时具有原组织机构代码证、税务登记证、社会保险登记证和统计登记证的功能；登记信息同步推送有关部门共享，并自产生之日起20个工作日内通过国家企业信用信息公示系统（贵州）向社会公示。'
  item.committedDeadline = {
    value: 3,
    unit: 'workday',
    note: '申请材料齐全、符合法定形式的，自受理之日起3个工作日内作出登记决定；通过网上办事大厅申请的，同步办理',
  }
})

/** 外国企业常驻代表机构登记: committed time 10 → 5 workdays. */
const representativeOffice = revise('XK-00004-000', (item) => {
  item.committedDeadline = {
    value: 5,
    unit: 'workday',
    note: '申请材料齐全、符合法定形式的，自受理之日起5个工作日内作出决定并颁发证件',
  }
})

/** 广告经营许可 → 广告发布登记 under the revised 《广告法》 (in force 2015-09-01); committed 15 → 10 workdays. */
const adPublishingRegistration = revise('XK-00005-000', (item) => {
  item.name = '广告发布登记'
  item.legalBasis = [
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第二十九条',
      text: '广播电台、电视台、报刊出版单位从事广告发布业务的，应当设有专门从事广告业务的机构，配备必要的人员，具有与发布广告相适应的场所、设备，并向县级以上地方工商行政管理部门办理广告发布登记。',
    },
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第三十四条第一款',
      text: '广告经营者、广告发布者应当按照国家有关规定，建立、健全广告业务的承接登记、审核、档案管理制度。',
    },
  ]
  item.conditions =
    '申请人为从事广告发布业务的广播电台、电视台、报刊出版单位，且属于本局登记管辖的省级媒体单位；设有专门从事广告业务的机构，配备必要的广告从业人员和广告审查人员，具有与发布广告相适应的场所、设备；已建立、健全广告业务承接登记、审核、档案管理制度。'
  item.materials = [
    '《广告发布登记申请表》',
    '营业执照或者事业单位法人证书复印件',
    '广播电视播出机构许可证、报纸出版许可证或者期刊出版许可证等媒介资质证明复印件',
    '广告业务机构设置文件及广告从业人员、广告审查人员名单',
    '广告发布场所使用证明和广告发布设备情况说明',
    '广告业务承接登记、审核、档案管理制度',
  ]
  step(item, '审查').description = '对申请单位的广告业务机构、人员、场所、设备以及广告业务承接登记、审核、档案管理制度进行审查，必要时实地核查。'
  step(item, '决定').description = '作出准予或者不予登记的决定；不予登记的，书面说明理由并告知救济途径。'
  step(item, '发证').description = '准予登记的，自作出决定之日起10日内核发《广告发布登记证》，登记信息通过企业信用信息公示系统向社会公示。'
  item.committedDeadline = {
    value: 10,
    unit: 'workday',
    note: '申请材料齐全、符合法定形式的，自受理之日起10个工作日内作出决定',
  }
  responsibility(item, 'acceptance').duty = '公示广告发布登记的条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。'
  Object.assign(responsibility(item, 'review'), {
    duty: '审查申请单位是否设有专门从事广告业务的机构，是否配备必要的人员、具有与发布广告相适应的场所和设备，是否建立广告业务管理制度。',
    basis: '《中华人民共和国广告法》第二十九条、第三十四条',
  })
  responsibility(item, 'decision').duty = '在法定期限内作出准予或者不予登记的决定；不予登记的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。'
  responsibility(item, 'delivery').duty = '自作出准予登记决定之日起10日内颁发《广告发布登记证》。'
  Object.assign(responsibility(item, 'supervision'), {
    duty: '对广告发布单位的广告发布活动和广告审核制度执行情况进行监测和监督检查，依法查处违法广告。',
    basis: '《中华人民共和国广告法》第四十九条',
  })
  const remark =
    '修订后的《中华人民共和国广告法》自2015年9月1日起施行，广播电台、电视台、报刊出版单位从事广告发布业务，由原核发《广告经营许可证》调整为办理广告发布登记。'
  item.remarks = { text: remark, html: `<p>${remark}</p>` }
})

/** 虚假广告处罚: legal basis moves from the 1994 《广告法》 to the 2015 revision. */
const falseAdvertisingPenalty = revise('CF-00006-000', (item) => {
  item.legalBasis = [
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第二十八条',
      text: '广告以虚假或者引人误解的内容欺骗、误导消费者的，构成虚假广告。商品或者服务不存在，商品或者服务的主要信息与实际情况不符，使用虚构、伪造或者无法验证的证明材料，虚构使用商品或者接受服务的效果等情形的，为虚假广告。',
    },
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第五十五条第一款',
      text: '违反本法规定，发布虚假广告的，由工商行政管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，可以吊销营业执照。',
    },
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第五十五条第三款',
      text: '广告经营者、广告发布者明知或者应知广告虚假仍设计、制作、代理、发布的，由工商行政管理部门没收广告费用，并处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；情节严重的，可以吊销营业执照、吊销广告发布登记证件。',
    },
  ]
  responsibility(item, 'investigation').basis = '《中华人民共和国广告法》第四十九条'
})

/** 企业公示信息抽查: “双随机、一公开” (国办发〔2015〕58号); a supervision stage is added. */
const disclosureSpotCheck = revise('JC-00001-000', (item) => {
  item.legalBasis.push({
    law: '国务院办公厅关于推广随机抽查规范事中事后监管的通知',
    documentNo: '国办发〔2015〕58号',
    article: null,
    text: '在政府管理方式和规范市场执法中，全面推行“双随机、一公开”，即在监管过程中随机抽取检查对象，随机选派执法检查人员，抽查情况及查处结果及时向社会公开。',
  })
  step(item, '确定抽查对象').description =
    '按照“双随机、一公开”要求，通过随机抽查系统从企业名录库中随机抽取检查对象，从执法检查人员名录库中随机选派检查人员，并合理确定抽查比例和频次。'
  responsibility(item, 'decision').duty = '依据随机抽查事项清单制定年度抽查工作计划，建立企业名录库和执法检查人员名录库，随机抽取检查对象、随机选派检查人员。'
  item.responsibilities.push({
    stage: 'supervision',
    duty: '对抽查发现问题的企业实施跟踪监管，督促其履行公示义务；将抽查结果推送有关部门，实施信用约束和联合惩戒。',
    basis: '《企业信息公示暂行条例》第十八条',
  })
})

/** 广告监测: legal basis moves to the 2015 《广告法》 (new 第四十九条 powers, incl. 责令暂停发布). */
const adMonitoring = revise('JC-00002-000', (item) => {
  item.legalBasis = [
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第六条第二款',
      text: '县级以上地方工商行政管理部门主管本行政区域的广告监督管理工作，县级以上地方人民政府有关部门在各自的职责范围内负责广告管理相关工作。',
    },
    {
      law: AD_LAW,
      documentNo: AD_LAW_2015_NO,
      article: '第四十九条第一款',
      text: '工商行政管理部门履行广告监督管理职责，可以对涉嫌从事违法广告活动的场所实施现场检查，询问涉嫌违法当事人，要求其限期提供有关证明文件，查阅、复制与涉嫌违法广告有关的合同、票据、账簿、广告作品和其他有关资料，查封、扣押与涉嫌违法广告直接相关的财物，责令暂停发布可能造成严重后果的涉嫌违法广告。',
    },
  ]
  responsibility(item, 'decision').basis = '《中华人民共和国广告法》第六条第二款'
  responsibility(item, 'investigation').basis = '《中华人民共和国广告法》第四十九条第一款'
  Object.assign(responsibility(item, 'enforcement'), {
    duty: '对涉嫌违法广告依法立案查处，或者移交有管辖权的机关处理；对可能造成严重后果的涉嫌违法广告，依法责令暂停发布。',
    basis: '《中华人民共和国广告法》第四十九条第一款',
  })
})

/** 严重违法企业名单 → 严重违法失信企业名单 under 总局令第83号 (in force 2016-04-01). */
const seriousViolationList = revise('QT-00002-000', (item) => {
  item.name = '严重违法失信企业名单管理'
  item.legalBasis = [
    {
      law: DISCLOSURE_REG,
      documentNo: DISCLOSURE_REG_NO,
      article: '第十七条第二款',
      text: '被列入经营异常名录的企业满3年未依照本条例规定履行公示义务的，由国务院工商行政管理部门或者省、自治区、直辖市人民政府工商行政管理部门列入严重违法企业名单，并通过企业信用信息公示系统向社会公示。',
    },
    {
      law: DISCLOSURE_REG,
      documentNo: DISCLOSURE_REG_NO,
      article: '第十八条',
      text: '县级以上地方人民政府及其有关部门应当建立健全信用约束机制，在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中，将企业信息作为重要考量因素，对被列入经营异常名录或者严重违法企业名单的企业依法予以限制或者禁入。',
    },
    {
      law: BLACKLIST_RULES,
      documentNo: BLACKLIST_RULES_NO,
      article: '第五条',
      text: '企业被列入经营异常名录届满3年仍未履行相关义务，提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司变更或者注销登记被撤销登记，组织策划传销，因虚假广告两年内受到三次以上行政处罚等情形之一的，由县级以上工商行政管理部门列入严重违法失信企业名单管理。',
    },
    {
      law: BLACKLIST_RULES,
      documentNo: BLACKLIST_RULES_NO,
      article: '第八条',
      text: '企业被列入经营异常名录满3年前60日内，工商行政管理部门通过企业信用信息公示系统以公告方式提示其履行相关义务；满3年仍未履行的，自届满之日起10个工作日内将其列入严重违法失信企业名单。其他情形自相关信息公示之日起10个工作日内列入。',
    },
    {
      law: BLACKLIST_RULES,
      documentNo: BLACKLIST_RULES_NO,
      article: '第九条',
      text: '企业自被列入严重违法失信企业名单之日起满5年未再发生第五条规定情形的，由有管辖权的工商行政管理部门移出严重违法失信企业名单，并通过企业信用信息公示系统向社会公示。',
    },
  ]
  item.procedure = [
    {
      name: '提示公告',
      description: '企业被列入经营异常名录满3年前60日内，通过企业信用信息公示系统以公告方式提示其履行相关义务。',
      deadline: '届满前60日内',
    },
    {
      name: '核查',
      description: '对届满3年仍未履行相关义务的企业，以及本局登记的企业因提交虚假材料被撤销登记、组织策划传销等受到行政处罚的情形进行核查。',
      deadline: null,
    },
    {
      name: '列入决定',
      description:
        '作出列入严重违法失信企业名单的决定，载明企业名称、统一社会信用代码（注册号）、列入日期、列入事由、权利救济的期限和途径，通过企业信用信息公示系统公示。',
      deadline: '届满之日或者相关信息公示之日起10个工作日内',
    },
    {
      name: '联合惩戒',
      description: '将名单信息推送有关部门，在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入。',
      deadline: null,
    },
    {
      name: '移出',
      description: '企业自被列入之日起满5年未再发生规定情形的，作出移出决定并公示。',
      deadline: null,
    },
  ]
  item.statutoryDeadline = {
    value: 10,
    unit: 'workday',
    note: '自经营异常名录届满3年之日或者相关信息公示之日起10个工作日内作出列入决定（《严重违法失信企业名单管理暂行办法》第八条）',
  }
  item.committedDeadline = {
    value: 10,
    unit: 'workday',
    note: '按照法定时限办理',
  }
  item.responsibilities = [
    {
      stage: 'notification',
      duty: '在企业被列入经营异常名录满3年前60日内，以公告方式提示其履行相关义务。',
      basis: '《严重违法失信企业名单管理暂行办法》第八条第一款',
    },
    {
      stage: 'review',
      duty: '对届满3年仍未履行相关义务的企业和有其他严重违法失信情形的企业逐户核实，确保列入事由事实清楚、证据确凿。',
      basis: '《严重违法失信企业名单管理暂行办法》第五条、第六条',
    },
    {
      stage: 'decision',
      duty: '依法作出列入或者移出严重违法失信企业名单的书面决定，载明列入事由和权利救济的期限、途径。',
      basis: '《严重违法失信企业名单管理暂行办法》第七条、第九条',
    },
    {
      stage: 'delivery',
      duty: '通过企业信用信息公示系统公示列入、移出信息。',
      basis: '《企业信息公示暂行条例》第十七条',
    },
    {
      stage: 'supervision',
      duty: '将名单信息推送有关部门实施联合惩戒，对被列入的企业实施重点监管。',
      basis: '《企业信息公示暂行条例》第十八条',
    },
  ]
  item.accountability = [
    '对不符合条件的企业列入严重违法失信企业名单，或者对应当列入的企业不予列入的',
    '未履行提前公告提示义务即将企业列入名单的',
    '对满5年未再发生规定情形的企业不依法移出的',
    '未按规定公示名单信息或者推送有关部门实施联合惩戒的',
    '利用名单管理索取或者收受企业财物的',
  ]
})

// ---------------------------------------------------------------------------------------------
// Added item
// ---------------------------------------------------------------------------------------------

const registrationLookup: PowerItem = {
  code: 'GG-00001-000',
  name: '企业登记信息查询',
  category: 'GG',
  categoryName: '公共服务',
  parentCode: null,
  handlingUnit: '企业注册局',
  legalBasis: [
    {
      law: '中华人民共和国公司法',
      documentNo: '主席令第八号',
      article: '第六条第三款',
      text: '公众可以向公司登记机关申请查询公司登记事项，公司登记机关应当提供查询服务。',
    },
    {
      law: DISCLOSURE_REG,
      documentNo: DISCLOSURE_REG_NO,
      article: '第六条第一款',
      text: '工商行政管理部门应当通过企业信用信息公示系统，公示其在履行职责过程中产生的注册登记、备案信息，动产抵押登记信息，股权出质登记信息，行政处罚信息以及其他依法应当公示的信息。',
    },
    {
      law: DISCLOSURE_REG,
      documentNo: DISCLOSURE_REG_NO,
      article: '第十三条第二款',
      text: '公民、法人或者其他组织对依照本条例规定公示的企业信息有疑问的，可以向政府部门申请查询，收到查询申请的政府部门应当自收到申请之日起20个工作日内书面答复申请人。',
    },
  ],
  conditions: null,
  materials: [],
  procedure: [
    {
      name: '网上查询',
      description:
        '社会公众登录国家企业信用信息公示系统（贵州），输入企业名称或者统一社会信用代码（注册号），即可查询企业登记、备案、股权出质、行政处罚、经营异常名录等公示信息。',
      deadline: '即时',
    },
    {
      name: '窗口申请',
      description:
        '需要查询企业登记档案资料的，申请人持本人有效身份证件到省局政务服务窗口填写《企业登记信息查询申请表》；律师查询的，还应当出示律师执业证和律师事务所出具的查询证明。',
      deadline: '当场',
    },
    {
      name: '审核调档',
      description: '窗口工作人员核对申请人身份和查询事项，按照规定的查询权限从企业登记档案系统调取有关信息。',
      deadline: '当场；档案需要调取的1个工作日内',
    },
    {
      name: '出具查询结果',
      description: '向申请人提供企业登记基本信息查询单或者登记档案资料复印件，并加盖查询专用章；申请查询的信息不属于可查询范围的，书面告知理由。',
      deadline: '1个工作日内',
    },
  ],
  statutoryDeadline: {
    value: 20,
    unit: 'workday',
    note: '对公示的企业信息有疑问申请查询的，自收到申请之日起20个工作日内书面答复（《企业信息公示暂行条例》第十三条第二款）',
  },
  committedDeadline: {
    value: 1,
    unit: 'workday',
    note: '网上查询即时办结；窗口查询当场办结，需要调取登记档案的1个工作日内提供查询结果',
  },
  fees: { charged: false, items: [] },
  responsibilities: [
    {
      stage: 'acceptance',
      duty: '在服务窗口和门户网站公布查询方式、查询范围和办理时限，当场受理查询申请。',
      basis: '《中华人民共和国公司法》第六条第三款',
    },
    {
      stage: 'review',
      duty: '核对申请人身份和查询事项，依照规定的权限提供查询，保护依法不予公开的企业信息和个人信息。',
      basis: '《企业信息公示暂行条例》第三条',
    },
    {
      stage: 'delivery',
      duty: '在承诺时限内提供查询结果；对公示信息有疑问的查询申请，在20个工作日内书面答复。',
      basis: '《企业信息公示暂行条例》第十三条第二款',
    },
    {
      stage: 'supervision',
      duty: '维护国家企业信用信息公示系统（贵州）数据的准确、及时，发现公示信息不准确的及时更正。',
      basis: '《企业信息公示暂行条例》第十二条',
    },
  ],
  accountability: [
    '无正当理由拒绝提供依法可以查询的企业登记信息的',
    '泄露依法不予公开的企业信息或者个人信息的',
    '违反规定收取查询费用的',
    '公示的企业信息不准确且未及时更正，造成不良后果的',
    '未在承诺时限内提供查询结果又不说明理由的',
  ],
  supervisionPhone: '0851-85986012',
  consultationPhone: '0851-85986320',
  remarks: null,
  effectiveFrom: null,
  effectiveTo: null,
}

// ---------------------------------------------------------------------------------------------
// The revision
// ---------------------------------------------------------------------------------------------

export const revision2016: SeedRevision = {
  title: {
    'zh-Hans': '贵州省工商行政管理局权力清单和责任清单2016年动态调整',
    en: 'Guizhou AIC power and responsibility lists: 2016 dynamic adjustment',
  },
  reason:
    '根据国务院关于深化简政放权、放管结合、优化服务改革的部署和省委、省政府关于权力清单和责任清单实行动态管理的要求，我局对2015年公布的权力清单和责任清单进行了全面梳理和调整。' +
    '一是落实国务院取消行政审批事项的决定。根据《国务院关于第二批取消152项中央指定地方实施行政审批事项的决定》（国发〔2016〕9号），取消外商投资广告企业项目审批、外商投资广告企业设立分支机构审批、烟草广告审批3项行政许可事项，《外商投资广告企业管理规定》已由国家工商行政管理总局令第75号废止。' +
    '二是衔接法律法规的立、改、废。修订后的《中华人民共和国广告法》自2015年9月1日起施行，将原广告经营许可证核发调整为广告发布登记，并相应更新虚假广告处罚、广告监测等事项的设定依据；《严重违法失信企业名单管理暂行办法》自2016年4月1日起施行，相应调整严重违法失信企业名单管理事项。' +
    '三是深化商事制度改革。全面推行“先照后证”改革，除法律、行政法规和国务院决定保留的工商登记前置审批事项外，一律不再作为登记前置条件；在“三证合一、一照一码”基础上，自2016年10月1日起实行“五证合一、一照一码”，优化公司登记流程，压缩内资公司登记、外国企业常驻代表机构登记和广告发布登记的承诺办结时限；按照“双随机、一公开”要求规范企业公示信息抽查。' +
    '四是推进政务服务公开，新增公共服务事项“企业登记信息查询”，明确办理流程和时限。' +
    '调整后，我局权力事项共33项，比调整前减少3项，其中行政许可事项由8项减少为5项；另列公共服务事项1项。调整方案经局法规处审核、局长办公会审议，并报省人民政府法制办公室进行合法性审查后公布实施。',
  effectiveFrom: '2016-10-01',
  changes: [
    { action: 'repeal', code: 'XK-00006-000' },
    { action: 'repeal', code: 'XK-00007-000' },
    { action: 'repeal', code: 'XK-00008-000' },
    { action: 'modify', item: companyRegistration },
    { action: 'modify', item: representativeOffice },
    { action: 'modify', item: adPublishingRegistration },
    { action: 'modify', item: falseAdvertisingPenalty },
    { action: 'modify', item: disclosureSpotCheck },
    { action: 'modify', item: adMonitoring },
    { action: 'modify', item: seriousViolationList },
    { action: 'add', item: registrationLookup },
  ],
}
