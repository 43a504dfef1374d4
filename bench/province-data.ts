/**
 * A generated province for `npm run bench`: deterministic (fixed seed), 60 departments of 100–1,000
 * items (about 20,000 in all) with five yearly revisions each. Item text is varied from the sample
 * lists in seeds/ (real names, legal bases, procedures, duties), so lengths and wording are those of
 * a real list; names gain each department's subject ("食品生产", "道路运输"…) and codes are renumbered.
 *
 * Lists are generated one department at a time (a generator), so memory stays at one department's
 * five lists however large the province.
 */
import { CATEGORIES, type CategoryCode } from '../src/domain/categories'
import type { PowerItem } from '../src/domain/power-item'
import { items2015 } from '../seeds/guizhou-aic/list-2015'
import { revision2016 } from '../seeds/guizhou-aic/revision-2016'

export interface ProvinceOptions {
  departments: number
  /** total items of the first lists; default: sizes of 100–1,000 skewed towards small (≈ 333 each) */
  items?: number
  revisions: number
  seed: number
  /** items of the benchmark department's first list (default 500) */
  benchItems?: number
}

export const DEFAULT_PROVINCE: ProvinceOptions = { departments: 60, revisions: 5, seed: 20_250_101 }
/** the department the HTTP benchmark reads: the first one, with 500 items in its first list */
export const BENCH_DEPARTMENT = 'p00-samr'
export const BENCH_DEPARTMENT_ITEMS = 500
/** revision k takes effect on January 1st of FIRST_YEAR + k */
export const FIRST_YEAR = 2021

export interface GeneratedDepartment {
  code: string
  name: string
  regionCode: string
  level: 'province' | 'city' | 'county'
  /** oldest first; each list complete, sorted by code */
  lists: Array<{ effectiveFrom: string; title: string; items: PowerItem[] }>
}

export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 省直部门 with the subjects their items are about. */
const AGENCIES: Array<[string, string, string[]]> = [
  ['samr', '市场监督管理局', ['食品生产', '食品经营', '特种设备', '计量器具', '广告发布', '企业登记']],
  ['nhc', '卫生健康委员会', ['医疗机构', '放射诊疗', '母婴保健', '公共场所卫生', '职业卫生']],
  ['eco', '生态环境厅', ['排污许可', '危险废物经营', '辐射安全', '环境影响评价']],
  ['jtt', '交通运输厅', ['道路运输', '水路运输', '公路建设', '出租汽车经营']],
  ['zjt', '住房和城乡建设厅', ['建筑施工', '房地产开发', '建设工程质量', '燃气经营']],
  ['edu', '教育厅', ['民办学校', '中外合作办学', '教师资格', '校外培训']],
  ['mzt', '民政厅', ['社会团体', '民办非企业单位', '养老机构', '殡葬服务']],
  ['hrss', '人力资源和社会保障厅', ['劳务派遣', '职业技能培训', '社会保险', '人力资源服务']],
  ['nync', '农业农村厅', ['农药经营', '兽药生产', '种子生产经营', '渔业捕捞']],
  ['lyj', '林业局', ['林木采伐', '野生动物驯养', '林草种子', '森林防火']],
  ['slt', '水利厅', ['取水许可', '河道管理', '水土保持', '水利工程']],
  ['gtzy', '自然资源厅', ['采矿权', '探矿权', '建设用地', '测绘资质']],
  ['yjj', '药品监督管理局', ['药品生产', '药品经营', '医疗器械', '化妆品生产']],
  ['yjt', '应急管理厅', ['危险化学品', '烟花爆竹经营', '非煤矿山', '安全生产']],
  ['wlt', '文化和旅游厅', ['营业性演出', '娱乐场所', '旅行社', '文物保护']],
  ['swt', '商务厅', ['对外贸易', '成品油经营', '拍卖企业', '单用途预付卡']],
]
const LEVEL_SUFFIX = { province: '贵州省', city: '', county: '' } as const
const CITIES: Array<[string, string]> = [
  ['520100', '贵阳市'],
  ['520200', '六盘水市'],
  ['520300', '遵义市'],
  ['520400', '安顺市'],
  ['520500', '毕节市'],
  ['520600', '铜仁市'],
]
const COUNTIES: Array<[string, string]> = [
  ['520102', '贵阳市南明区'],
  ['520103', '贵阳市云岩区'],
  ['520302', '遵义市红花岗区'],
  ['520402', '安顺市西秀区'],
]

const TEMPLATES: PowerItem[] = [...items2015, ...revision2016.changes.flatMap((change) => ('item' in change && change.item ? [change.item] : []))]
const DIGITS = [...'零一二三四五六七八九']

/** 1–999 as written in article numbers: 十五, 二十, 一百零五, 一百一十. */
function chineseNumeral(n: number): string {
  const [hundreds, tens, ones] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10]
  let text = hundreds ? `${DIGITS[hundreds]}百` : ''
  if (tens) text += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`
  else if (hundreds && ones) text += '零'
  return text + (ones ? DIGITS[ones] : '')
}

/**
 * Department i: a third at the province level (one per agency at most: a province has one of
 * each), the rest in cities and counties. Where agency and place repeat (past 48 departments) the
 * name takes a branch number, so no two departments share a name.
 */
function departmentAt(i: number, departments: number): Omit<GeneratedDepartment, 'lists'> {
  const { code, name, regionCode, level } = placed(i, departments)
  let same = 0
  for (let k = 0; k < i; k++) if (placed(k, departments).name === name) same += 1
  return { code, name: same ? `${name}第${chineseNumeral(same + 1)}分局` : name, regionCode, level }
}

function placed(i: number, departments: number): Omit<GeneratedDepartment, 'lists'> {
  const [slug, agency] = AGENCIES[i % AGENCIES.length]
  const provincial = Math.max(1, Math.min(AGENCIES.length, Math.ceil(departments / 3)))
  const tier = i < provincial ? 'province' : i % 5 === 0 ? 'county' : 'city'
  const place = tier === 'province' ? ['520000', LEVEL_SUFFIX.province] : tier === 'city' ? CITIES[i % CITIES.length] : COUNTIES[i % COUNTIES.length]
  const agencyName = tier === 'province' ? agency : agency.replace(/厅$/, '局').replace(/^卫生健康委员会$/, '卫生健康局')
  return { code: `p${String(i).padStart(2, '0')}-${slug}`, name: `${place[1]}${agencyName}`, regionCode: place[0], level: tier }
}

function sizes(options: ProvinceOptions, next: () => number): number[] {
  const raw = Array.from({ length: options.departments }, (_, i) =>
    i === 0 ? (options.benchItems ?? BENCH_DEPARTMENT_ITEMS) : 100 + Math.floor(900 * next() ** 3),
  )
  if (!options.items) return raw
  // scale the others so the total comes to --items, the benchmark department keeping its 500
  const others = raw.slice(1).reduce((a, b) => a + b, 0) || 1
  const factor = Math.max(0, options.items - raw[0]) / others
  return raw.map((size, i) => (i === 0 ? size : Math.max(1, Math.round(size * factor))))
}

export function provinceSize(options: ProvinceOptions): number {
  return sizes(options, random(options.seed)).reduce((a, b) => a + b, 0)
}

/** The departments the generator makes, without their lists: cheap, for checking a database against. */
export function provinceDirectory(options: ProvinceOptions): Array<Omit<GeneratedDepartment, 'lists'>> {
  return Array.from({ length: options.departments }, (_, i) => departmentAt(i, options.departments))
}

export function* generateProvince(options: ProvinceOptions): Generator<GeneratedDepartment> {
  const next = random(options.seed)
  const counts = sizes(options, next)
  for (let i = 0; i < options.departments; i++) yield generateDepartment(i, counts[i], options, random(options.seed + 7919 * (i + 1)))
}

function generateDepartment(index: number, size: number, options: ProvinceOptions, next: () => number): GeneratedDepartment {
  const base = departmentAt(index, options.departments)
  const subjects = AGENCIES[index % AGENCIES.length][2]
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  let serial = 0
  const newItem = (effectiveFrom: string): PowerItem => {
    const template = pick(TEMPLATES)
    serial += 1
    const category = template.category as CategoryCode
    const subject = pick(subjects)
    const name = template.name.includes(subject) ? template.name : `${subject}${template.name.replace(/^对/, '')}`
    return {
      ...structuredClone(template),
      code: `${category}-${String(serial).padStart(5, '0')}-000`,
      name: category === 'CF' ? `对${name}` : name,
      categoryName: CATEGORIES[category]['zh-Hans'],
      parentCode: null,
      legalBasis: template.legalBasis.map((basis) => ({
        ...basis,
        article: basis.article ? `第${chineseNumeral(int(1, 120))}条` : null,
        text: basis.text.replaceAll('工商行政管理', `${subject}管理`),
      })),
      committedDeadline: template.committedDeadline ? { ...template.committedDeadline, value: int(1, Math.max(1, template.committedDeadline.value)) } : null,
      effectiveFrom,
      effectiveTo: null,
    }
  }
  const lists: GeneratedDepartment['lists'] = []
  let items = Array.from({ length: size }, () => newItem(`${FIRST_YEAR}-01-01`))
  for (let k = 0; k < options.revisions; k++) {
    const effectiveFrom = `${FIRST_YEAR + k}-01-01`
    if (k > 0) items = revise(items, effectiveFrom, newItem, next)
    const sorted = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    lists.push({ effectiveFrom, title: k === 0 ? `${base.name}权力清单和责任清单（${FIRST_YEAR}年）` : `${FIRST_YEAR + k}年权责清单动态调整`, items: sorted })
  }
  return { ...base, lists }
}

/** A yearly revision: about 10% modified, 3% added, 2% repealed. */
function revise(items: PowerItem[], effectiveFrom: string, newItem: (effectiveFrom: string) => PowerItem, next: () => number): PowerItem[] {
  const kept = items.filter(() => next() >= 0.02)
  const changed = kept.map((item) => {
    if (next() >= 0.1) return item
    const copy = structuredClone(item)
    copy.effectiveFrom = effectiveFrom
    if (copy.committedDeadline) copy.committedDeadline = { ...copy.committedDeadline, value: Math.max(1, copy.committedDeadline.value - 1) }
    if (copy.legalBasis[0]) copy.legalBasis[0] = { ...copy.legalBasis[0], text: `${copy.legalBasis[0].text}（${effectiveFrom.slice(0, 4)}年修订）` }
    return copy
  })
  const added = Array.from({ length: Math.round(items.length * 0.03) }, () => newItem(effectiveFrom))
  return [...changed, ...added]
}
