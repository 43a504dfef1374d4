/**
 * UI strings of the public pages. Written in Simplified Chinese and English; Traditional Chinese is
 * the Simplified text converted by the same OpenCC converter (cn → tw) the public API uses, so the
 * pages and the API spell things alike. Item content is never translated: en shows it in Chinese.
 */
import { DEFAULT_LOCALE, findLocale, type Locale } from '@/domain/locales'
import { convertStrings, toTraditional } from '@/domain/script'

export type { Locale }

/** `?locale=` as typed; anything unknown falls back to zh-Hans (pages show, the API refuses). */
export function localeOf(raw: unknown): Locale {
  const value = Array.isArray(raw) ? raw[0] : raw
  return (typeof value === 'string' && findLocale(value)) || DEFAULT_LOCALE
}

/** `lang` for item content (always Chinese) on a page in another language; undefined when it matches. */
export function zhLang(locale: Locale): 'zh-Hans' | undefined {
  return locale === 'en' ? 'zh-Hans' : undefined
}

/**
 * `lang` for a text that may be Chinese on an English page: a department without an English name,
 * a region (the table of divisions names them in Chinese only). Screen readers then read it as
 * Chinese instead of spelling it out; undefined where it is in the page's language.
 */
export function textLang(text: string, locale: Locale): 'zh-Hans' | undefined {
  return locale === 'en' && HAN.test(text) ? 'zh-Hans' : undefined
}

const HAN = /\p{Script=Han}/u

const zhHans = {
  siteName: '权责清单',
  siteTagline: '政府部门权力清单和责任清单公示',
  skip: '跳到正文',
  language: '语言',
  breadcrumb: '当前位置',
  home: '首页',
  footer: '公示内容以正式发布的清单快照为准。',
  api: '开放数据接口（JSON）',

  homeTitle: '权力清单和责任清单',
  homeIntro: '各部门现行有效的权力清单和责任清单，以生效日期为准。点击部门名称查看全部事项、历次修订和下载。',
  departments: '部门',
  regionCode: '行政区划代码',
  regionNamed: '{name}（{code}）',
  inForceSince: '{date} 起施行',
  powersUnit: '权力事项',
  servicesUnit: '公共服务',
  category: '权力类型',
  count: '事项数',
  total: '合计',
  noList: '尚未发布清单。',
  viewList: '查看{dept}的清单',
  searchAll: '搜索全省事项',
  searchLabel: '事项名称、编码或法律依据',
  searchHint: '在所有部门现行清单中查找，例如“虚假广告”；繁体亦可',
  searchButton: '搜索',
  provinceTotals: '全省现行清单按权力类型统计',
  departmentsTotal: '{n} 个部门',
  findDepartments: '筛选部门',
  level: '层级',
  region: '行政区划',
  allLevels: '全部层级',
  allRegions: '全部区划',
  departmentName: '部门名称',
  noDepartments: '没有符合条件的部门。',
  searchTitle: '搜索结果',
  searchSummary: '“{q}”共找到 {n} 项',
  searchSummaryAll: '共 {n} 项',
  searchEmpty: '没有找到符合条件的事项。',
  searchNotChinese: '事项内容为中文：请用中文词语查找，例如“登记”。',
  byDepartment: '按部门',
  moreDepartments: '另有 {n} 个部门',
  narrowSearch: '缩小检索范围',
  searchInForceOn: '检索 {date} 施行的清单',
  badLevel: '“{value}”不是有效的层级。',
  badRegion: '行政区划代码应为 6 位数字。',

  filter: '查询事项',
  allCategories: '全部类型',
  q: '关键词',
  qHint: '事项编码、名称或法律依据，繁体亦可',
  asOf: '查询日期',
  asOfHint: '查看该日施行的清单；留空为今天',
  submit: '查询',
  reset: '清除条件',
  itemsCaption: '{dept}权力清单（{date} 起施行）',
  matches: '共 {n} 项',
  matchesOf: '{total} 项中符合条件的 {n} 项',
  noMatches: '没有符合条件的事项。',
  code: '事项编码',
  name: '事项名称',
  handlingUnit: '承办机构',
  sourceCode: '来源编码',
  committedDeadline: '承诺办结时限',
  statutoryDeadline: '法定办结时限',
  pages: '分页',
  page: '第 {n} 页',
  previous: '上一页',
  next: '下一页',

  snapshot: '清单版本',
  snapshotInForce: '施行中的清单版本',
  effectiveFrom: '生效日期',
  publishedAt: '发布时间',
  hash: '哈希值（SHA-256）',
  previousHash: '上一版本哈希值',
  revision: '修订',
  viewRevision: '查看修订说明',
  download: '下载清单',
  downloadHint: '下载 {date} 起施行的完整清单',
  history: '清单沿革',
  historyCaption: '{dept}历次公布的清单',
  powers: '权力事项',
  services: '公共服务',
  compare: '比较',
  compareWithPrevious: '与上一版比较',
  firstList: '首次公布',

  badDate: '“{name}”不是有效日期，请按 年-月-日（如 2016-10-01）填写。',
  badCategory: '“{value}”不是有效的权力类型，请从列表中选择。',
  badPage: '页码应为正整数。',
  badQuery: '关键词不能超过 200 个字。',
  badSnapshot: '“{value}”既不是日期也不是清单版本编号。',
  noListOn: '{date} 没有施行中的清单。该部门最早的清单自 {first} 起施行。',
  noListAtAll: '该部门尚未发布清单。',
  errorTitle: '查询条件有误',

  overview: '基本信息',
  itemCode: '事项编码',
  mainItem: '主项',
  subItems: '子项',
  legalBasis: '设定依据和实施依据',
  law: '法律法规名称',
  documentNo: '文号',
  article: '条款',
  text: '条文内容',
  conditions: '受理条件',
  materials: '申请材料',
  procedure: '办理流程',
  procedureTitle: '{name}办理流程图',
  stepDeadline: '时限：{deadline}',
  noProcedure: '未列明办理流程。',
  deadlines: '办结时限',
  fees: '收费',
  notCharged: '不收费',
  feeName: '收费项目',
  feeStandard: '收费标准',
  feeBasis: '收费依据',
  responsibilities: '责任事项',
  stage: '环节',
  duty: '责任内容',
  basis: '依据',
  accountability: '追责情形',
  phones: '监督和咨询',
  supervisionPhone: '监督电话',
  consultationPhone: '咨询电话',
  remarks: '备注',
  none: '无',
  itemAsOf: '以下为 {date} 起施行的清单中的内容。',
  itemNotInForce: '该事项不在 {date} 起施行的清单中。',
  itemLastSeen: '以下为该事项最后一次公布的内容（{date} 起施行的清单）。',
  itemHistory: '事项沿革',
  itemHistoryIntro: '该事项在历次公布的清单中的变化。',
  viewVersion: '查看该版本',
  compareChanges: '查看变更',

  revisionTitle: '清单修订',
  reason: '修订理由',
  department: '部门',
  changes: '变更内容',
  summary: '变更概况',
  noChanges: '两个版本之间没有变更。',
  openModified: '展开全部 {n} 项修改的内容',
  closeModified: '收起修改的内容（只看各项变更摘要）',
  revisionOf: '{dept}',

  compareTitle: '清单比较',
  compareIntro: '比较两个日期施行的清单（或两个清单版本）。',
  from: '比较起点',
  to: '比较终点',
  fromHint: '该日施行的清单；留空为上一版本',
  toHint: '该日施行的清单；留空为今天',
  compareSubmit: '比较',
  comparing: '{from} → {to}',
  listSince: '{date} 起施行的清单',
  emptyList: '空清单（首个清单之前）',

  chartCaption: '权力事项 {before} → {after}　新增 {added} · 修改 {modified} · 取消 {repealed}',
  chartCaptionServices: '公共服务 {before} → {after}',
  before: '修订前',
  after: '修订后',
  field: '字段',
  changeKind: '变更',
  content: '内容',
  fieldChanges: '{n} 处变更',

  notFoundTitle: '页面不存在',
  notFoundText: '没有找到该部门、事项或修订。它可能尚未公布，或者地址有误。',
  backHome: '返回首页',
}

export type Strings = typeof zhHans

const en: Strings = {
  siteName: 'Power & Responsibility Lists',
  siteTagline: 'Government power and responsibility lists, as published',
  skip: 'Skip to content',
  language: 'Language',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  footer: 'What is published here is the official published snapshot of each list.',
  api: 'Open data API (JSON)',

  homeTitle: 'Power and responsibility lists',
  homeIntro:
    'The lists in force today in each department, by effective date. Open a department to see every item, the revisions and the downloads. Item texts are in Chinese.',
  departments: 'Departments',
  regionCode: 'Region code',
  regionNamed: '{name} ({code})',
  inForceSince: 'in force since {date}',
  powersUnit: 'power|powers',
  servicesUnit: 'public service|public services',
  category: 'Category',
  count: 'Items',
  total: 'Total',
  noList: 'No list published yet.',
  viewList: 'View the list of {dept}',
  searchAll: 'Search every department',
  searchLabel: 'Item name, code or legal basis',
  searchHint: 'Searches the lists in force of every department, e.g. 虚假广告 (false advertising); Traditional characters work too',
  searchButton: 'Search',
  provinceTotals: 'Items in force across the province, by category',
  departmentsTotal: '{n} department|{n} departments',
  findDepartments: 'Filter departments',
  level: 'Level',
  region: 'Region',
  allLevels: 'All levels',
  allRegions: 'All regions',
  departmentName: 'Department name',
  noDepartments: 'No department matches.',
  searchTitle: 'Search results',
  searchSummary: '{n} item found for “{q}”|{n} items found for “{q}”',
  searchSummaryAll: '{n} item|{n} items',
  searchEmpty: 'No item matches.',
  searchNotChinese: 'Item texts are in Chinese: search with Chinese words, e.g. 登记 (registration) or 处罚 (penalty).',
  byDepartment: 'By department',
  moreDepartments: '{n} more department|{n} more departments',
  narrowSearch: 'Narrow the search',
  searchInForceOn: 'searching the lists in force on {date}',
  badLevel: '“{value}” is not a level.',
  badRegion: 'A region code has six digits.',

  filter: 'Find items',
  allCategories: 'All categories',
  q: 'Search',
  qHint: 'code, name or legal basis (Chinese)',
  asOf: 'As of',
  asOfHint: 'the list in force on that date; empty for today',
  submit: 'Search',
  reset: 'Clear',
  itemsCaption: 'Power list of {dept} (in force since {date})',
  matches: '{n} item|{n} items',
  matchesOf: '{n} of {total} items match',
  noMatches: 'No item matches.',
  code: 'Code',
  name: 'Name',
  handlingUnit: 'Handling unit',
  sourceCode: 'Source code',
  committedDeadline: 'Committed deadline',
  statutoryDeadline: 'Statutory deadline',
  pages: 'Pages',
  page: 'Page {n}',
  previous: 'Previous',
  next: 'Next',

  snapshot: 'Snapshot',
  snapshotInForce: 'Snapshot in force',
  effectiveFrom: 'Effective from',
  publishedAt: 'Published at',
  hash: 'Hash (SHA-256)',
  previousHash: 'Previous hash',
  revision: 'Revision',
  viewRevision: 'View the revision',
  download: 'Download the list',
  downloadHint: 'the whole list in force since {date}',
  history: 'History of the list',
  historyCaption: 'Every published list of {dept}',
  powers: 'Powers',
  services: 'Public services',
  compare: 'Compare',
  compareWithPrevious: 'Compare with the previous list',
  firstList: 'first list',

  badDate: '“{name}” is not a valid date: use year-month-day, e.g. 2016-10-01.',
  badCategory: '“{value}” is not a category: choose one from the list.',
  badPage: 'The page must be a positive whole number.',
  badQuery: 'The search may be at most 200 characters long.',
  badSnapshot: '“{value}” is neither a date nor a snapshot id.',
  noListOn: 'No list was in force on {date}. The first list of this department took effect on {first}.',
  noListAtAll: 'This department has not published a list yet.',
  errorTitle: 'Please check the query',

  overview: 'Overview',
  itemCode: 'Code',
  mainItem: 'Main item',
  subItems: 'Sub-items',
  legalBasis: 'Legal basis',
  law: 'Law or regulation',
  documentNo: 'Document no.',
  article: 'Article',
  text: 'Text',
  conditions: 'Conditions',
  materials: 'Application materials',
  procedure: 'Procedure',
  procedureTitle: 'Procedure of {name}',
  stepDeadline: 'Time limit: {deadline}',
  noProcedure: 'No procedure is listed.',
  deadlines: 'Deadlines',
  fees: 'Fees',
  notCharged: 'Free of charge',
  feeName: 'Fee',
  feeStandard: 'Standard',
  feeBasis: 'Basis',
  responsibilities: 'Responsibilities',
  stage: 'Stage',
  duty: 'Duty',
  basis: 'Basis',
  accountability: 'Accountability',
  phones: 'Supervision and enquiries',
  supervisionPhone: 'Supervision phone',
  consultationPhone: 'Enquiries phone',
  remarks: 'Remarks',
  none: 'None',
  itemAsOf: 'As published in the list in force since {date}.',
  itemNotInForce: 'This item is not in the list in force from {date}.',
  itemLastSeen: 'Below is the item as last published (the list in force since {date}).',
  itemHistory: 'History of this item',
  itemHistoryIntro: 'How this item changed from one published list to the next.',
  viewVersion: 'View this version',
  compareChanges: 'See the changes',

  revisionTitle: 'Revision',
  reason: 'Reason',
  department: 'Department',
  changes: 'Changes',
  summary: 'Summary',
  noChanges: 'Nothing changed between the two lists.',
  openModified: 'Open all {n} modified items',
  closeModified: 'Close the modified items (their summaries only)',
  revisionOf: '{dept}',

  compareTitle: 'Compare lists',
  compareIntro: 'Compare the lists in force on two dates (or two snapshots).',
  from: 'From',
  to: 'To',
  fromHint: 'the list in force on that date; empty for the previous list',
  toHint: 'the list in force on that date; empty for today',
  compareSubmit: 'Compare',
  comparing: 'Comparing {from} with {to}',
  listSince: 'the list in force from {date}',
  emptyList: 'an empty list (before the first one)',

  chartCaption: 'Powers {before} → {after}  added {added} · modified {modified} · repealed {repealed}',
  chartCaptionServices: 'Public services {before} → {after}',
  before: 'Before',
  after: 'After',
  field: 'Field',
  changeKind: 'Change',
  content: 'Content',
  fieldChanges: '{n} change|{n} changes',

  notFoundTitle: 'Page not found',
  notFoundText: 'There is no such department, item or revision. It may not be published yet, or the address is wrong.',
  backHome: 'Back to the home page',
}

let zhHant: Strings | null = null

/** The UI strings of a locale. */
export function strings(locale: Locale): Strings {
  if (locale === 'en') return en
  if (locale === 'zh-Hant') return (zhHant ??= convertStrings(zhHans, toTraditional))
  return zhHans
}

/** `{name}` placeholders filled in. */
/** A page's <title>: its own words, then the site's name, in the reader's language (no layout template: it cannot know the locale). */
export function pageTitle(text: string, locale: Locale): { absolute: string } {
  return { absolute: `${text} · ${strings(locale).siteName}` }
}

/**
 * `{name}` replaced by its value. An English count has two forms, `one|other`, chosen by `n`
 * ("1 power", "2 powers"); Chinese has one.
 */
export function fmt(template: string, values: Record<string, string | number>): string {
  const forms = template.split('|')
  const chosen = forms.length === 2 ? forms[values.n === 1 ? 0 : 1] : template
  return chosen.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole))
}
