import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { runDiffBench } from '../../bench/diff.bench'
import { DEFAULT_BENCH, runProvinceBench, type ProvinceBenchResult, type Run, type Scenario } from '../../bench/province.bench'
import { markdownReport } from '../../bench/report'
import { databaseUri as configuredDatabaseUri } from '../settings'

/**
 * `npm run bench [-- --departments 60 --items 20000 --duration 5 --connections 1,16,64]`: the
 * province benchmark (bench/province.bench.ts), the diff engine, and the write-side and import
 * benchmarks when their files exist. SQLite (data/bench.db) unless DATABASE_URI is set. Writes
 * bench/results.json and bench/RESULTS.md. Targets are reported; the exit code does not depend on
 * them (a slow shared machine is not a failure).
 *
 * `--skip-http`, `--skip-diff`, `--skip-write` (the revisions and import benchmarks) leave parts out;
 * `--only list,search` runs only the read scenarios whose name contains one of the words.
 * `--app DIR` serves another checkout (e.g. `git archive main`) on the same data, for before/after;
 * `--out NAME` writes bench/NAME.json instead of results.json (results-before.json is shown beside
 * results.json in RESULTS.md).
 */
const { values } = parseArgs({
  options: {
    departments: { type: 'string' },
    items: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    app: { type: 'string' },
    out: { type: 'string', default: 'results' },
    'skip-http': { type: 'boolean', default: false },
    'skip-diff': { type: 'boolean', default: false },
    'skip-write': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})

function whole(name: string, value: string | undefined, fallback: number | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, not "${value}"`)
  return Number(value)
}

const province = {
  ...DEFAULT_BENCH.province,
  departments: whole('departments', values.departments, DEFAULT_BENCH.province.departments, 1000)!,
  items: whole('items', values.items, undefined, 100_000),
}
const connections = values.connections ? values.connections.split(',').map((each) => whole('connections', each, 1, 1024)!) : DEFAULT_BENCH.connections
const duration = whole('duration', values.duration, DEFAULT_BENCH.duration, 600)!
// a name, not a path: the results stay in bench/ beside RESULTS.md
if (!/^[\w.-]+$/.test(values.out!)) throw new Error(`--out names a file in bench/ (letters, digits, "-", "_", "."), not "${values.out}"`)
const databaseUri = configuredDatabaseUri() ?? `file:${path.resolve('data/bench.db')}`

const started = Date.now()
let diff = { name: 'diff engine (skipped)', medianMs: 0, targetMs: 0 }
if (!values['skip-diff']) {
  console.log('diff engine…')
  diff = await runDiffBench()
  console.log(`  ${diff.name}: median ${diff.medianMs} ms (target ${diff.targetMs} ms)`)
}

let provinceResult: ProvinceBenchResult | null = null
if (!values['skip-http'])
  provinceResult = await runProvinceBench({ province, databaseUri, duration, connections, app: values.app, only: values.only?.split(',') })

/** Benchmarks other issues add: run when their file exists (bench/revisions.bench.ts, bench/import.bench.ts). */
const plugins: Record<string, unknown> = {}
for (const [name, exported] of [
  ['revisions', 'runRevisionBench'],
  ['import', 'runImportBench'],
] as const) {
  const file = path.resolve(`bench/${name}.bench.ts`)
  if (!existsSync(file) || values['skip-write']) continue
  console.log(`\n${name} benchmark…`)
  const run = (await import(pathToFileURL(file).href))[exported] as ((options: unknown) => Promise<unknown>) | undefined
  plugins[name] = run ? await run({ databaseUri, departments: province.departments, items: province.items }) : { error: `${exported} not exported` }
}

const results = {
  at: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
  },
  node: process.version,
  database: provinceResult?.database ?? (databaseUri.startsWith('postgres') ? 'postgresql' : 'sqlite'),
  options: { province, duration, connections, app: values.app ?? null },
  seconds: Math.round((Date.now() - started) / 1000),
  diff,
  province: provinceResult,
  ...plugins,
}
mkdirSync('bench', { recursive: true })
writeFileSync(`bench/${values.out}.json`, `${JSON.stringify(results, null, 2)}\n`)
const before = existsSync('bench/results-before.json') && values.out === 'results' ? JSON.parse(readFileSync('bench/results-before.json', 'utf8')) : null
if (values.out === 'results') writeFileSync('bench/RESULTS.md', markdownReport(results, before))
console.log(`\nwritten bench/${values.out}.json${values.out === 'results' ? ' and bench/RESULTS.md' : ''} (${results.seconds} s)`)
if (provinceResult) console.table(Object.fromEntries(Object.entries(provinceResult.targets).map(([name, target]) => [name, { ...target }])))

export type { Run, Scenario }
process.exit(0)
