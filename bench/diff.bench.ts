/**
 * Benchmark of the diff engine: `diffLists` with 5,000 changed items (3,500 modified, 1,000 added,
 * 500 repealed) against a 6,000-item base. Target: well under 1 s.
 *
 *   npx tsx bench/diff.bench.ts
 *
 * `runDiffBench()` is exported for `npm run bench`. Data is generated from a fixed seed so every run
 * diffs the same lists; text lengths follow real lists (legal basis clauses of 60–300 characters,
 * duties of 30–120, remarks of 20–200).
 */
import { pathToFileURL } from 'node:url'
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../src/domain/categories'
import { diffLists } from '../src/domain/diff'
import type { PowerItem, ResponsibilityStage } from '../src/domain/power-item'
import type { SnapshotRef } from '../src/domain/snapshot-ref'

const BASE_ITEMS = 6000
const MODIFIED = 3500
const ADDED = 1000
const REPEALED = 500
const RUNS = 5
const TARGET_MS = 1000

export interface DiffBenchResult {
  name: string
  medianMs: number
  targetMs: typeof TARGET_MS
  items: number
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PHRASES = [
  '申请人应当如实向行政机关提交有关材料和反映真实情况',
  '并对其申请材料实质内容的真实性负责',
  '行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定',
  '二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日',
  '并应当将延长期限的理由告知申请人',
  '县级以上地方工商行政管理部门负责本行政区域内的监督管理工作',
  '对申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容',
  '违反本法规定，发布虚假广告的，由工商行政管理部门责令停止发布广告',
  '责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款',
  '对企业登记事项进行审查，核发营业执照',
  '依法公示企业信用信息，接受社会监督',
]
const LAWS = [
  '《中华人民共和国行政许可法》',
  '《中华人民共和国广告法》',
  '《中华人民共和国公司登记管理条例》',
  '《企业信息公示暂行条例》',
  '《中华人民共和国反不正当竞争法》',
  '《无照经营查处取缔办法》',
  '《贵州省消费者权益保护条例》',
]
const STAGES: ResponsibilityStage[] = ['acceptance', 'review', 'decision', 'delivery', 'supervision']
const STEPS = ['受理', '审查', '决定', '送达', '公示']
const NUMERALS = [...'一二三四五六七八九十']

function generator(seed: number) {
  const next = random(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const text = (min: number, max: number) => {
    const target = int(min, max)
    let out = ''
    while (out.length < target) out += pick(PHRASES) + (next() < 0.7 ? '，' : '。')
    return out.slice(0, target)
  }
  const article = () => `第${pick(NUMERALS)}十${pick(NUMERALS)}条`

  function item(code: string, category: CategoryCode): PowerItem {
    const laws = Array.from({ length: int(1, 4) }, (_, i) => ({
      law: LAWS[(i + int(0, LAWS.length - 1)) % LAWS.length]!,
      documentNo: next() < 0.5 ? `国务院令第${int(100, 700)}号` : null,
      article: `${article()}#${i}`,
      text: text(60, 300),
    }))
    return {
      code,
      name: `${text(6, 14)}${category === 'CF' ? '的处罚' : '登记'}`,
      category,
      categoryName: CATEGORIES[category]['zh-Hans'],
      parentCode: null,
      handlingUnit: pick(['企业注册局', '广告监督管理处', '市场规范管理处', '公平交易局']),
      legalBasis: laws,
      conditions: text(20, 120),
      materials: Array.from({ length: int(2, 6) }, (_, i) => `${text(6, 18)}（第${i + 1}份）`),
      procedure: STEPS.slice(0, int(2, 5)).map((name) => ({
        name,
        description: text(20, 80),
        deadline: `${int(1, 10)}个工作日`,
      })),
      statutoryDeadline: { value: 20, unit: 'workday', note: null },
      committedDeadline: { value: int(5, 20), unit: 'workday', note: null },
      fees: { charged: false, items: [] },
      responsibilities: STAGES.slice(0, int(3, 5)).map((stage) => ({ stage, duty: text(30, 120), basis: null })),
      accountability: Array.from({ length: int(2, 6) }, () => text(15, 40)),
      supervisionPhone: '0851-12315',
      consultationPhone: `0851-${int(80000000, 89999999)}`,
      remarks: next() < 0.4 ? { text: text(20, 200), html: '' } : null,
      effectiveFrom: '2015-07-01',
      effectiveTo: null,
    }
  }

  /** One to three realistic edits of a copy of `base`. */
  function modify(base: PowerItem): PowerItem {
    const changed = structuredClone(base)
    changed.effectiveFrom = '2016-10-01'
    const edits = int(1, 3)
    for (let e = 0; e < edits; e++) {
      switch (int(0, 5)) {
        case 0:
          changed.committedDeadline = { value: Math.max(1, (changed.committedDeadline?.value ?? 20) - 5), unit: 'workday', note: null }
          break
        case 1: {
          const r = pick(changed.responsibilities)
          r.duty = r.duty.slice(0, 10) + '依法' + r.duty.slice(12) + '，并记录在案'
          break
        }
        case 2:
          changed.legalBasis.push({ law: pick(LAWS), documentNo: null, article: `${article()}+`, text: text(60, 300) })
          break
        case 3: {
          const b = pick(changed.legalBasis)
          b.text = b.text.includes('工商行政管理部门') ? b.text.replace('工商行政管理部门', '市场监督管理部门') : `${b.text}（根据机构改革调整）`
          break
        }
        case 4:
          changed.procedure.reverse()
          changed.procedure[0]!.deadline = '即时'
          break
        default:
          changed.materials = [...changed.materials.slice(1), text(8, 20)]
          changed.remarks = { text: text(20, 200), html: '' }
      }
    }
    return changed
  }

  return { item, modify, int, pick }
}

/** The base list and its revision; the first MODIFIED items change, the last REPEALED go. */
export function benchLists(): { base: PowerItem[]; revision: PowerItem[] } {
  const gen = generator(20161001)
  const categoryOf = (i: number) => CATEGORY_CODES[i % CATEGORY_CODES.length]!
  const code = (category: CategoryCode, i: number) => `${category}-${String(i).padStart(5, '0')}-000`
  const base = Array.from({ length: BASE_ITEMS }, (_, i) => gen.item(code(categoryOf(i), i), categoryOf(i)))
  // Unchanged items are copies, as when both lists are read from the database.
  const kept = base.slice(0, BASE_ITEMS - REPEALED)
  const revision = kept.map((item, i) => (i < MODIFIED ? gen.modify(item) : structuredClone(item)))
  for (let i = 0; i < ADDED; i++) revision.push(gen.item(code(categoryOf(i), BASE_ITEMS + i), categoryOf(i)))
  return { base, revision }
}

export async function runDiffBench(): Promise<DiffBenchResult> {
  const { base, revision } = benchLists()
  const from = { ref: { id: 'bench-base', effectiveFrom: '2015-07-01', hash: '0'.repeat(64) } satisfies SnapshotRef, items: base }
  const to = { ref: { id: 'bench-revision', effectiveFrom: '2016-10-01', hash: '1'.repeat(64) } satisfies SnapshotRef, items: revision }

  // Two warm-up runs: the first compiles, the second still grows the heap to its working size.
  const warmUp = diffLists(from, to)
  diffLists(from, to)
  const { added, modified, repealed } = warmUp.summary
  if (added !== ADDED || repealed !== REPEALED || modified !== MODIFIED) {
    throw new Error(`bench data is wrong: +${added} ~${modified} -${repealed}`)
  }
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    diffLists(from, to)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    name: `diffLists ${ADDED + MODIFIED + REPEALED} changes / ${BASE_ITEMS} base`,
    medianMs: Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10,
    targetMs: TARGET_MS,
    items: ADDED + MODIFIED + REPEALED,
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const result = await runDiffBench()
  const verdict = result.medianMs < result.targetMs ? 'ok' : 'SLOW'
  console.log(`| ${result.name} | items ${result.items} | median ${result.medianMs} ms | target ${result.targetMs} ms | ${verdict} |`)
}
