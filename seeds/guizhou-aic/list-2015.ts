/**
 * 贵州省工商行政管理局权力清单和责任清单（2015年版） — sample data, effective 2015-07-01.
 *
 * 36 power items: 行政许可 8 · 行政处罚 14 (one main item with two sub-items) · 行政强制 3 ·
 * 行政检查 4 · 行政确认 2 · 行政奖励 1 · 其他行政权力 4. No public-service (GG) item.
 * Legal bases are cited in the text in force on 2015-07-01 (e.g. the 1994 《广告法》,
 * the 2014 《公司登记管理条例》, the 2003 《无照经营查处取缔办法》).
 */
import type { Deadline, Fees, LegalBasis, PowerItem, ProcedureStep, Responsibility, ResponsibilityStage } from '../../src/domain/power-item'

// ---------------------------------------------------------------------------------------------
// Shared wording. Every helper returns fresh objects, so no two items share an array.
// ---------------------------------------------------------------------------------------------

const SUPERVISION_PHONE = '0851-85986012'

const PHONE = {
  registration: '0851-85986320',
  foreign: '0851-85986325',
  advertising: '0851-85986335',
  trademark: '0851-85986340',
  fairTrade: '0851-85986345',
  directSelling: '0851-85986348',
  market: '0851-85986352',
  enterprise: '0851-85986356',
  consumer: '12315',
}

function lb(law: string, documentNo: string | null, article: string | null, text: string): LegalBasis {
  return { law, documentNo, article, text }
}

function r(stage: ResponsibilityStage, duty: string, basis: string | null): Responsibility {
  return { stage, duty, basis }
}

function free(): Fees {
  return { charged: false, items: [] }
}

function penaltyStatutoryDeadline(): Deadline {
  return {
    value: 90,
    unit: 'day',
    note: '自立案之日起90日内作出处理决定；案情复杂不能在规定期限内作出处理决定的，经局负责人批准可以延长30日（《工商行政管理机关行政处罚程序规定》第五十七条）',
  }
}

function penaltyCommittedDeadline(days: number): Deadline {
  return { value: days, unit: 'day', note: '自立案之日起计算；案情复杂经批准依法延长的除外' }
}

/** 一般程序 of an AIC administrative penalty; step 2 carries the item-specific investigation. */
function penaltyProcedure(investigation: string): ProcedureStep[] {
  return [
    {
      name: '立案',
      description: '对投诉、举报、其他机关移送、上级机关交办或者监督检查中发现的违法线索进行核查，符合立案条件的，报局负责人批准后立案。',
      deadline: '7个工作日；特殊情况下15个工作日',
    },
    { name: '调查取证', description: investigation, deadline: null },
    {
      name: '案件核审',
      description:
        '调查终结后，办案机构提出书面处理意见，由法规处对案件事实、证据、定性、依据、处罚幅度和程序进行核审；对情节复杂或者重大违法行为给予较重处罚的，由局负责人集体讨论决定。',
      deadline: null,
    },
    {
      name: '告知',
      description:
        '向当事人送达《行政处罚告知书》，告知拟作出处罚的事实、理由、依据及其依法享有的陈述、申辩权利；拟作出责令停产停业、吊销营业执照或者较大数额罚款的，同时告知其有要求举行听证的权利，当事人要求听证的，依法组织听证。',
      deadline: '当事人自收到告知书之日起3日内提出陈述、申辩或者听证要求',
    },
    {
      name: '决定',
      description:
        '根据案件审查、陈述申辩或者听证情况作出处理决定，制作《行政处罚决定书》，载明违法事实和证据、处罚种类和依据、履行方式和期限以及申请行政复议、提起行政诉讼的途径和期限。',
      deadline: '自立案之日起90日内',
    },
    {
      name: '送达与执行',
      description:
        '处罚决定书当场交付当事人，当事人不在场的在7日内依法送达；当事人应当自收到决定书之日起15日内到指定银行缴纳罚款，逾期不缴纳的每日按罚款数额的3%加处罚款，并依法申请人民法院强制执行。',
      deadline: '7日内送达',
    },
  ]
}

/** 立案 · 调查取证 · 审理 · 告知 · 决定 · 送达 · 执行 (+ 公示 when the party is an enterprise). */
function penaltyResponsibilities(investigationDuty: string, investigationBasis: string, publishToCreditSystem = true): Responsibility[] {
  const list: Responsibility[] = [
    r(
      'filing',
      '对投诉、举报、移送、交办及监督检查中发现的违法线索，自收到材料之日起7个工作日内予以核查并决定是否立案，特殊情况下可以延长至15个工作日；决定不予立案的，告知具名的投诉人、举报人。',
      '《工商行政管理机关行政处罚程序规定》第十七条',
    ),
    r('investigation', investigationDuty, investigationBasis),
    r(
      'hearing',
      '调查终结后对调查结果进行审查，核实违法事实是否清楚、证据是否确凿、定性是否准确、适用依据是否正确、处罚是否适当、程序是否合法。',
      '《中华人民共和国行政处罚法》第三十八条第一款',
    ),
    r(
      'notification',
      '作出行政处罚决定前，告知当事人拟作出处罚的事实、理由、依据及其依法享有的陈述、申辩权利，充分听取当事人意见；符合听证条件的，告知其听证权利并依法组织听证。',
      '《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条',
    ),
    r(
      'decision',
      '依法作出给予或者不予行政处罚的决定并制作行政处罚决定书；对情节复杂或者重大违法行为给予较重处罚的，由局负责人集体讨论决定。',
      '《中华人民共和国行政处罚法》第三十八条、第三十九条',
    ),
    r('delivery', '行政处罚决定书当场交付当事人；当事人不在场的，在7日内依照民事诉讼法的有关规定送达。', '《中华人民共和国行政处罚法》第四十条'),
    r(
      'enforcement',
      '督促当事人履行处罚决定，严格执行罚缴分离；逾期不履行的，依法加处罚款或者申请人民法院强制执行；涉嫌犯罪的，依法移送司法机关。',
      '《中华人民共和国行政处罚法》第四十六条、第五十一条',
    ),
  ]
  if (publishToCreditSystem) {
    list.push(r('other', '自作出行政处罚决定之日起20个工作日内，通过企业信用信息公示系统向社会公示行政处罚信息。', '《企业信息公示暂行条例》第六条'))
  }
  return list
}

function penaltyAccountability(specific: string): string[] {
  return [
    '没有法定的行政处罚依据，或者擅自改变行政处罚种类、幅度的',
    '违反法定的行政处罚程序，未依法告知当事人陈述、申辩或者听证权利的',
    '违反罚缴分离规定自行收缴罚款，或者截留、私分罚款、没收的违法所得和财物的',
    '违法实施行政处罚，给当事人造成损失的',
    '对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害的',
    specific,
  ]
}

function licensingAccountability(specific?: string): string[] {
  const list = [
    '对符合法定条件的申请不予受理的',
    '对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的',
    '对符合法定条件的申请人不予许可或者不在法定期限内作出准予许可决定的',
    '不在办公场所公示依法应当公示的材料，或者未一次告知申请人必须补正的全部内容的',
    '在受理、审查、决定过程中索取或者收受他人财物或者谋取其他利益的',
  ]
  if (specific) list.push(specific)
  return list
}

function coercionProcedure(handlingDeadline: string): ProcedureStep[] {
  return [
    {
      name: '报批',
      description:
        '执法人员认为需要采取查封、扣押措施的，填写审批表，说明理由和对象，报局主要负责人批准；情况紧急需要当场实施的，在24小时内向局主要负责人报告并补办批准手续。',
      deadline: '实施前；情况紧急的24小时内补办',
    },
    {
      name: '实施',
      description:
        '由两名以上执法人员实施，出示执法证件，通知当事人到场，当场告知采取措施的理由、依据以及当事人依法享有的权利、救济途径，听取当事人的陈述和申辩，制作现场笔录，由当事人和执法人员签名或者盖章。',
      deadline: '当场',
    },
    {
      name: '交付文书',
      description: '当场交付查封、扣押决定书和查封、扣押财物及资料清单，清单一式二份，由当事人和本局分别保存。',
      deadline: '当场',
    },
    {
      name: '处理',
      description: '对查封的场所、设施和扣押的财物妥善保管，不得使用或者损毁；在查封、扣押期限内查清事实，依法作出没收、销毁或者解除查封、扣押的处理决定。',
      deadline: handlingDeadline,
    },
    {
      name: '解除',
      description: '对经调查核实没有违法行为、不再需要查封扣押或者期限届满的，及时作出解除决定，立即解除查封并退还扣押的财物。',
      deadline: '作出解除决定后立即',
    },
  ]
}

function coercionResponsibilities(approvalBasis: string, termBasis: string): Responsibility[] {
  return [
    r('decision', '审查采取查封、扣押措施的必要性和法定条件，报经局主要负责人批准后实施；情况紧急当场实施的，24小时内报告并补办批准手续。', approvalBasis),
    r(
      'enforcement',
      '由两名以上具有执法资格的人员实施，出示执法证件，通知当事人到场，制作现场笔录；查封、扣押限于涉案的场所、设施或者财物，不得查封、扣押与违法行为无关的财物。',
      '《中华人民共和国行政强制法》第十八条、第二十三条',
    ),
    r(
      'notification',
      '当场告知当事人采取查封、扣押的理由、依据以及当事人依法享有的陈述、申辩权利和救济途径，听取其陈述和申辩。',
      '《中华人民共和国行政强制法》第十八条',
    ),
    r('delivery', '制作并当场交付查封、扣押决定书和清单。', '《中华人民共和国行政强制法》第二十四条'),
    r('other', '妥善保管查封、扣押的财物，在法定期限内作出处理决定；对不再需要查封、扣押的，及时解除并退还财物。', termBasis),
  ]
}

function coercionAccountability(): string[] {
  return [
    '没有法律、法规依据或者超越职权实施查封、扣押的',
    '改变查封、扣押的对象、条件、方式，或者扩大查封、扣押范围的',
    '违反法定程序实施查封、扣押的',
    '使用或者损毁查封、扣押的场所、设施或者财物，或者截留、私分、变相私分查封、扣押财物的',
    '在查封、扣押法定期间不作出处理决定或者未依法及时解除查封、扣押的',
  ]
}

// Legal instruments cited repeatedly.
const COMPANY_LAW = '中华人民共和国公司法'
const COMPANY_LAW_NO = '主席令第八号'
const COMPANY_REG = '中华人民共和国公司登记管理条例'
const COMPANY_REG_NO = '国务院令第156号'
const AD_LAW = '中华人民共和国广告法'
const AD_LAW_1994_NO = '主席令第三十四号'
const AD_REG = '广告管理条例'
const AD_REG_NO = '国发〔1987〕94号'
const FOREIGN_AD_RULES = '外商投资广告企业管理规定'
const FOREIGN_AD_RULES_NO = '国家工商行政管理总局、商务部令第35号'
const DISCLOSURE_REG = '企业信息公示暂行条例'
const DISCLOSURE_REG_NO = '国务院令第654号'
const UNLICENSED_REG = '无照经营查处取缔办法'
const UNLICENSED_REG_NO = '国务院令第370号'
const PYRAMID_REG = '禁止传销条例'
const PYRAMID_REG_NO = '国务院令第444号'
const DIRECT_SELLING_REG = '直销管理条例'
const DIRECT_SELLING_REG_NO = '国务院令第443号'
const COERCION_LAW = '中华人民共和国行政强制法'
const COERCION_LAW_NO = '主席令第四十九号'
const TRADEMARK_LAW = '中华人民共和国商标法'
const TRADEMARK_LAW_NO = '主席令第六号'

const INVESTIGATION_BASIS = '《中华人民共和国行政处罚法》第三十六条、第三十七条'

// ---------------------------------------------------------------------------------------------
// 行政许可 (8)
// ---------------------------------------------------------------------------------------------

const licensing: PowerItem[] = [
  {
    code: 'XK-00001-000',
    name: '企业名称预先核准',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '企业注册局',
    legalBasis: [
      lb(
        '企业名称登记管理规定',
        '国家工商行政管理局令第7号',
        '第三条',
        '企业名称在企业申请登记时，由企业名称的登记主管机关核定。企业名称经核准登记注册后方可使用，在规定的范围内享有专用权。',
      ),
      lb(COMPANY_REG, COMPANY_REG_NO, '第十七条第一款', '设立公司应当申请名称预先核准。'),
      lb(COMPANY_REG, COMPANY_REG_NO, '第十九条', '预先核准的公司名称保留期为6个月。预先核准的公司名称在保留期内，不得用于从事经营活动，不得转让。'),
    ],
    conditions:
      '申请人为拟设立企业的全体投资人（股东、发起人）或者其指定的代表、共同委托的代理人；拟设立企业属于本局登记管辖范围；申请名称由行政区划、字号、行业或者经营特点、组织形式依次组成，不含有损于国家、社会公共利益或者可能对公众造成欺骗、误解的内容和文字，且不与本局辖区内已登记注册的同行业企业名称相同或者近似。',
    materials: [
      '全体投资人（股东、发起人）签署的《企业名称预先核准申请书》',
      '全体投资人指定代表或者共同委托代理人的证明及其身份证件复印件',
      '全体投资人的主体资格证明或者自然人身份证件复印件',
      '国家工商行政管理总局规定要求提交的其他文件',
    ],
    procedure: [
      {
        name: '申请',
        description: '申请人到省局政务服务窗口或者通过网上登记系统提交《企业名称预先核准申请书》及相关材料，可按顺序列明备选字号。',
        deadline: null,
      },
      {
        name: '受理',
        description:
          '核对申请材料是否齐全、符合法定形式；材料不齐全或者不符合法定形式的，当场或者在5日内一次告知需要补正的全部内容；不属于本局登记管辖的，即时决定不予受理并告知向有关登记机关申请。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '通过名称库进行查重比对，审查申请名称是否符合企业名称登记管理的禁止性、限制性规定。',
        deadline: '当场；需要核实的15日内',
      },
      {
        name: '决定',
        description:
          '准予核准的，出具《企业名称预先核准通知书》；不予核准的，出具《企业名称驳回通知书》，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        deadline: '当场；需要核实的15日内',
      },
    ],
    statutoryDeadline: {
      value: 15,
      unit: 'day',
      note: '申请人到登记机关提出申请并予以受理的，当场作出决定；需要核实或者以信函方式提出申请的，自受理之日起15日内作出决定（《中华人民共和国公司登记管理条例》第五十三条）',
    },
    committedDeadline: {
      value: 3,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的当场核准；需要核实的，自受理之日起3个工作日内作出决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '在服务窗口和门户网站公示名称核准的依据、条件、程序、期限和需要提交的全部材料目录；当场核对申请材料，不齐全或者不符合法定形式的，一次告知需要补正的全部内容。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r(
        'review',
        '对申请名称进行查重比对，审查是否含有法律、行政法规禁止的内容和文字，是否与辖区内同行业企业名称相同或者近似。',
        '《企业名称登记管理规定》第六条、第九条',
      ),
      r(
        'decision',
        '作出准予或者不予核准的决定；不予核准的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国公司登记管理条例》第五十四条',
      ),
      r('delivery', '向申请人送达《企业名称预先核准通知书》或者《企业名称驳回通知书》。', '《中华人民共和国行政许可法》第四十四条'),
      r(
        'supervision',
        '对预先核准名称在保留期内的使用情况进行监督，发现用于从事经营活动或者转让的，依法予以纠正。',
        '《中华人民共和国公司登记管理条例》第十九条',
      ),
    ],
    accountability: licensingAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.registration,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00002-000',
    name: '内资公司设立、变更、注销登记',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '企业注册局',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第六条第一款',
        '设立公司，应当依法向公司登记机关申请设立登记。符合本法规定的设立条件的，由公司登记机关分别登记为有限责任公司或者股份有限公司；不符合本法规定的设立条件的，不得登记为有限责任公司或者股份有限公司。',
      ),
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第七条',
        '依法设立的公司，由公司登记机关发给公司营业执照。公司营业执照记载的事项发生变更的，公司应当依法办理变更登记，由公司登记机关换发营业执照。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第七条',
        '省、自治区、直辖市工商行政管理局负责本辖区内省级人民政府国有资产监督管理机构履行出资人职责的公司以及该公司投资设立并持有50%以上股份的公司、本局规定由其登记的自然人投资设立的公司等公司的登记。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第四十二条',
        '公司被依法宣告破产、章程规定的营业期限届满、股东会决议解散、依法被吊销营业执照或者责令关闭等情形的，公司清算组应当自公司清算结束之日起30日内向原公司登记机关申请注销登记。',
      ),
    ],
    conditions:
      '申请人为依法设立、变更或者终止的有限责任公司、股份有限公司及其分公司，且属于本局登记管辖范围；设立登记的已取得企业名称预先核准；申请文件、材料齐全，符合法定形式；公司章程、股东出资方式和经营范围符合法律、行政法规的规定；经营范围中属于法律、行政法规或者国务院决定规定在登记前须经批准的项目，已取得有关批准文件。',
    materials: [
      '公司法定代表人签署的《公司登记（备案）申请书》',
      '全体股东指定代表或者共同委托代理人的证明',
      '公司章程或者章程修正案，股东会决议或者股东决定',
      '股东的主体资格证明或者自然人身份证明，董事、监事、经理和法定代表人的任职文件及身份证明',
      '《企业名称预先核准通知书》和公司住所使用证明（设立登记提交）',
      '清算报告、清算组备案证明和《企业法人营业执照》正副本（注销登记提交）',
    ],
    procedure: [
      {
        name: '申请',
        description: '申请人到省局政务服务窗口提交申请材料，也可以通过网上登记系统预审后提交纸质材料。',
        deadline: null,
      },
      {
        name: '受理',
        description:
          '审查申请材料是否齐全、符合法定形式；存在可以当场更正的错误的，允许申请人当场更正；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容；不属于本局登记管辖的，即时决定不予受理并告知向有关登记机关申请。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '对申请材料进行审查；需要对申请材料核实的，书面告知申请人需要核实的事项、理由和时间，指派两名以上工作人员进行核实。',
        deadline: '当场；需要核实的15日内',
      },
      {
        name: '决定',
        description:
          '准予登记的，出具《准予设立（变更、注销）登记通知书》；不予登记的，出具《登记驳回通知书》，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        deadline: '当场；需要核实的15日内',
      },
      {
        name: '发照',
        description: '通知申请人自准予登记决定之日起10日内领取营业执照；登记信息自产生之日起20个工作日内通过企业信用信息公示系统向社会公示。',
        deadline: '10日内',
      },
    ],
    statutoryDeadline: {
      value: 15,
      unit: 'day',
      note: '申请人到登记机关提出申请并予以受理的，当场作出准予登记的决定；需要对申请材料核实或者以信函方式提出申请的，自受理之日起15日内作出决定（《中华人民共和国公司登记管理条例》第五十三条）',
    },
    committedDeadline: {
      value: 5,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起5个工作日内作出登记决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '在服务窗口和门户网站公示公司登记的事项、依据、条件、程序、期限以及需要提交的全部材料目录和示范文本；依法作出受理或者不予受理的决定，并出具书面凭证。',
        '《中华人民共和国公司登记管理条例》第五十一条、第五十二条',
      ),
      r(
        'review',
        '对申请材料是否齐全、是否符合法定形式进行审查；需要核实的，指派两名以上工作人员核实并制作核实记录。',
        '《中华人民共和国行政许可法》第三十四条',
      ),
      r(
        'decision',
        '在法定期限内作出准予或者不予登记的决定；不予登记的，书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国公司登记管理条例》第五十三条、第五十四条',
      ),
      r(
        'delivery',
        '通知申请人领取营业执照或者送达不予登记文书；将登记、备案信息通过企业信用信息公示系统向社会公示。',
        '《中华人民共和国公司登记管理条例》第五十四条、第五十五条',
      ),
      r(
        'supervision',
        '通过年度报告公示、公示信息抽查等方式对登记事项实施事中事后监管，依法查处虚假登记、未按规定办理变更登记等违法行为。',
        '《企业信息公示暂行条例》第八条、第十四条',
      ),
    ],
    accountability: licensingAccountability('对不符合规定条件的公司登记申请予以登记，或者对符合规定条件的登记申请不予登记的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.registration,
    remarks: {
      text: '公司分公司的设立、变更、注销登记，按照《中华人民共和国公司登记管理条例》第七章的规定一并办理。',
      html: '<p>公司分公司的设立、变更、注销登记，按照《中华人民共和国公司登记管理条例》第七章的规定一并办理。</p>',
    },
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00003-000',
    name: '外商投资企业设立、变更、注销登记',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '外资企业注册处',
    legalBasis: [
      lb(
        '中华人民共和国中外合资经营企业法',
        null,
        '第三条',
        '合营各方签订的合营协议、合同、章程，应报国家对外经济贸易主管部门审查批准。合营企业经批准后，向国家工商行政管理主管部门登记，领取营业执照，开始营业。',
      ),
      lb(
        '中华人民共和国外资企业法',
        null,
        '第七条',
        '设立外资企业的申请经批准后，外国投资者应当在接到批准证书之日起三十天内向工商行政管理机关申请登记，领取营业执照。',
      ),
      lb(COMPANY_REG, COMPANY_REG_NO, '第七条第（四）项', '省、自治区、直辖市工商行政管理局负责本辖区内国家工商行政管理总局授权登记的其他公司的登记。'),
      lb(COMPANY_REG, COMPANY_REG_NO, '第八十一条', '外商投资的公司的登记适用本条例。有关外商投资企业的法律对其登记另有规定的，适用其规定。'),
    ],
    conditions:
      '申请人为经国家工商行政管理总局授权由本局登记管辖的中外合资经营企业、中外合作经营企业、外资企业及其分支机构；已取得商务主管部门的批准证书或者批准文件；设立登记的已取得企业名称预先核准；申请文件、材料齐全，符合法定形式，境外形成的主体资格证明等文件已依法办理公证认证。',
    materials: [
      '法定代表人签署的《外商投资企业设立（变更、注销）登记申请书》',
      '审批机关的批准证书或者批准文件复印件',
      '经审批机关批准的合营合同、企业章程，变更登记的提交修改协议或者章程修正案',
      '投资者的主体资格证明或者身份证明（境外文件须经公证认证）',
      '法定代表人、董事、监事、经理的任职文件和身份证明，《企业名称预先核准通知书》和企业住所使用证明',
      '清算报告、税务和海关注销证明以及营业执照正副本（注销登记提交）',
    ],
    procedure: [
      {
        name: '受理',
        description: '审查申请材料是否齐全、符合法定形式，依法作出受理或者不予受理的决定；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '对申请材料与审批机关批准文件的一致性进行审查；需要核实的，指派两名以上工作人员进行核实。',
        deadline: null,
      },
      {
        name: '决定',
        description: '作出准予或者不予登记的决定；不予登记的，出具《登记驳回通知书》，说明理由并告知救济途径。',
        deadline: '当场；需要核实的15日内',
      },
      {
        name: '发照',
        description: '通知申请人领取营业执照，登记信息通过企业信用信息公示系统向社会公示，并与商务主管部门共享。',
        deadline: '10日内',
      },
    ],
    statutoryDeadline: {
      value: 15,
      unit: 'day',
      note: '申请人到登记机关提出申请并予以受理的，当场作出准予登记的决定；需要对申请材料核实的，自受理之日起15日内作出决定（《中华人民共和国公司登记管理条例》第五十三条）',
    },
    committedDeadline: {
      value: 10,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起10个工作日内作出登记决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '公示外商投资企业登记的依据、条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r('review', '审查申请材料是否齐全、符合法定形式，登记事项与审批机关批准文件是否一致。', '《中华人民共和国公司登记管理条例》第五十一条、第五十三条'),
      r(
        'decision',
        '在法定期限内作出准予或者不予登记的决定；不予登记的，书面说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国公司登记管理条例》第五十四条',
      ),
      r('delivery', '通知申请人领取营业执照，并通过企业信用信息公示系统公示登记信息。', '《企业信息公示暂行条例》第六条'),
      r(
        'supervision',
        '通过年度报告公示和公示信息抽查对外商投资企业实施事中事后监管，与商务主管部门共享登记和监管信息。',
        '《企业信息公示暂行条例》第八条、第十四条',
      ),
    ],
    accountability: licensingAccountability('超越国家工商行政管理总局授权范围办理外商投资企业登记的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.foreign,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00004-000',
    name: '外国企业常驻代表机构设立、变更、注销登记',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '外资企业注册处',
    legalBasis: [
      lb('外国企业常驻代表机构登记管理条例', '国务院令第584号', '第五条', '省、自治区、直辖市人民政府工商行政管理部门是代表机构的登记和管理机关。'),
      lb('外国企业常驻代表机构登记管理条例', '国务院令第584号', '第二十二条', '设立代表机构应当向登记机关申请设立登记。'),
      lb(
        '外国企业常驻代表机构登记管理条例',
        '国务院令第584号',
        '第二十四条',
        '登记机关应当自受理申请之日起15日内作出是否准予登记的决定，作出决定前可以根据需要征求有关部门的意见。作出准予登记决定的，应当自作出决定之日起5日内向申请人颁发登记证和代表证。',
      ),
    ],
    conditions:
      '申请人为依法在其本国设立并存续2年以上的外国企业；拟设立的代表机构仅从事与该外国企业业务有关的非营利性活动，名称由外国企业国籍、外国企业中文名称、驻在城市名称以及“代表处”字样依次组成；有合法的驻在场所；法律、行政法规或者国务院规定设立代表机构须经批准的，已取得批准文件。',
    materials: [
      '代表机构设立（变更、注销）登记申请书',
      '外国企业住所证明和存续2年以上的合法营业证明（经所在国公证机关公证并经中国驻该国使领馆认证）',
      '外国企业章程或者组织协议',
      '外国企业对首席代表、代表的任命文件以及首席代表、代表的身份证明和简历',
      '同外国企业有业务往来的金融机构出具的资金信用证明',
      '代表机构驻在场所的合法使用证明；注销登记另需提交税务登记注销证明和海关、外汇部门出具的相关证明',
    ],
    procedure: [
      {
        name: '受理',
        description: '审查申请材料是否齐全、符合法定形式，依法作出受理或者不予受理的决定；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '对申请材料进行审查，根据需要征求有关部门意见；需要核实驻在场所等事项的，指派两名以上工作人员进行核实。',
        deadline: null,
      },
      {
        name: '决定',
        description: '作出准予或者不予登记的决定；不予登记的，书面说明理由并告知救济途径。',
        deadline: '自受理之日起15日内（注销登记10日内）',
      },
      {
        name: '颁证',
        description: '自作出准予登记决定之日起5日内颁发登记证和首席代表、代表的代表证，登记信息通过企业信用信息公示系统公示。',
        deadline: '决定之日起5日内',
      },
    ],
    statutoryDeadline: {
      value: 15,
      unit: 'day',
      note: '自受理申请之日起15日内作出是否准予设立、变更登记的决定；注销登记自受理之日起10日内作出决定（《外国企业常驻代表机构登记管理条例》第二十四条、第三十四条）',
    },
    committedDeadline: {
      value: 10,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起10个工作日内作出决定并颁发证件',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '公示代表机构登记的条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r(
        'review',
        '审查外国企业的存续情况、代表机构名称、业务范围和驻在场所是否符合规定，必要时征求有关部门意见。',
        '《外国企业常驻代表机构登记管理条例》第十条、第十四条、第二十四条',
      ),
      r(
        'decision',
        '在法定期限内作出准予或者不予登记的决定；不予登记的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《外国企业常驻代表机构登记管理条例》第二十四条',
      ),
      r('delivery', '自作出准予登记决定之日起5日内颁发登记证和代表证。', '《外国企业常驻代表机构登记管理条例》第二十四条'),
      r(
        'supervision',
        '对代表机构的年度报告和业务活动实施监督检查，依法查处代表机构从事营利性活动等违法行为。',
        '《外国企业常驻代表机构登记管理条例》第二十一条、第三十五条',
      ),
    ],
    accountability: licensingAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.foreign,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00005-000',
    name: '广告经营许可证核发',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(
        AD_LAW,
        AD_LAW_1994_NO,
        '第二十六条',
        '从事广告经营的，应当具有必要的专业技术人员、制作设备，并依法办理公司或者广告经营登记，方可从事广告活动。广播电台、电视台、报刊出版单位的广告业务，应当由其专门从事广告业务的机构办理，并依法办理兼营广告的登记。',
      ),
      lb(
        AD_REG,
        AD_REG_NO,
        '第六条第（二）项',
        '经营广告业务的单位和个体工商户，应当向工商行政管理机关申请，分别情况办理审批登记手续；兼营广告业务的事业单位，发给《广告经营许可证》。',
      ),
      lb(
        '广告经营许可证管理办法',
        '国家工商行政管理总局令第16号',
        null,
        '广播电台、电视台、报刊出版单位等兼营广告业务的事业单位，应当向工商行政管理机关申请办理广告经营许可登记，取得《广告经营许可证》后方可从事相应的广告经营活动。',
      ),
    ],
    conditions:
      '申请人为兼营广告业务的广播电台、电视台、报刊出版单位等事业单位，且属于本局登记管辖的省级媒体单位；设有专门从事广告业务的机构，配备从事广告审查等工作的专业人员，具有与广告经营范围相适应的场所、设备；已建立广告业务承接登记、审核、档案管理制度。',
    materials: [
      '《广告经营登记申请表》',
      '事业单位法人证书复印件',
      '广告业务机构设置文件及广告审查人员、专业技术人员名单',
      '经营场所使用证明和广告制作、发布设备清单',
      '广告业务承接登记、审核、档案管理制度',
    ],
    procedure: [
      {
        name: '受理',
        description: '审查申请材料是否齐全、符合法定形式，依法作出受理或者不予受理的决定；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '对申请单位的广告业务机构、专业人员、场所、设备和广告管理制度进行书面审查，必要时实地核查。',
        deadline: null,
      },
      {
        name: '决定',
        description: '作出准予或者不予许可的决定；不予许可的，书面说明理由并告知救济途径。',
        deadline: '自受理之日起20个工作日内',
      },
      {
        name: '发证',
        description: '准予许可的，自作出决定之日起10日内核发《广告经营许可证》。',
        deadline: '10日内',
      },
    ],
    statutoryDeadline: {
      value: 20,
      unit: 'workday',
      note: '自受理之日起20个工作日内作出决定；20个工作日内不能作出决定的，经本机关负责人批准可以延长10个工作日（《中华人民共和国行政许可法》第四十二条）',
    },
    committedDeadline: {
      value: 15,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起15个工作日内作出决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '公示广告经营许可的条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r('review', '审查申请单位是否具备从事广告经营所需的专门机构、专业人员、场所设备和广告管理制度。', '《中华人民共和国广告法》第二十六条'),
      r(
        'decision',
        '在法定期限内作出准予或者不予许可的决定；不予许可的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国行政许可法》第三十八条、第四十二条',
      ),
      r('delivery', '自作出准予许可决定之日起10日内颁发《广告经营许可证》。', '《中华人民共和国行政许可法》第四十四条'),
      r('supervision', '对被许可单位的广告经营活动和广告审查制度执行情况进行监督检查，依法查处违法广告。', '《中华人民共和国行政许可法》第六十一条'),
    ],
    accountability: licensingAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00006-000',
    name: '外商投资广告企业项目审批',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(
        FOREIGN_AD_RULES,
        FOREIGN_AD_RULES_NO,
        '第四条',
        '外商投资广告企业的项目建议书及可行性研究报告，由国家工商行政管理总局或其授权的省级工商行政管理局审定。外商投资广告企业的合同和章程，由省级商务主管部门审查批准。',
      ),
      lb(
        FOREIGN_AD_RULES,
        FOREIGN_AD_RULES_NO,
        '第六条',
        '设立中外合营广告企业，由中方主要合营者向所在地有外商投资企业核准登记权的工商行政管理局呈报文件，由其提出初审意见，报国家工商行政管理总局授权的省级工商行政管理局审定；审定机关自收到全部呈报文件二十日内，作出同意或不同意的决定。',
      ),
    ],
    conditions:
      '申请人为拟设立中外合营广告企业的中方主要合营者或者拟设立外资广告企业的外国投资者；投资各方为经营广告业务的企业，并具有相应的广告经营业绩；项目建议书和可行性研究报告内容完整；已经所在地有外商投资企业核准登记权的工商行政管理局初审。',
    materials: [
      '设立外商投资广告企业的申请书',
      '《企业名称预先核准通知书》',
      '投资各方股东会或者董事会决议',
      '项目建议书及投资各方共同编制的可行性研究报告',
      '投资各方的登记注册证明和资信证明',
      '拟设立企业的广告管理制度以及所在地工商行政管理局的初审意见',
    ],
    procedure: [
      {
        name: '初审',
        description: '申请人向所在地有外商投资企业核准登记权的工商行政管理局呈报申请文件，由其提出初审意见后报送本局。',
        deadline: null,
      },
      {
        name: '受理',
        description: '核对初审意见和申请材料，材料齐全、符合法定形式的予以受理；不齐全的一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审定',
        description: '对项目建议书、可行性研究报告以及投资各方的资信、广告经营业绩等进行审查。',
        deadline: null,
      },
      {
        name: '决定',
        description:
          '作出同意或者不同意的决定；同意的，颁发《外商投资广告企业项目审定意见书》，申请人凭此向省级商务主管部门申请审批合同、章程；不同意的，书面说明理由。',
        deadline: '自收到全部呈报文件之日起20日内',
      },
    ],
    statutoryDeadline: {
      value: 20,
      unit: 'day',
      note: '自收到全部呈报文件之日起20日内作出同意或者不同意的决定（《外商投资广告企业管理规定》第六条）',
    },
    committedDeadline: {
      value: 15,
      unit: 'workday',
      note: '自收到全部呈报文件之日起15个工作日内作出决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '公示项目审批的条件、程序、期限和需要提交的全部材料目录；对初审机关报送的材料进行核对，依法受理。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r('review', '审查项目建议书、可行性研究报告和投资各方资格是否符合外商投资广告企业管理的有关规定。', '《外商投资广告企业管理规定》第四条'),
      r(
        'decision',
        '在规定期限内作出同意或者不同意的决定；不同意的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《外商投资广告企业管理规定》第六条',
      ),
      r('delivery', '向申请人送达《外商投资广告企业项目审定意见书》或者不予批准的决定。', '《中华人民共和国行政许可法》第四十四条'),
      r('supervision', '对已设立的外商投资广告企业的广告经营活动进行监督检查，依法查处违法行为。', '《中华人民共和国行政许可法》第六十一条'),
    ],
    accountability: licensingAccountability('超越国家工商行政管理总局授权范围审定外商投资广告企业项目的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: {
      text: '国家工商行政管理总局令第75号决定自2015年6月29日起废止《外商投资广告企业管理规定》。本事项在国务院作出取消决定前暂予列示，清单动态调整时一并处理。',
      html: '<p>国家工商行政管理总局令第75号决定自2015年6月29日起废止《外商投资广告企业管理规定》。本事项在国务院作出取消决定前暂予列示，清单动态调整时一并处理。</p>',
    },
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00007-000',
    name: '外商投资广告企业设立分支机构审批',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(
        FOREIGN_AD_RULES,
        FOREIGN_AD_RULES_NO,
        '第十一条',
        '申请设立分支机构的外商投资广告企业，应具备以下条件：（一）注册资本全部缴清；（二）年广告营业额不低于2000万元人民币。',
      ),
      lb(
        '中华人民共和国行政许可法',
        '主席令第七号',
        '第四十二条第一款',
        '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日。',
      ),
    ],
    conditions:
      '申请人为依法设立并由本局审定或者登记的外商投资广告企业；注册资本已全部缴清；年广告营业额不低于2000万元人民币；拟设分支机构有固定的经营场所和相应的广告专业人员。',
    materials: ['设立分支机构的申请书', '企业董事会决议', '企业上一年度广告经营业绩的审计报告', '企业营业执照复印件和验资报告', '分支机构经营场所使用证明'],
    procedure: [
      {
        name: '受理',
        description: '审查申请材料是否齐全、符合法定形式，依法作出受理或者不予受理的决定；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '审查申请企业注册资本缴付情况、年度广告营业额和拟设分支机构的场所、人员情况。',
        deadline: null,
      },
      {
        name: '决定',
        description: '作出准予或者不予批准的决定；不予批准的，书面说明理由并告知救济途径。',
        deadline: '自受理之日起20个工作日内',
      },
      {
        name: '送达',
        description: '向申请人送达批准文件，申请人凭批准文件向分支机构所在地登记机关办理分支机构登记。',
        deadline: '决定之日起10日内',
      },
    ],
    statutoryDeadline: {
      value: 20,
      unit: 'workday',
      note: '自受理之日起20个工作日内作出决定；不能作出决定的，经本机关负责人批准可以延长10个工作日（《中华人民共和国行政许可法》第四十二条）',
    },
    committedDeadline: {
      value: 15,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起15个工作日内作出决定',
    },
    fees: free(),
    responsibilities: [
      r('acceptance', '公示审批的条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。', '《中华人民共和国行政许可法》第三十条、第三十二条'),
      r('review', '审查申请企业是否符合注册资本全部缴清、年广告营业额等设立分支机构的条件。', '《外商投资广告企业管理规定》第十一条'),
      r(
        'decision',
        '在法定期限内作出准予或者不予批准的决定；不予批准的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国行政许可法》第三十八条、第四十二条',
      ),
      r('delivery', '自作出决定之日起10日内向申请人送达批准文件或者不予批准决定书。', '《中华人民共和国行政许可法》第四十四条'),
      r('supervision', '对分支机构的广告经营活动进行监督检查，依法查处违法行为。', '《中华人民共和国行政许可法》第六十一条'),
    ],
    accountability: licensingAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'XK-00008-000',
    name: '烟草广告审批',
    category: 'XK',
    categoryName: '行政许可',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(
        AD_LAW,
        AD_LAW_1994_NO,
        '第十八条',
        '禁止利用广播、电影、电视、报纸、期刊发布烟草广告。禁止在各类等候室、影剧院、会议厅堂、体育比赛场馆等公共场所设置烟草广告。烟草广告中必须标明“吸烟有害健康”。',
      ),
      lb(
        '烟草广告管理暂行办法',
        null,
        '第六条',
        '在国家禁止范围以外的媒介或者场所发布烟草广告，必须经省级以上广告监督管理机关或者其授权的省辖市广告监督管理机关批准。',
      ),
    ],
    conditions:
      '申请人为依法取得烟草专卖生产企业许可证的烟草制品生产企业或者其委托的广告经营者；拟发布烟草广告的媒介、场所不属于法律、法规禁止发布烟草广告的范围；广告内容符合法律、法规规定，并标明“吸烟有害健康”忠告语。',
    materials: [
      '烟草广告发布申请表',
      '申请人营业执照复印件和烟草专卖生产企业许可证复印件',
      '烟草制品的注册商标证复印件',
      '国家烟草专卖局授权的烟草质量监督检验机构出具的质量检验报告',
      '广告样稿以及拟发布的媒介、场所、期限说明',
    ],
    procedure: [
      {
        name: '受理',
        description: '审查申请材料是否齐全、符合法定形式，依法作出受理或者不予受理的决定；材料不齐全的，当场或者在5日内一次告知需要补正的全部内容。',
        deadline: '当场',
      },
      {
        name: '审查',
        description: '审查拟发布的媒介、场所是否属于禁止范围，广告内容是否真实合法并标明“吸烟有害健康”。',
        deadline: null,
      },
      {
        name: '决定',
        description: '作出准予或者不予批准的决定；不予批准的，书面说明理由并告知救济途径。',
        deadline: '自受理之日起20个工作日内',
      },
      {
        name: '送达',
        description: '向申请人送达烟草广告批准文件，载明准予发布的媒介、场所和期限。',
        deadline: '决定之日起10日内',
      },
    ],
    statutoryDeadline: {
      value: 20,
      unit: 'workday',
      note: '自受理之日起20个工作日内作出决定；不能作出决定的，经本机关负责人批准可以延长10个工作日（《中华人民共和国行政许可法》第四十二条）',
    },
    committedDeadline: {
      value: 10,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，自受理之日起10个工作日内作出决定',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '公示烟草广告审批的条件、程序、期限和需要提交的全部材料目录；依法受理申请并出具书面凭证。',
        '《中华人民共和国行政许可法》第三十条、第三十二条',
      ),
      r(
        'review',
        '审查拟发布的媒介、场所和广告内容是否符合法律、法规关于烟草广告的限制性规定。',
        '《中华人民共和国广告法》第十八条；《烟草广告管理暂行办法》第六条',
      ),
      r(
        'decision',
        '在法定期限内作出准予或者不予批准的决定；不予批准的，说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
        '《中华人民共和国行政许可法》第三十八条、第四十二条',
      ),
      r('delivery', '自作出决定之日起10日内送达批准文件或者不予批准决定书。', '《中华人民共和国行政许可法》第四十四条'),
      r(
        'supervision',
        '对经批准发布的烟草广告进行监督检查，发现超出批准的媒介、场所、期限发布或者内容违法的，依法查处。',
        '《中华人民共和国行政许可法》第六十一条',
      ),
    ],
    accountability: licensingAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 行政处罚 (14: 12 main items, CF-00003-000 with two sub-items)
// ---------------------------------------------------------------------------------------------

const CAPITAL_INVESTIGATION =
  '两名以上执法人员出示执法证件，调取公司登记档案和验资证明，向验资机构、开户银行核查出资资金的来源、到位情况和资金流向，询问公司发起人、股东及财务人员，查明涉案出资金额。'

const penalties: PowerItem[] = [
  {
    code: 'CF-00001-000',
    name: '对虚报注册资本取得公司登记的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第一百九十八条',
        '违反本法规定，虚报注册资本、提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司登记的，由公司登记机关责令改正，对虚报注册资本的公司，处以虚报注册资本金额百分之五以上百分之十五以下的罚款；情节严重的，撤销公司登记或者吊销营业执照。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第六十三条',
        '虚报注册资本，取得公司登记的，由公司登记机关责令改正，处以虚报注册资本金额5%以上15%以下的罚款；情节严重的，撤销公司登记或者吊销营业执照。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(CAPITAL_INVESTIGATION),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '全面、客观、公正地调查收集证据，核查验资证明、银行进账凭证与实际出资情况是否一致，查明虚报注册资本的金额。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对虚报注册资本情节严重应当撤销公司登记或者吊销营业执照而不依法处理的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00002-000',
    name: '对提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司登记的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第一百九十八条',
        '违反本法规定，虚报注册资本、提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司登记的，由公司登记机关责令改正，对提交虚假材料或者采取其他欺诈手段隐瞒重要事实的公司，处以五万元以上五十万元以下的罚款；情节严重的，撤销公司登记或者吊销营业执照。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第六十四条',
        '提交虚假材料或者采取其他欺诈手段隐瞒重要事实，取得公司登记的，由公司登记机关责令改正，处以5万元以上50万元以下的罚款；情节严重的，撤销公司登记或者吊销营业执照。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，调取公司登记档案，就申请材料中的签名、住所证明、任职文件等向有关单位和个人核实，必要时委托鉴定，查明提交虚假材料或者隐瞒重要事实的情况。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '全面、客观、公正地调查收集证据，对登记申请材料的真实性逐项核实，查明虚假材料的内容及其对取得公司登记的影响。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('明知登记申请材料虚假仍予以登记，或者查处中隐瞒、包庇违法行为的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00003-000',
    name: '对公司发起人、股东虚假出资、抽逃出资的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第一百九十九条',
        '公司的发起人、股东虚假出资，未交付或者未按期交付作为出资的货币或者非货币财产的，由公司登记机关责令改正，处以虚假出资金额百分之五以上百分之十五以下的罚款。',
      ),
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第二百条',
        '公司的发起人、股东在公司成立后，抽逃其出资的，由公司登记机关责令改正，处以所抽逃出资金额百分之五以上百分之十五以下的罚款。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(CAPITAL_INVESTIGATION),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '全面、客观、公正地调查收集证据，核查出资的交付、过户情况和公司成立后资金流出的真实用途，区分虚假出资与抽逃出资。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对虚假出资、抽逃出资行为应当责令改正而未责令改正的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00003-001',
    name: '对公司发起人、股东虚假出资的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: 'CF-00003-000',
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第一百九十九条',
        '公司的发起人、股东虚假出资，未交付或者未按期交付作为出资的货币或者非货币财产的，由公司登记机关责令改正，处以虚假出资金额百分之五以上百分之十五以下的罚款。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第六十五条',
        '公司的发起人、股东虚假出资，未交付或者未按期交付作为出资的货币或者非货币财产的，由公司登记机关责令改正，处以虚假出资金额5%以上15%以下的罚款。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(CAPITAL_INVESTIGATION),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '核查作为出资的货币是否实际存入公司账户、非货币财产是否依法评估并办理财产权转移手续，查明未交付或者未按期交付的出资金额。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对虚假出资行为应当责令改正而未责令改正的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00003-002',
    name: '对公司发起人、股东抽逃出资的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: 'CF-00003-000',
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第二百条',
        '公司的发起人、股东在公司成立后，抽逃其出资的，由公司登记机关责令改正，处以所抽逃出资金额百分之五以上百分之十五以下的罚款。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第六十六条',
        '公司的发起人、股东在公司成立后，抽逃出资的，由公司登记机关责令改正，处以所抽逃出资金额5%以上15%以下的罚款。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(CAPITAL_INVESTIGATION),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '调取公司成立后的银行流水和会计凭证，查明出资款转出的时间、金额、去向及是否具有真实交易背景，认定抽逃出资金额。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对抽逃出资行为应当责令改正而未责令改正的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00004-000',
    name: '对公司登记事项发生变更未依法办理变更登记的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        COMPANY_LAW,
        COMPANY_LAW_NO,
        '第二百一十一条第二款',
        '公司登记事项发生变更时，未依照本法规定办理有关变更登记的，由公司登记机关责令限期登记；逾期不登记的，处以一万元以上十万元以下的罚款。',
      ),
      lb(
        COMPANY_REG,
        COMPANY_REG_NO,
        '第六十八条',
        '公司登记事项发生变更时，未依照本条例规定办理有关变更登记的，由公司登记机关责令限期登记；逾期不登记的，处以1万元以上10万元以下的罚款。公司未依照本条例规定办理有关备案的，由公司登记机关责令限期办理；逾期未办理的，处以3万元以下的罚款。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，现场核查公司实际住所、法定代表人、经营范围等情况，与登记事项比对；发现未办理变更登记的，先行责令限期登记，逾期不登记的立案调查。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(45),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '核实公司登记事项变更的事实和时间，依法下达责令限期登记通知书，查明公司在限期届满后是否仍未办理变更登记。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('未经责令限期登记即直接对当事人处以罚款的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00005-000',
    name: '对无照经营行为的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '市场规范管理处',
    legalBasis: [
      lb(
        UNLICENSED_REG,
        UNLICENSED_REG_NO,
        '第四条',
        '应当取得而未依法取得许可证或者其他批准文件和营业执照，擅自从事经营活动，以及无须取得许可证或者其他批准文件即可取得营业执照而未依法取得营业执照，擅自从事经营活动等无照经营行为，由工商行政管理部门依照本办法的规定予以查处。',
      ),
      lb(
        UNLICENSED_REG,
        UNLICENSED_REG_NO,
        '第十四条',
        '对于无照经营行为，由工商行政管理部门依法予以取缔，没收违法所得；触犯刑律的，依照刑法关于非法经营罪、重大责任事故罪、重大劳动安全事故罪、危险物品肇事罪或者其他罪的规定，依法追究刑事责任；尚不够刑事处罚的，并处2万元以下的罚款；无照经营行为规模较大、社会危害严重的，并处2万元以上20万元以下的罚款。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，进入涉嫌无照经营场所实施现场检查，询问有关人员，查阅、复制合同、票据、账簿等资料，查明经营规模、经营期间和违法所得。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '调查核实经营者是否依法取得营业执照及许可证、批准文件，查明无照经营的规模、持续时间、违法所得以及是否危害人体健康、存在重大安全隐患。',
      '《无照经营查处取缔办法》第九条；《中华人民共和国行政处罚法》第三十六条、第三十七条',
      false,
    ),
    accountability: penaltyAccountability('对无照经营行为不依法予以查处取缔，或者对涉嫌犯罪的案件不依法移送司法机关的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.market,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00006-000',
    name: '对发布虚假广告的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(AD_LAW, AD_LAW_1994_NO, '第四条', '广告不得含有虚假的内容，不得欺骗和误导消费者。'),
      lb(
        AD_LAW,
        AD_LAW_1994_NO,
        '第三十七条',
        '违反本法规定，利用广告对商品或者服务作虚假宣传的，由广告监督管理机关责令广告主停止发布，并以等额广告费用在相应范围内公开更正消除影响，并处广告费用一倍以上五倍以下的罚款；对负有责任的广告经营者、广告发布者没收广告费用，并处广告费用一倍以上五倍以下的罚款；情节严重的，依法停止其广告业务。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，调取广告样件、广告合同、广告费用票据和广告审查记录，核查广告内容与商品或者服务的实际情况是否一致，查明广告发布范围、持续时间和广告费用。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '固定涉案广告证据，核查广告主提供的证明文件，查明广告内容虚假的事实以及广告主、广告经营者、广告发布者各自的责任和广告费用。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对监测发现或者群众举报的虚假广告不依法查处的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00007-000',
    name: '对擅自使用知名商品特有名称、包装、装潢等假冒仿冒行为的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '公平交易局（经济检查局）',
    legalBasis: [
      lb(
        '中华人民共和国反不正当竞争法',
        '主席令第十号',
        '第五条',
        '经营者不得采用假冒他人的注册商标，擅自使用知名商品特有的名称、包装、装潢或者使用与知名商品近似的名称、包装、装潢，擅自使用他人的企业名称或者姓名，在商品上伪造或者冒用认证标志、名优标志等质量标志等不正当手段从事市场交易，损害竞争对手。',
      ),
      lb(
        '中华人民共和国反不正当竞争法',
        '主席令第十号',
        '第二十一条第二款',
        '经营者擅自使用知名商品特有的名称、包装、装潢，或者使用与知名商品近似的名称、包装、装潢，造成和他人的知名商品相混淆，使购买者误认为是该知名商品的，监督检查部门应当责令停止违法行为，没收违法所得，可以根据情节处以违法所得一倍以上三倍以下的罚款；情节严重的，可以吊销营业执照。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，询问被调查的经营者、利害关系人和证明人，查询、复制与假冒仿冒行为有关的协议、账册、单据、文件、记录，检查与不正当竞争行为有关的财物，必要时责令被检查的经营者说明该商品的来源和数量。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(90),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '认定被仿冒商品的知名度及其名称、包装、装潢的特有性，比对涉案商品是否足以造成混淆，查明违法所得。',
      '《中华人民共和国反不正当竞争法》第十七条、第十八条',
    ),
    accountability: penaltyAccountability('对经营者的不正当竞争行为包庇纵容，或者泄露举报人、被检查者商业秘密的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.fairTrade,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00008-000',
    name: '对侵犯注册商标专用权行为的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '商标监督管理处',
    legalBasis: [
      lb(
        TRADEMARK_LAW,
        TRADEMARK_LAW_NO,
        '第五十七条',
        '未经商标注册人的许可，在同一种商品上使用与其注册商标相同的商标，销售侵犯注册商标专用权的商品，伪造、擅自制造他人注册商标标识或者销售伪造、擅自制造的注册商标标识等行为，均属侵犯注册商标专用权。',
      ),
      lb(
        TRADEMARK_LAW,
        TRADEMARK_LAW_NO,
        '第六十条第二款',
        '工商行政管理部门处理时，认定侵权行为成立的，责令立即停止侵权行为，没收、销毁侵权商品和主要用于制造侵权商品、伪造注册商标标识的工具，违法经营额五万元以上的，可以处违法经营额五倍以下的罚款，没有违法经营额或者违法经营额不足五万元的，可以处二十五万元以下的罚款。',
      ),
      lb(
        '中华人民共和国商标法实施条例',
        '国务院令第651号',
        '第七十八条',
        '计算商标法第六十条规定的违法经营额，可以考虑侵权商品的销售价格、未销售侵权商品的标价、已查清侵权商品实际销售的平均价格、被侵权商品的市场中间价格等因素。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，询问有关当事人，查阅、复制与侵权活动有关的合同、发票、账簿，对涉嫌侵权的场所实施现场检查，通知商标注册人对涉案商品进行辨认，查明违法经营额。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(90),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '对涉嫌侵犯注册商标专用权的商品进行比对和权利人辨认，查明侵权商品的来源、数量和违法经营额；对销售者能证明商品系合法取得并说明提供者的，依法责令停止销售。',
      '《中华人民共和国商标法》第六十二条',
    ),
    accountability: penaltyAccountability('对涉嫌商标犯罪的案件不依法移送司法机关，以罚代刑的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.trademark,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00009-000',
    name: '对经营者侵害消费者权益行为的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '消费者权益保护处',
    legalBasis: [
      lb(
        '中华人民共和国消费者权益保护法',
        '主席令第七号',
        '第五十六条第一款',
        '经营者提供的商品或者服务不符合保障人身、财产安全要求，在商品中掺杂、掺假，以假充真，以次充好，或者对商品或者服务作虚假或者引人误解的宣传等，法律、法规未作规定的，由工商行政管理部门或者其他有关行政部门责令改正，可以根据情节单处或者并处警告、没收违法所得、处以违法所得一倍以上十倍以下的罚款，没有违法所得的，处以五十万元以下的罚款；情节严重的，责令停业整顿、吊销营业执照。',
      ),
      lb(
        '侵害消费者权益行为处罚办法',
        '国家工商行政管理总局令第73号',
        null,
        '经营者提供商品或者服务，应当遵守法律、法规规定，不得以虚假或者引人误解的宣传、格式条款等方式侵害消费者合法权益；违反规定的，由工商行政管理部门依照《中华人民共和国消费者权益保护法》第五十六条予以处罚。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，依据消费者投诉举报和监督检查线索，询问经营者和消费者，调取交易记录、宣传资料、格式条款文本等证据，查明侵害消费者权益的事实和违法所得。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(60),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '查明经营者侵害消费者权益的具体情形、涉及消费者人数和违法所得，区分法律、法规另有规定的处罚机关和处罚方式。',
      INVESTIGATION_BASIS,
    ),
    accountability: penaltyAccountability('对消费者投诉举报中反映的侵权行为应当立案查处而不予查处的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.consumer,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00010-000',
    name: '对销售掺杂掺假、以假充真、以次充好或者以不合格产品冒充合格产品的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '消费者权益保护处',
    legalBasis: [
      lb(
        '中华人民共和国产品质量法',
        '主席令第三十三号',
        '第三十九条',
        '销售者销售产品，不得掺杂、掺假，不得以假充真、以次充好，不得以不合格产品冒充合格产品。',
      ),
      lb(
        '中华人民共和国产品质量法',
        '主席令第三十三号',
        '第五十条',
        '在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。',
      ),
      lb(
        '中华人民共和国产品质量法',
        '主席令第三十三号',
        '第七十条',
        '本法规定的吊销营业执照的行政处罚由工商行政管理部门决定；本法第四十九条至第五十七条、第六十条至第六十三条规定的行政处罚由产品质量监督部门或者工商行政管理部门按照国务院规定的职权范围决定。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，对流通领域销售的涉案商品进行现场检查和抽样，委托有资质的检验机构检验，调取进货查验记录和销售凭证，核算违法销售产品的货值金额。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(90),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '依法抽样送检，查明涉案商品的质量问题、来源和货值金额，核查销售者进货查验义务的履行情况。',
      '《中华人民共和国产品质量法》第十八条',
    ),
    accountability: penaltyAccountability('对检验不合格商品不依法责令停止销售，或者放纵销售者继续销售的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.consumer,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00011-000',
    name: '对组织策划传销、介绍诱骗胁迫他人参加传销以及参加传销的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '公平交易局（经济检查局）',
    legalBasis: [
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第七条',
        '组织者或者经营者通过发展人员，对发展的人员以其直接或者间接滚动发展的人员数量为依据计算和给付报酬，或者要求被发展人员交纳费用或者以认购商品等方式变相交纳费用，或者以下线的销售业绩为依据计算和给付上线报酬，牟取非法利益的，属于传销行为。',
      ),
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第二十四条',
        '组织策划传销的，由工商行政管理部门没收非法财物，没收违法所得，处50万元以上200万元以下的罚款；介绍、诱骗、胁迫他人参加传销的，责令停止违法行为，没收非法财物，没收违法所得，处10万元以上50万元以下的罚款；参加传销的，责令停止违法行为，可以处2000元以下的罚款。',
      ),
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第二十五条',
        '工商行政管理部门依照本条例第二十四条的规定进行处罚时，可以依照有关法律、行政法规的规定，责令停业整顿或者吊销营业执照。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，会同公安机关进入涉嫌传销的经营场所和培训、集会场所实施现场检查，询问组织者、经营者和参加人员，查阅、复制有关合同、票据、账簿，依法查询涉案账户，查明传销组织层级、人员数量和非法所得。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(90),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '区分组织策划者、介绍诱骗胁迫者和一般参加者，查明传销的计酬方式、层级关系和违法所得；对以介绍工作等名义非法聚集、限制人身自由的，移交公安机关。',
      '《禁止传销条例》第十四条、第十五条、第十六条',
      false,
    ),
    accountability: penaltyAccountability('发现传销行为不予查处，或者支持、包庇、纵容传销行为的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.fairTrade,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'CF-00012-000',
    name: '对未经批准从事直销活动的处罚',
    category: 'CF',
    categoryName: '行政处罚',
    parentCode: null,
    handlingUnit: '直销监督管理处',
    legalBasis: [
      lb(
        DIRECT_SELLING_REG,
        DIRECT_SELLING_REG_NO,
        '第十条第一款',
        '直销企业从事直销活动，必须在拟从事直销活动的省、自治区、直辖市设立负责该行政区域内直销业务的分支机构。',
      ),
      lb(
        DIRECT_SELLING_REG,
        DIRECT_SELLING_REG_NO,
        '第三十九条',
        '违反本条例第九条和第十条规定，未经批准从事直销活动的，由工商行政管理部门责令改正，没收直销产品和违法销售收入，处5万元以上30万元以下的罚款；情节严重的，处30万元以上50万元以下的罚款，并依法予以取缔；构成犯罪的，依法追究刑事责任。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: penaltyProcedure(
      '两名以上执法人员出示执法证件，进入相关企业检查，要求其提供直销经营许可、分支机构批准文件和直销员名册，询问当事人和直销员，查阅、复制与直销活动有关的材料，查明违法销售收入。',
    ),
    statutoryDeadline: penaltyStatutoryDeadline(),
    committedDeadline: penaltyCommittedDeadline(90),
    fees: free(),
    responsibilities: penaltyResponsibilities(
      '核查当事人是否取得直销经营许可以及在本省设立分支机构的批准，查明直销产品数量和违法销售收入。',
      '《直销管理条例》第三十五条',
    ),
    accountability: penaltyAccountability('对未经批准从事直销的行为不依照规定履行监督管理职责的'),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.directSelling,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 行政强制 (3)
// ---------------------------------------------------------------------------------------------

const coercion: PowerItem[] = [
  {
    code: 'QZ-00001-000',
    name: '对涉嫌无照经营的场所予以查封，对涉嫌用于无照经营的工具、设备、原材料、产品（商品）等财物予以查封、扣押',
    category: 'QZ',
    categoryName: '行政强制',
    parentCode: null,
    handlingUnit: '市场规范管理处',
    legalBasis: [
      lb(
        UNLICENSED_REG,
        UNLICENSED_REG_NO,
        '第九条',
        '县级以上工商行政管理部门对涉嫌无照经营行为进行查处取缔时，可以查阅、复制、查封、扣押与无照经营行为有关的合同、票据、账簿以及其他资料；对涉嫌从事无照经营的场所，可以予以查封；对涉嫌用于无照经营的工具、设备、原材料、产品（商品）等财物，可以予以查封、扣押。',
      ),
      lb(
        COERCION_LAW,
        COERCION_LAW_NO,
        '第二十五条第一款',
        '查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。法律、行政法规另有规定的除外。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: coercionProcedure('30日内；情况复杂的经批准可延长，延长期限不超过30日'),
    statutoryDeadline: {
      value: 30,
      unit: 'day',
      note: '查封、扣押期限不得超过30日；情况复杂的，经局负责人批准可以延长，但延长期限不得超过30日（《中华人民共和国行政强制法》第二十五条）',
    },
    committedDeadline: {
      value: 30,
      unit: 'day',
      note: '在查封、扣押期限内作出处理决定；不再需要查封、扣押的立即解除',
    },
    fees: free(),
    responsibilities: coercionResponsibilities(
      '《无照经营查处取缔办法》第九条；《中华人民共和国行政强制法》第十九条',
      '《中华人民共和国行政强制法》第二十五条、第二十六条、第二十七条、第二十八条',
    ),
    accountability: coercionAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.market,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QZ-00002-000',
    name: '对涉嫌传销的经营场所予以查封，对涉嫌专门用于传销的产品（商品）、工具、设备、原材料等财物及有关资料予以查封、扣押',
    category: 'QZ',
    categoryName: '行政强制',
    parentCode: null,
    handlingUnit: '公平交易局（经济检查局）',
    legalBasis: [
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第十四条',
        '县级以上工商行政管理部门对涉嫌传销行为进行查处时，可以查阅、复制、查封、扣押涉嫌传销的有关合同、票据、账簿等资料；查封、扣押涉嫌专门用于传销的产品（商品）、工具、设备、原材料等财物；查封涉嫌传销的经营场所。',
      ),
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第十七条',
        '工商行政管理部门实施查封、扣押，应当向当事人当场交付查封、扣押决定书和查封、扣押财物及资料清单。在交通不便地区或者不及时实施查封、扣押可能影响案件查处的，可以先行实施查封、扣押，并应当在24小时内补办查封、扣押决定书，送达当事人。',
      ),
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第十八条第一款',
        '工商行政管理部门实施查封、扣押的期限不得超过30日；案件情况复杂的，经县级以上工商行政管理部门主要负责人批准，可以延长15日。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: coercionProcedure('30日内；案件情况复杂的经局主要负责人批准可延长15日'),
    statutoryDeadline: {
      value: 30,
      unit: 'day',
      note: '查封、扣押期限不得超过30日；案件情况复杂的，经局主要负责人批准可以延长15日（《禁止传销条例》第十八条）',
    },
    committedDeadline: {
      value: 30,
      unit: 'day',
      note: '在查封、扣押期限内查清事实并作出处理决定',
    },
    fees: free(),
    responsibilities: coercionResponsibilities('《禁止传销条例》第十四条、第十七条', '《禁止传销条例》第十八条、第十九条'),
    accountability: coercionAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.fairTrade,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QZ-00003-000',
    name: '对与直销活动有关的材料和非法财物予以查封、扣押',
    category: 'QZ',
    categoryName: '行政强制',
    parentCode: null,
    handlingUnit: '直销监督管理处',
    legalBasis: [
      lb(
        DIRECT_SELLING_REG,
        DIRECT_SELLING_REG_NO,
        '第三十五条',
        '工商行政管理部门负责对直销企业和直销员及其直销活动实施日常的监督管理，可以查阅、复制、查封、扣押相关企业与直销活动有关的材料和非法财物；实施查封、扣押的，必须经县级以上工商行政管理部门主要负责人批准。',
      ),
      lb(
        COERCION_LAW,
        COERCION_LAW_NO,
        '第二十五条第一款',
        '查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。法律、行政法规另有规定的除外。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: coercionProcedure('30日内；情况复杂的经批准可延长，延长期限不超过30日'),
    statutoryDeadline: {
      value: 30,
      unit: 'day',
      note: '查封、扣押期限不得超过30日；情况复杂的，经局负责人批准可以延长，但延长期限不得超过30日（《中华人民共和国行政强制法》第二十五条）',
    },
    committedDeadline: {
      value: 30,
      unit: 'day',
      note: '在查封、扣押期限内作出处理决定；不再需要查封、扣押的立即解除',
    },
    fees: free(),
    responsibilities: coercionResponsibilities('《直销管理条例》第三十五条第二款', '《中华人民共和国行政强制法》第二十五条、第二十六条、第二十八条'),
    accountability: coercionAccountability(),
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.directSelling,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 行政检查 (4)
// ---------------------------------------------------------------------------------------------

const inspections: PowerItem[] = [
  {
    code: 'JC-00001-000',
    name: '企业公示信息抽查',
    category: 'JC',
    categoryName: '行政检查',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十四条',
        '国务院工商行政管理部门和省、自治区、直辖市人民政府工商行政管理部门应当按照公平规范的要求，根据企业注册号等随机摇号，确定抽查的企业，组织对企业公示信息的情况进行检查。抽查可以采取书面检查、实地核查、网络监测等方式，抽查结果通过企业信用信息公示系统向社会公布。',
      ),
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十五条第一款',
        '工商行政管理部门对企业公示的信息依法开展抽查或者根据举报进行核查，企业应当配合，接受询问调查，如实反映情况，提供相关材料。',
      ),
      lb(
        '企业公示信息抽查暂行办法',
        '国家工商行政管理总局令第67号',
        null,
        '工商行政管理部门对企业公示信息的情况进行抽查，抽查分为不定向抽查和定向抽查；抽查结果通过企业信用信息公示系统公示。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '确定抽查对象',
        description:
          '根据企业注册号等随机摇号确定抽查企业（不定向抽查），或者按照企业类型、经营规模、所属行业、地理区域等特定条件随机确定抽查企业（定向抽查）。',
        deadline: null,
      },
      {
        name: '实施检查',
        description:
          '检查人员不少于两人，采取书面检查、实地核查、网络监测等方式核查企业年度报告和即时公示信息的真实性；可以委托会计师事务所、税务师事务所、律师事务所等专业机构开展相关工作。',
        deadline: null,
      },
      {
        name: '结果处理',
        description: '对未按规定公示或者公示信息隐瞒真实情况、弄虚作假的企业，依法列入经营异常名录；发现其他违法行为的，依法立案查处或者移送有关部门。',
        deadline: null,
      },
      {
        name: '结果公示',
        description: '自抽查结束之日起20个工作日内，通过企业信用信息公示系统向社会公示抽查结果。',
        deadline: '20个工作日内',
      },
    ],
    statutoryDeadline: null,
    committedDeadline: {
      value: 20,
      unit: 'workday',
      note: '抽查结果自抽查结束之日起20个工作日内公示',
    },
    fees: free(),
    responsibilities: [
      r('decision', '制定年度抽查工作计划，以随机摇号方式确定抽查企业，确保抽查公平、规范。', '《企业信息公示暂行条例》第十四条第一款'),
      r(
        'investigation',
        '检查人员不少于两人并出示执法证件，通过书面检查、实地核查、网络监测等方式核查企业公示信息，如实记录检查情况。',
        '《企业信息公示暂行条例》第十四条第二款、第十五条',
      ),
      r(
        'enforcement',
        '对未按规定公示或者公示信息隐瞒真实情况、弄虚作假的企业列入经营异常名录；涉嫌违法的依法立案查处或者移送有关部门。',
        '《企业信息公示暂行条例》第十七条',
      ),
      r('other', '自抽查结束之日起20个工作日内，通过企业信用信息公示系统公示抽查结果。', '《企业信息公示暂行条例》第十四条第三款'),
    ],
    accountability: [
      '未按照随机摇号等公平规范的方式确定抽查对象，选择性检查的',
      '在抽查中徇私舞弊，对发现的虚假公示信息隐瞒不报或者不依法处理的',
      '未按规定公示抽查结果的',
      '泄露在抽查中知悉的企业商业秘密的',
      '在检查中索取或者收受企业财物，或者妨碍企业正常经营活动的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'JC-00002-000',
    name: '对广播电视、报纸期刊等大众传播媒介发布广告的监测检查',
    category: 'JC',
    categoryName: '行政检查',
    parentCode: null,
    handlingUnit: '广告监督管理处',
    legalBasis: [
      lb(AD_LAW, AD_LAW_1994_NO, '第六条', '县级以上人民政府工商行政管理部门是广告监督管理机关。'),
      lb(AD_REG, AD_REG_NO, '第五条', '广告的管理机关是国家工商行政管理机关和地方各级工商行政管理机关。'),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '制定监测计划',
        description: '确定年度广告监测的媒介范围、重点商品和服务类别以及监测频次。',
        deadline: null,
      },
      {
        name: '实施监测',
        description: '通过媒体广告监测系统对省级广播电台、电视台和报纸、期刊发布的广告进行监测，对涉嫌违法广告进行录制、截取并固定证据。',
        deadline: null,
      },
      {
        name: '线索处理',
        description: '对监测发现的涉嫌违法广告，属于本局管辖的依法立案查处；属于其他地区管辖的，移交有管辖权的工商行政管理部门处理。',
        deadline: '发现之日起7个工作日内',
      },
      {
        name: '通报公告',
        description: '定期汇总监测情况，向社会发布违法广告公告，并向有关媒介单位及其主管部门通报。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: null,
    fees: free(),
    responsibilities: [
      r('decision', '制定年度广告监测计划，明确监测范围、重点和频次。', '《中华人民共和国广告法》第六条'),
      r('investigation', '对监测发现的涉嫌违法广告及时录制、截取并固定证据，核查广告主、广告经营者、广告发布者。', null),
      r('enforcement', '对涉嫌违法广告依法立案查处，或者移交有管辖权的机关处理。', '《广告管理条例》第五条'),
      r('other', '定期发布违法广告公告和广告监测通报。', null),
    ],
    accountability: [
      '未按计划开展广告监测，致使严重违法广告长期发布、造成恶劣影响的',
      '对监测发现的涉嫌违法广告隐瞒不报、不移交或者不依法处理的',
      '违反规定发布广告监测结果，损害当事人合法权益的',
      '在监测检查中索取或者收受媒介单位、广告主财物的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.advertising,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'JC-00003-000',
    name: '流通领域商品质量抽查检验',
    category: 'JC',
    categoryName: '行政检查',
    parentCode: null,
    handlingUnit: '消费者权益保护处',
    legalBasis: [
      lb(
        '中华人民共和国消费者权益保护法',
        '主席令第七号',
        '第三十三条第一款',
        '有关行政部门在各自的职责范围内，应当定期或者不定期对经营者提供的商品和服务进行抽查检验，并及时向社会公布抽查检验结果。',
      ),
      lb(
        '中华人民共和国产品质量法',
        '主席令第三十三号',
        '第十八条第二款',
        '县级以上工商行政管理部门按照国务院规定的职责范围，对涉嫌违反本法规定的行为进行查处时，可以行使现场检查、调查了解、查阅复制有关资料、查封扣押等职权。',
      ),
      lb(
        '流通领域商品质量抽查检验办法',
        '国家工商行政管理总局令第61号',
        null,
        '工商行政管理部门对流通领域的商品质量组织抽查检验，委托具有法定资质的检验机构进行检验，并依法公布抽检结果、处理不合格商品。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '制定计划',
        description: '根据消费者投诉热点和商品质量风险制定抽检计划，确定抽检商品种类、数量和承检机构。',
        deadline: null,
      },
      {
        name: '抽样',
        description: '两名以上执法人员出示执法证件，在经营场所随机抽取样品，现场封样，填写抽样单，由被抽检经营者签字确认；抽样不得向经营者收取费用。',
        deadline: '当场',
      },
      {
        name: '检验',
        description: '委托具有法定资质的检验机构依照标准进行检验，出具检验报告。',
        deadline: null,
      },
      {
        name: '结果处理',
        description: '将检验结果书面告知被抽检经营者和标称生产者；经营者对检验结果有异议的，可以依法申请复检；对不合格商品依法责令停止销售并立案查处。',
        deadline: null,
      },
      {
        name: '结果公布',
        description: '通过门户网站和企业信用信息公示系统向社会公布抽检结果。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: null,
    fees: free(),
    responsibilities: [
      r('decision', '制定抽检计划，合理确定抽检商品种类和批次。', '《中华人民共和国消费者权益保护法》第三十三条'),
      r('investigation', '依照规定的程序和方法抽取样品，委托有资质的检验机构检验，保证抽样和检验的公正性。', null),
      r('enforcement', '对检验不合格的商品依法责令经营者停止销售，涉嫌违法的立案查处。', '《中华人民共和国产品质量法》第五十条'),
      r('other', '及时向社会公布抽查检验结果。', '《中华人民共和国消费者权益保护法》第三十三条第一款'),
    ],
    accountability: [
      '违反规定向被抽检经营者收取检验费用或者超量抽取样品的',
      '篡改、隐瞒检验结果，或者与经营者串通弄虚作假的',
      '对检验不合格商品不依法处理的',
      '未按规定公布抽检结果的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.consumer,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'JC-00004-000',
    name: '对直销企业、直销员及其直销活动的监督检查',
    category: 'JC',
    categoryName: '行政检查',
    parentCode: null,
    handlingUnit: '直销监督管理处',
    legalBasis: [
      lb(
        DIRECT_SELLING_REG,
        DIRECT_SELLING_REG_NO,
        '第三十五条第一款',
        '工商行政管理部门负责对直销企业和直销员及其直销活动实施日常的监督管理，可以采取进入相关企业进行检查，要求相关企业提供有关文件、资料和证明材料，询问当事人、利害关系人和其他有关人员，检查有关人员的直销培训员证、直销员证等证件等措施进行现场检查。',
      ),
      lb(
        DIRECT_SELLING_REG,
        DIRECT_SELLING_REG_NO,
        '第三十六条',
        '工商行政管理部门实施日常监督管理，发现有关企业有涉嫌违反本条例行为的，经县级以上工商行政管理部门主要负责人批准，可以责令其暂时停止有关的经营活动。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '检查准备',
        description: '根据年度检查计划、投诉举报或者直销企业信息报备情况确定检查对象，制定检查方案。',
        deadline: null,
      },
      {
        name: '现场检查',
        description:
          '两名以上检查人员出示合法证件，进入直销企业及其分支机构、服务网点检查，要求提供有关文件、资料和证明材料，询问有关人员，检查直销员证、直销培训员证等证件。',
        deadline: '当场',
      },
      {
        name: '处理',
        description: '发现涉嫌违法的，经局主要负责人批准可以责令其暂时停止有关经营活动；需要立案查处的，转入行政处罚程序。',
        deadline: null,
      },
      {
        name: '结果记录',
        description: '检查结果记入直销企业监管档案，依法通过企业信用信息公示系统公示。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: null,
    fees: free(),
    responsibilities: [
      r('decision', '制定直销监督检查计划，确定检查对象和重点。', '《直销管理条例》第三十五条'),
      r('investigation', '检查人员不少于两人并出示合法证件，依法实施现场检查，如实记录检查情况。', '《直销管理条例》第三十五条第二款'),
      r('enforcement', '对涉嫌违法的企业，经局主要负责人批准责令暂时停止有关经营活动，依法立案查处。', '《直销管理条例》第三十六条'),
      r('other', '设立并公布举报电话，受理对违反《直销管理条例》行为的举报和投诉，并为举报人保密。', '《直销管理条例》第三十七条'),
    ],
    accountability: [
      '不依照《直销管理条例》规定履行监督管理职责的',
      '对举报投诉的违法直销行为不及时调查处理的',
      '未经批准责令企业暂时停止经营活动的',
      '泄露举报人信息或者企业商业秘密的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.directSelling,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 行政确认 (2)
// ---------------------------------------------------------------------------------------------

const confirmations: PowerItem[] = [
  {
    code: 'QR-00001-000',
    name: '股权出质登记',
    category: 'QR',
    categoryName: '行政确认',
    parentCode: null,
    handlingUnit: '企业注册局',
    legalBasis: [
      lb(
        '中华人民共和国物权法',
        '主席令第六十二号',
        '第二百二十六条第一款',
        '以基金份额、股权出质的，当事人应当订立书面合同。以基金份额、证券登记结算机构登记的股权出质的，质权自证券登记结算机构办理出质登记时设立；以其他股权出质的，质权自工商行政管理部门办理出质登记时设立。',
      ),
      lb('工商行政管理机关股权出质登记办法', '国家工商行政管理总局令第32号', '第三条', '负责出质股权所在公司登记的工商行政管理机关是股权出质登记机关。'),
    ],
    conditions:
      '出质股权所在公司由本局登记；出质股权为依法可以转让和出质的有限责任公司股权或者未在证券登记结算机构登记的股份有限公司股份，且未被人民法院冻结；出质人与质权人已订立书面质权合同，并共同提出登记申请。',
    materials: [
      '出质人和质权人共同签署的《股权出质设立登记申请书》',
      '记载有出质人姓名（名称）及其出资额的股东名册复印件或者出质人持有的股份公司股票复印件（加盖公司印章）',
      '质权合同',
      '出质人、质权人的主体资格证明或者自然人身份证明复印件',
      '出质人和质权人共同指定代表或者共同委托代理人的证明',
    ],
    procedure: [
      {
        name: '申请',
        description: '出质人和质权人共同向本局提出股权出质设立、变更、注销或者撤销登记申请。',
        deadline: null,
      },
      {
        name: '受理审查',
        description: '审查申请材料是否齐全、符合法定形式，出质股权是否存在已被人民法院冻结等不得出质的情形。',
        deadline: '当场',
      },
      {
        name: '登记',
        description: '准予登记的，出具《股权出质设立登记通知书》；不予登记的，出具《股权出质登记驳回通知书》并说明理由。',
        deadline: '当场',
      },
      {
        name: '公示',
        description: '股权出质登记信息自产生之日起20个工作日内通过企业信用信息公示系统向社会公示。',
        deadline: '20个工作日内',
      },
    ],
    statutoryDeadline: null,
    committedDeadline: {
      value: 1,
      unit: 'workday',
      note: '申请材料齐全、符合法定形式的，当场或者1个工作日内办结',
    },
    fees: free(),
    responsibilities: [
      r('acceptance', '公示股权出质登记的条件、程序和需要提交的材料目录；当场核对申请材料，不齐全的一次告知需要补正的内容。', null),
      r('review', '审查出质股权所在公司是否由本局登记，出质股权是否依法可以出质、是否已被人民法院冻结。', '《工商行政管理机关股权出质登记办法》第三条'),
      r('decision', '作出予以登记或者不予登记的决定；不予登记的，书面说明理由。', null),
      r('delivery', '向申请人送达登记通知书，并通过企业信用信息公示系统公示股权出质登记信息。', '《企业信息公示暂行条例》第六条'),
      r('supervision', '根据人民法院的裁定和当事人的申请，及时办理股权出质的变更、注销或者撤销登记。', null),
    ],
    accountability: [
      '对符合条件的股权出质登记申请不予登记，或者对不符合条件的申请予以登记的',
      '对已被人民法院冻结的股权办理出质登记的',
      '未按规定公示股权出质登记信息的',
      '在登记过程中索取或者收受他人财物的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.registration,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QR-00002-000',
    name: '贵州省著名商标认定',
    category: 'QR',
    categoryName: '行政确认',
    parentCode: null,
    handlingUnit: '商标监督管理处',
    legalBasis: [
      lb(
        '贵州省著名商标认定和保护办法',
        null,
        null,
        '贵州省著名商标经贵州省著名商标评审委员会评审并向社会公示，公示期内无异议或者异议不成立的，由省工商行政管理局认定并公告。',
      ),
      lb(
        '贵州省著名商标认定和保护办法',
        null,
        '第二十九条',
        '以提供虚假证明文件等欺骗手段获取贵州省著名商标，或者在有效期内不再具备贵州省著名商标条件等情形的，由省工商行政管理局撤销贵州省著名商标，并在省级媒体上予以公告。',
      ),
    ],
    conditions:
      '申请人为在本省依法登记的企业或者其他经营者，申请认定的商标在中国境内依法注册并由申请人持续使用；该商标在本省相关公众中具有较高知名度和良好信誉，使用该商标的商品或者服务质量稳定，主要经济指标在本省同行业中位居前列；申请人近三年内无严重违法行为。',
    materials: [
      '《贵州省著名商标认定申请书》',
      '商标注册证复印件以及核准变更、转让、续展的证明',
      '申请人营业执照复印件',
      '使用该商标的商品或者服务近三年销售额、利税、市场占有率等主要经济指标的证明材料',
      '商标广告宣传、获奖以及受保护记录等证明商标知名度的材料',
      '所在地市（州）工商行政管理局的推荐意见',
    ],
    procedure: [
      {
        name: '申报推荐',
        description: '申请人向所在地市（州）工商行政管理局提出申请，经审核后推荐报送省局。',
        deadline: null,
      },
      {
        name: '初审',
        description: '贵州省著名商标评审委员会办公室对申报材料进行初审，必要时进行实地核查。',
        deadline: null,
      },
      {
        name: '评审',
        description: '贵州省著名商标评审委员会对通过初审的商标进行评审，提出拟认定名单。',
        deadline: null,
      },
      {
        name: '公示',
        description: '拟认定的著名商标在省局门户网站向社会公示，公示期内任何单位和个人可以提出异议。',
        deadline: '15日',
      },
      {
        name: '认定公告',
        description: '公示期满无异议或者异议不成立的，由省局认定为贵州省著名商标，颁发证书并公告。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: null,
    fees: free(),
    responsibilities: [
      r('acceptance', '公布贵州省著名商标认定的条件、程序和申报材料目录，接收市（州）局推荐的申报材料。', null),
      r('review', '组织初审和评审委员会评审，核实申报材料和商标知名度证据的真实性。', null),
      r('decision', '对公示期满无异议或者异议不成立的商标作出认定决定；对异议依法核查处理。', null),
      r('delivery', '颁发贵州省著名商标证书并向社会公告。', null),
      r('supervision', '对贵州省著名商标的使用情况进行监督，对以欺骗手段取得或者不再具备条件的依法撤销并公告。', '《贵州省著名商标认定和保护办法》第二十九条'),
    ],
    accountability: [
      '对不符合条件的商标认定为贵州省著名商标，或者对符合条件的申请不予受理、不予认定的',
      '评审过程中弄虚作假、徇私舞弊的',
      '违反规定向申请人收取费用或者索取、收受申请人财物的',
      '对以欺骗手段取得的著名商标不依法撤销的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.trademark,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 行政奖励 (1)
// ---------------------------------------------------------------------------------------------

const rewards: PowerItem[] = [
  {
    code: 'JL-00001-000',
    name: '对举报传销、违法直销行为有功人员的奖励',
    category: 'JL',
    categoryName: '行政奖励',
    parentCode: null,
    handlingUnit: '公平交易局（经济检查局）',
    legalBasis: [
      lb(
        PYRAMID_REG,
        PYRAMID_REG_NO,
        '第六条',
        '任何单位和个人有权向工商行政管理部门、公安机关举报传销行为。工商行政管理部门、公安机关接到举报后，应当立即调查核实，依法查处，并为举报人保密；经调查属实的，依照国家有关规定对举报人给予奖励。',
      ),
      lb(DIRECT_SELLING_REG, DIRECT_SELLING_REG_NO, '第三十七条第二款', '工商行政管理部门应当为举报人保密；对举报有功人员，应当依照国家有关规定给予奖励。'),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '受理举报',
        description: '通过举报电话、信函、来访和网络等渠道受理举报，登记举报人信息和举报线索，并为举报人保密。',
        deadline: '当场',
      },
      {
        name: '核查认定',
        description: '案件查处终结后，核实举报内容与查处结果是否相符，认定举报人是否符合奖励条件。',
        deadline: null,
      },
      {
        name: '奖励决定',
        description: '根据举报线索的价值和案件查处情况确定奖励等次和金额，报局负责人批准。',
        deadline: '处理决定生效后15个工作日内',
      },
      {
        name: '发放奖励',
        description: '通知举报人凭有效身份证件领取奖励，奖励发放过程严格保密。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: {
      value: 15,
      unit: 'workday',
      note: '案件处理决定生效后15个工作日内作出奖励决定并通知举报人',
    },
    fees: free(),
    responsibilities: [
      r('acceptance', '受理举报并登记，对举报人的姓名、联系方式和举报内容严格保密。', '《禁止传销条例》第六条'),
      r('review', '核实举报内容与案件查处结果，确认举报人是否符合奖励条件。', '《直销管理条例》第三十七条'),
      r('decision', '依照国家有关规定确定奖励等次和金额，报局负责人批准。', null),
      r('delivery', '通知举报人领取奖励，确保奖金及时足额发放。', null),
    ],
    accountability: [
      '泄露举报人姓名、联系方式或者举报内容的',
      '对符合奖励条件的举报人不予奖励或者克扣、截留奖金的',
      '弄虚作假、冒领奖金的',
      '打击报复举报人的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.fairTrade,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

// ---------------------------------------------------------------------------------------------
// 其他行政权力 (4)
// ---------------------------------------------------------------------------------------------

const others: PowerItem[] = [
  {
    code: 'QT-00001-000',
    name: '企业经营异常名录管理',
    category: 'QT',
    categoryName: '其他行政权力',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十七条第一款',
        '企业未按照本条例规定的期限公示年度报告或者未按照工商行政管理部门责令的期限公示有关企业信息，或者企业公示信息隐瞒真实情况、弄虚作假的，由县级以上工商行政管理部门列入经营异常名录，通过企业信用信息公示系统向社会公示，提醒其履行公示义务。',
      ),
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十七条第二款',
        '被列入经营异常名录的企业依照本条例规定履行公示义务的，由县级以上工商行政管理部门移出经营异常名录。',
      ),
      lb(
        '企业经营异常名录管理暂行办法',
        '国家工商行政管理总局令第68号',
        '第四条',
        '县级以上工商行政管理部门应当将未按期公示年度报告、未在责令的期限内公示有关企业信息、公示企业信息隐瞒真实情况弄虚作假、通过登记的住所或者经营场所无法联系的企业列入经营异常名录。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '核查',
        description: '对未按期公示年度报告、未按责令期限公示有关信息、公示信息隐瞒真实情况弄虚作假或者通过登记的住所（经营场所）无法联系的企业进行核查。',
        deadline: null,
      },
      {
        name: '列入决定',
        description: '作出列入经营异常名录的决定，载明列入事由和救济途径，通过企业信用信息公示系统公示。',
        deadline: '年度报告公示期届满或者查实之日起10个工作日内',
      },
      {
        name: '异议处理',
        description:
          '企业对列入决定有异议的，可以自公示之日起30日内提出书面申请并提交证明材料；本局在5个工作日内决定是否受理，受理的在20个工作日内核实并书面告知申请人。',
        deadline: '受理后20个工作日内',
      },
      {
        name: '移出决定',
        description: '企业依法补报、公示年度报告或者有关信息，或者依法办理住所变更登记后申请移出的，作出移出决定并公示。',
        deadline: '自收到申请之日起5个工作日内',
      },
    ],
    statutoryDeadline: {
      value: 10,
      unit: 'workday',
      note: '自年度报告公示结束之日或者查实之日起10个工作日内作出列入决定；企业申请移出的，自收到申请之日起5个工作日内作出移出决定（《企业经营异常名录管理暂行办法》）',
    },
    committedDeadline: {
      value: 3,
      unit: 'workday',
      note: '企业履行公示义务后申请移出的，自收到申请之日起3个工作日内作出移出决定',
    },
    fees: free(),
    responsibilities: [
      r('review', '对应当列入经营异常名录的情形逐户核实，确保列入事由事实清楚、证据充分。', '《企业经营异常名录管理暂行办法》第四条'),
      r('decision', '依法作出列入或者移出经营异常名录的决定，载明事由和救济途径。', '《企业信息公示暂行条例》第十七条'),
      r('delivery', '通过企业信用信息公示系统公示列入、移出信息。', '《企业信息公示暂行条例》第十七条第一款'),
      r('other', '依法受理企业对列入决定的异议申请，在规定期限内核实并书面告知申请人。', null),
      r('supervision', '对列入经营异常名录的企业实施重点监管；满3年仍未履行公示义务的，依法列入严重违法企业名单。', '《企业信息公示暂行条例》第十七条第二款'),
    ],
    accountability: [
      '对不符合条件的企业列入经营异常名录，或者对应当列入的企业不予列入的',
      '企业已依法履行公示义务，不在规定期限内作出移出决定的',
      '对企业的异议申请不依法受理、核实的',
      '利用经营异常名录管理索取或者收受企业财物的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QT-00002-000',
    name: '严重违法企业名单管理',
    category: 'QT',
    categoryName: '其他行政权力',
    parentCode: null,
    handlingUnit: '企业监督管理处',
    legalBasis: [
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十七条第二款',
        '被列入经营异常名录的企业满3年未依照本条例规定履行公示义务的，由国务院工商行政管理部门或者省、自治区、直辖市人民政府工商行政管理部门列入严重违法企业名单，并通过企业信用信息公示系统向社会公示。',
      ),
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十七条第三款',
        '企业自被列入严重违法企业名单之日起满5年未再发生第一款规定情形的，由国务院工商行政管理部门或者省、自治区、直辖市人民政府工商行政管理部门移出严重违法企业名单。',
      ),
      lb(
        DISCLOSURE_REG,
        DISCLOSURE_REG_NO,
        '第十八条',
        '县级以上地方人民政府及其有关部门应当建立健全信用约束机制，在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中，将企业信息作为重要考量因素，对被列入经营异常名录或者严重违法企业名单的企业依法予以限制或者禁入。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '核查',
        description: '对被列入经营异常名录满3年仍未履行公示义务的企业进行核查。',
        deadline: null,
      },
      {
        name: '列入决定',
        description: '作出列入严重违法企业名单的决定，通过企业信用信息公示系统向社会公示。',
        deadline: null,
      },
      {
        name: '信用约束',
        description: '将名单信息推送有关部门，在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入。',
        deadline: null,
      },
      {
        name: '移出',
        description: '企业自被列入之日起满5年未再发生规定情形的，作出移出决定并公示。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: null,
    fees: free(),
    responsibilities: [
      r('review', '对经营异常名录届满3年的企业逐户核查，确认其仍未履行公示义务。', '《企业信息公示暂行条例》第十七条第二款'),
      r('decision', '依法作出列入或者移出严重违法企业名单的决定。', '《企业信息公示暂行条例》第十七条'),
      r('delivery', '通过企业信用信息公示系统公示列入、移出信息。', '《企业信息公示暂行条例》第十七条'),
      r('supervision', '将名单信息与有关部门共享，落实信用约束措施。', '《企业信息公示暂行条例》第十八条'),
    ],
    accountability: [
      '对不符合条件的企业列入严重违法企业名单，或者对应当列入的企业不予列入的',
      '对满5年未再发生规定情形的企业不依法移出的',
      '未按规定公示名单信息或者与有关部门共享的',
      '利用名单管理索取或者收受企业财物的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.enterprise,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QT-00003-000',
    name: '消费者投诉、举报的受理和处理',
    category: 'QT',
    categoryName: '其他行政权力',
    parentCode: null,
    handlingUnit: '消费者权益保护处（12315指挥中心）',
    legalBasis: [
      lb(
        '中华人民共和国消费者权益保护法',
        '主席令第七号',
        '第三十九条',
        '消费者和经营者发生消费者权益争议的，可以通过与经营者协商和解、请求消费者协会或者依法成立的其他调解组织调解、向有关行政部门投诉、提请仲裁、向人民法院提起诉讼等途径解决。',
      ),
      lb(
        '中华人民共和国消费者权益保护法',
        '主席令第七号',
        '第四十六条',
        '消费者向有关行政部门投诉的，该部门应当自收到投诉之日起七个工作日内，予以处理并告知消费者。',
      ),
      lb(
        '工商行政管理部门处理消费者投诉办法',
        '国家工商行政管理总局令第62号',
        null,
        '工商行政管理部门对属于其职责范围内的消费者投诉依法受理，经双方当事人同意可以组织调解；调解不成的终止调解，并告知消费者可以依法通过其他途径解决。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '登记',
        description: '通过12315电话、网络平台、信函和来访等渠道接收消费者投诉、举报，登记投诉人、被投诉人和投诉请求等信息。',
        deadline: '当场',
      },
      {
        name: '受理分送',
        description:
          '属于本局管辖的依法受理；属于市（州）、县级工商行政管理部门管辖的，分送有管辖权的部门办理；不属于工商部门职责范围的，告知投诉人向有关部门投诉。',
        deadline: '7个工作日内',
      },
      {
        name: '调解与核查',
        description:
          '对受理的投诉，经双方当事人同意组织调解，调解不成的终止调解并告知消费者其他解决途径；对举报涉及的违法行为依法核查，需要立案的转入行政处罚程序。',
        deadline: null,
      },
      {
        name: '告知反馈',
        description: '将处理结果告知投诉人和具名举报人，并录入12315消费维权系统。',
        deadline: null,
      },
    ],
    statutoryDeadline: {
      value: 7,
      unit: 'workday',
      note: '自收到投诉之日起7个工作日内予以处理并告知消费者（《中华人民共和国消费者权益保护法》第四十六条）',
    },
    committedDeadline: {
      value: 5,
      unit: 'workday',
      note: '自收到投诉之日起5个工作日内作出受理、分送或者不予受理的决定并告知消费者',
    },
    fees: free(),
    responsibilities: [
      r(
        'acceptance',
        '畅通12315投诉举报渠道，对消费者投诉、举报及时登记，依法作出受理、分送或者不予受理的决定。',
        '《中华人民共和国消费者权益保护法》第四十六条',
      ),
      r('investigation', '对举报反映的侵害消费者权益违法行为进行核查，需要立案的依法立案查处。', '《中华人民共和国消费者权益保护法》第三十二条'),
      r('decision', '依法组织调解，制作调解书或者终止调解，处理过程公正、公开。', null),
      r('delivery', '将处理结果及时告知投诉人、具名举报人。', '《中华人民共和国消费者权益保护法》第四十六条'),
      r('supervision', '对投诉集中的经营者和行业加强监管，定期分析发布消费维权信息。', null),
    ],
    accountability: [
      '对消费者投诉、举报推诿、拖延，未在法定期限内处理并告知消费者的',
      '泄露举报人信息或者消费者个人信息的',
      '在调解中偏袒一方当事人，或者索取、收受当事人财物的',
      '对投诉举报中发现的违法行为应当查处而不查处的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.consumer,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    code: 'QT-00004-000',
    name: '商标违法案件中驰名商标认定请求的审查报送',
    category: 'QT',
    categoryName: '其他行政权力',
    parentCode: null,
    handlingUnit: '商标监督管理处',
    legalBasis: [
      lb(
        TRADEMARK_LAW,
        TRADEMARK_LAW_NO,
        '第十四条第二款',
        '在商标注册审查、工商行政管理部门查处商标违法案件过程中，当事人依照本法第十三条规定主张权利的，商标局根据审查、处理案件的需要，可以对商标驰名情况作出认定。',
      ),
      lb(
        '中华人民共和国商标法实施条例',
        '国务院令第651号',
        '第三条',
        '商标持有人依照商标法第十三条规定请求驰名商标保护的，应当提交其商标构成驰名商标的证据材料。',
      ),
      lb(
        '驰名商标认定和保护规定',
        '国家工商行政管理总局令第66号',
        null,
        '工商行政管理部门在查处商标违法案件中，当事人请求驰名商标保护的，省级工商行政管理部门对案件情况和商标驰名的证据材料进行核实和审查，符合规定的报送商标局认定。',
      ),
    ],
    conditions: null,
    materials: [],
    procedure: [
      {
        name: '接收材料',
        description:
          '市（州）工商行政管理局在查处商标违法案件中，当事人依照《中华人民共和国商标法》第十三条规定提出驰名商标保护书面请求并提交证据材料的，经其审查后报送本局。',
        deadline: null,
      },
      {
        name: '核实审查',
        description: '对案件事实、驰名商标保护请求和证据材料进行核实审查，必要时实地调查。',
        deadline: null,
      },
      {
        name: '报送或者退回',
        description: '经审查符合规定的，将驰名商标认定请示、案件材料副本和证据材料报送国家工商行政管理总局商标局；不符合规定的，退回并说明理由。',
        deadline: '自收到完整材料之日起30日内',
      },
      {
        name: '后续处理',
        description: '商标局作出认定后，指导办案机关依法作出处理决定，并将案件处理结果报送商标局。',
        deadline: null,
      },
    ],
    statutoryDeadline: null,
    committedDeadline: {
      value: 30,
      unit: 'day',
      note: '自收到市（州）工商行政管理局报送的完整材料之日起30日内完成审查并报送或者退回',
    },
    fees: free(),
    responsibilities: [
      r('review', '对驰名商标保护请求所依据的案件事实和商标驰名证据材料进行核实审查。', '《中华人民共和国商标法》第十四条第一款'),
      r('decision', '依法作出报送商标局或者退回的决定，退回的说明理由。', null),
      r('delivery', '按规定将驰名商标认定请示和有关材料报送商标局。', '《中华人民共和国商标法》第十四条第二款'),
      r(
        'supervision',
        '监督经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。',
        '《中华人民共和国商标法》第十四条第五款',
      ),
    ],
    accountability: [
      '对不符合规定的驰名商标认定请求予以报送，或者对符合规定的请求拖延、拒不报送的',
      '在审查中弄虚作假、徇私舞弊的',
      '向当事人索取或者收受财物的',
      '对违法使用“驰名商标”字样的行为不依法查处的',
    ],
    supervisionPhone: SUPERVISION_PHONE,
    consultationPhone: PHONE.trademark,
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  },
]

/** The 2015 list in the order it is published: by category, then by code. */
export const items2015: PowerItem[] = [...licensing, ...penalties, ...coercion, ...inspections, ...confirmations, ...rewards, ...others]
