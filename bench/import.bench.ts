/**
 * Benchmark of import: a generated 10,000-row xlsx (a tenth of the main items with two sub-items,
 * a third with a foreign code) read, validated, diffed against an empty department and written
 * as one draft revision, on a fresh SQLite database. Target: under 15 s on a 2-core machine.
 *
 *   npx tsx --conditions=production bench/import.bench.ts [ROWS] [--compare]
 *
 * `runImportBench()` is exported for `npm run bench`. The file is built before timing starts; the
 * timed part is exactly what `npm run import` does after reading the file from disk.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createLocalReq, getPayload } from 'payload'
import { makeConfig } from '../payload.config'
import { CATEGORY_CODES, categoryName } from '../src/domain/categories'
import type { PowerItem } from '../src/domain/power-item'
import { listToXlsx } from '../src/services/export'
import { importFile } from '../src/services/import'

const ROWS = 10_000
const TARGET_MS = 15_000

export interface ImportBenchResult {
  name: string
  medianMs: number
  targetMs: number
  items: number
  phases?: Record<string, number>
}

function generatedItems(count: number): PowerItem[] {
  const items: PowerItem[] = []
  const mains = new Map<string, number>()
  for (let n = 0; items.length < count; n++) {
    const category = CATEGORY_CODES[n % CATEGORY_CODES.length]
    const main = (mains.get(category) ?? 0) + 1
    mains.set(category, main)
    const code = `${category}-${String(main).padStart(5, '0')}-000`
    const item = (code: string, name: string, parentCode: string | null): PowerItem => ({
      code,
      name,
      category,
      categoryName: categoryName(category),
      parentCode,
      ...(n % 3 === 0 && !parentCode ? { sourceCode: `000${131127000 + n}` } : {}),
      handlingUnit: `第${n % 9}处`,
      legalBasis: [
        {
          law: '中华人民共和国行政许可法',
          documentNo: '主席令第七号',
          article: `第${(n % 80) + 1}条`,
          text: '下列事项可以设定行政许可：（一）直接涉及国家安全、公共安全、经济宏观调控、生态环境保护以及直接关系人身健康、生命财产安全等特定活动，需要按照法定条件予以批准的事项。',
        },
        {
          law: '中华人民共和国行政处罚法',
          documentNo: null,
          article: '第三条',
          text: '公民、法人或者其他组织违反行政管理秩序的行为，应当给予行政处罚的，依照本法由法律、法规或者规章规定，并由行政机关依照本法规定的程序实施。',
        },
      ],
      conditions: n % 2 ? '申请人应当具备法定条件，提交材料齐全、符合法定形式。' : null,
      materials: ['申请书', '营业执照复印件', '法定代表人身份证明'],
      procedure: [
        { name: '受理', description: '窗口受理申请材料，材料不齐全的一次性告知需要补正的全部内容。', deadline: '当场' },
        { name: '审查', description: '对申请材料进行审查，需要核查的组织现场核查。', deadline: '10个工作日' },
        { name: '决定', description: '作出准予或者不予许可的书面决定。', deadline: null },
      ],
      statutoryDeadline: { value: 20, unit: 'workday', note: null },
      committedDeadline: { value: 10, unit: 'workday', note: '不含现场核查时间' },
      fees: { charged: false, items: [] },
      responsibilities: [
        {
          stage: 'acceptance',
          duty: '公示依法应当提交的材料；一次性告知补正材料；依法受理或不予受理（不予受理的应当告知理由）。',
          basis: '《中华人民共和国行政许可法》第三十条、第三十二条',
        },
        { stage: 'review', duty: '对申请材料进行审查，提出审查意见。', basis: null },
        { stage: 'decision', duty: '作出行政许可或者不予行政许可决定，不予许可的应当书面告知理由。', basis: null },
      ],
      accountability: ['对符合法定条件的申请不予受理的', '对不符合法定条件的申请人准予许可的', '在受理、审查、决定过程中索取或者收受他人财物的'],
      supervisionPhone: '0851-85986012',
      consultationPhone: '12345',
      remarks: n % 5 === 0 ? { text: `备注${n}`, html: `<p>备注${n}</p>` } : null,
      effectiveFrom: null,
      effectiveTo: null,
    })
    items.push(item(code, `生成事项第${n}号`, null))
    if (n % 10 === 0) for (const sub of [1, 2]) if (items.length < count) items.push(item(`${code.slice(0, 8)}-00${sub}`, `生成事项第${n}号之子项${sub}`, code))
  }
  return items
}

/**
 * `npm run import` runs node with a larger young generation (package.json): parsing a workbook
 * allocates millions of short-lived objects, and with the default 16 MiB semi-space the scavenger
 * took more time than the parse. The bench runs in a child process with the same flag, so the
 * figure is the command's.
 */
function importNodeFlags(): string[] {
  const script = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts.import
  return script.match(/--max-semi-space-size=\d+/g) ?? []
}

export async function runImportBench(opts: { rows?: number; flags?: string[] } = {}): Promise<ImportBenchResult> {
  const flags = opts.flags ?? importNodeFlags()
  const child = spawnSync(process.execPath, [...process.execArgv, ...flags, fileURLToPath(import.meta.url), String(opts.rows ?? ROWS)], {
    env: { ...process.env, QUANZE_IMPORT_BENCH_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = child.stdout.split('\n').find((each) => each.startsWith('{"name"'))
  if (child.status !== 0 || !line) throw new Error(`import bench failed (${child.status}):\n${child.stderr.slice(-3000)}`)
  return {
    ...(JSON.parse(line) as ImportBenchResult),
    ...(flags.length ? { name: `${(JSON.parse(line) as ImportBenchResult).name} [node ${flags.join(' ')}]` } : {}),
  }
}

async function importInThisProcess(opts: { rows?: number } = {}): Promise<ImportBenchResult> {
  const rows = opts.rows ?? ROWS
  const file = path.join(os.tmpdir(), `quanze-import-bench-${process.pid}.db`)
  rmSync(file, { force: true })
  const databaseUri = `file:${file}`
  const previousPush = process.env.QUANZE_DB_PUSH
  process.env.QUANZE_DB_PUSH = '1'
  const payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  try {
    await payload.create({ collection: 'departments', data: { code: 'bench-dept', name: '基准测试局', regionCode: '520000', level: 'province' } as never })
    const user = await payload.create({ collection: 'users', data: { email: 'bench@quanze.test', password: 'bench-password', roles: ['admin'] } as never })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    const buffer = await listToXlsx({ department: '基准测试局', asOf: '2026-01-01', publishedAt: new Date().toISOString(), items: generatedItems(rows) })

    const phases: Record<string, number> = {}
    const started = performance.now()
    const result = await importFile(
      req,
      { buffer, filename: 'bench.xlsx' },
      { department: 'bench-dept', title: 'bench', onPhase: (phase, ms) => (phases[phase] = Math.round(ms)) },
    )
    const ms = performance.now() - started
    if (!result.ok || result.departments[0].summary.added !== rows)
      throw new Error(`import bench: expected ${rows} added items, got ${JSON.stringify(result.errors.slice(0, 3))}`)
    return {
      name: `import ${rows}-row xlsx (parse, validate, diff, write draft)`,
      medianMs: ms,
      targetMs: TARGET_MS,
      items: rows,
      phases,
    }
  } finally {
    await payload.destroy()
    rmSync(file, { force: true })
    if (previousPush === undefined) delete process.env.QUANZE_DB_PUSH
    else process.env.QUANZE_DB_PUSH = previousPush
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = Number(process.argv[2]) || ROWS
  if (process.env.QUANZE_IMPORT_BENCH_CHILD) console.log(JSON.stringify(await importInThisProcess({ rows })))
  else if (process.argv.includes('--compare')) {
    // the same import with node's default young generation and with the command's, in turns
    for (let round = 1; round <= 3; round++)
      for (const flags of [[], importNodeFlags()]) {
        const result = await runImportBench({ rows, flags })
        console.log(`round ${round} ${flags.join(' ') || 'default heap'}: ${Math.round(result.medianMs)} ms ${JSON.stringify(result.phases)}`)
      }
  } else console.log(await runImportBench({ rows }))
  process.exit(0)
}
