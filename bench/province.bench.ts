/**
 * The province benchmark (issue 12): a generated province in the database, then side by side with
 * autocannon at each connection count, for the 500-item department:
 *   ours      the public API (list full and paged, 304, item, list five revisions back, history, search)
 *   peer      Payload REST on the same data (/api/power-items?where[department][equals]=…&limit=500)
 *   ceiling   plain node:http sending the same bytes precomputed (an empty 304 for the 304 path)
 * and the server's RSS sampled through the run. The server and the ceiling run in processes of
 * their own; autocannon runs here. Targets are reported, never asserted.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import autocannon from './load-generator'
import { getPayload } from 'payload'
import { makeConfig } from '../payload.config'
import { prepareDatabase } from '../src/server/prepare'
import { BENCH_DEPARTMENT, FIRST_YEAR, DEFAULT_PROVINCE, type ProvinceOptions } from './province-data'
import { loadProvince, type LoadReport } from './province-load'
import { median, percentile } from './stats'

export interface ProvinceBenchOptions {
  province: ProvinceOptions
  databaseUri: string
  /** seconds per autocannon run */
  duration: number
  connections: number[]
  /** another checkout's app to serve (QUANZE_BENCH_APP), for before/after */
  app?: string
  /** run only the scenarios whose name contains one of these (the peers always run) */
  only?: string[]
  log?: (line: string) => void
}

export interface Run {
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  timeouts: number
  /** answers that served the request over the run (see `served`) */
  answers: number
  /** CPU the server process spent over the run, all its threads, where /proc has it (Linux) */
  serverCpuMs?: number
}

export interface Scenario {
  name: string
  path: string
  /** what a client sends besides the URL */
  headers?: Record<string, string>
  status: number
  bytes: number
  firstRequestMs: number
  ours: Run[]
  ceiling: Run[]
}

export interface ProvinceBenchResult {
  name: 'province'
  database: string
  load: LoadReport
  department: string
  scenarios: Scenario[]
  peer: Scenario
  /** Payload REST asked for gzip/br, as portals ask: whatever it does with that */
  peerCompressed?: Scenario
  /** afterOursMb: after our paths ran, before the peers (Payload REST in the same process) */
  rss: { samples: number[]; startMb: number; maxMb: number; endMb: number; afterWarmUpMb: number; afterOursMb: number }
  /** searches for terms never asked before (the search scenario repeats one, answered from the byte cache) */
  firstSearches?: FirstSearches
  targets: Record<string, { target: string; measured: string; met: boolean }>
}

export interface FirstSearches {
  terms: number
  concurrency: number
  failures: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** the server's CPU per search in µs, all its threads, where /proc has it */
  serverCpuUs?: number
  /** other new terms searched before these, unmeasured */
  warmUp?: number
}

const HERE = path.dirname(new URL(import.meta.url).pathname)

function child(script: string, args: string[], env: Record<string, string>): Promise<{ process: ChildProcess; port: number }> {
  const started = fork(path.join(HERE, script), args, {
    execArgv: ['--conditions=production', '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    started.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
    started.on('message', (message: { port?: number }) => {
      if (message.port) resolve({ process: started, port: message.port })
    })
  })
}

function rssOf(server: ChildProcess): Promise<number> {
  server.setMaxListeners(100)
  return new Promise((resolve) => {
    const listen = (message: { rss?: number }) => {
      if (message.rss === undefined) return
      server.off('message', listen)
      resolve(message.rss)
    }
    server.on('message', listen)
    server.send({ rss: true })
  })
}

function served(result: autocannon.Result): number {
  const byStatus = (result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats
  if (!byStatus) return result.requests.total - result.non2xx
  return Object.entries(byStatus).reduce((sum, [status, { count }]) => (/^2\d\d$|^304$/.test(status) ? sum + count : sum), 0)
}

/**
 * CPU time a process has used, user and system, all threads (Linux: /proc/<pid>/stat, in clock
 * ticks of 10 ms); undefined elsewhere. Beside throughput, it shows the server's own work per
 * answer: with multi-megabyte bodies the load generator, not the server, bounds req/s on 2 cores.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

async function cannon(url: string, connections: number, duration: number, headers: Record<string, string> = {}, server?: ChildProcess): Promise<Run> {
  const cpuBefore = cpuMsOf(server?.pid)
  const result = await autocannon({ url, connections, duration, headers, timeout: 20 })
  const cpuAfter = cpuMsOf(server?.pid)
  return {
    connections,
    // answers that served the request (2xx, and the 304 the conditional scenario asks for) over the
    // run: a refused request is not throughput, and the per-second average reads 0 below one a second
    requestsPerSecond: Math.round((served(result) / Math.max(1, result.duration)) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    answers: served(result),
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { serverCpuMs: cpuAfter - cpuBefore } : {}),
  }
}

/**
 * Ours and the ceiling in turns, ROUNDS of each, then each side's rounds as one run: the machine is
 * shared, and its load drifts over seconds, so two runs one after the other can differ by a third
 * for the same server; in turns, a drift weighs on both sides alike.
 */
const ROUNDS = 3

async function alternating(ours: () => Promise<Run>, ceiling: () => Promise<Run>): Promise<[Run, Run]> {
  const runs: [Run[], Run[]] = [[], []]
  for (let round = 0; round < ROUNDS; round++) {
    runs[0].push(await ours())
    runs[1].push(await ceiling())
  }
  return [combined(runs[0]), combined(runs[1])]
}

/** Rounds of equal length as one run: mean throughput, median p50, the worst p99, all failures. */
function combined(runs: Run[]): Run {
  const sum = (pick: (run: Run) => number) => runs.reduce((total, run) => total + pick(run), 0)
  return {
    connections: runs[0].connections,
    requestsPerSecond: Math.round((sum((run) => run.requestsPerSecond) / runs.length) * 10) / 10,
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    non2xx: sum((run) => run.non2xx),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    answers: sum((run) => run.answers),
    ...(runs.every((run) => run.serverCpuMs !== undefined) ? { serverCpuMs: sum((run) => run.serverCpuMs ?? 0) } : {}),
  }
}

/** The server's CPU per answer in µs, or undefined where it was not measured or nothing was answered. */
export function cpuPerAnswer(run: Run | undefined): number | undefined {
  if (!run?.answers || run.serverCpuMs === undefined) return undefined
  return Math.round((run.serverCpuMs * 1000) / run.answers)
}

/** What the ceiling (bench/ceiling.ts) answers for a path: our bytes and our headers. */
export interface CeilingEntry {
  body: string
  /** the identity ETag: an If-None-Match equal to it gets the 304 */
  etag: string
  headers: http.OutgoingHttpHeaders
  encoded?: { body: string; headers: http.OutgoingHttpHeaders }
  notModified?: http.OutgoingHttpHeaders
}

/** Our answer's headers less those node writes per answer itself. */
function replayable(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const perAnswer = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !perAnswer.has(name)))
}

/** One GET as sent, body as received (fetch would ask for and decode gzip/br by itself). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
        response.on('error', reject)
      })
      .on('error', reject)
  })
}

const COMPRESSED = { 'accept-encoding': 'gzip, br' }
/** the search scenario's term, asked over and over as a portal's popular query would be */
const SEARCH_TERM = '食品生产'

/**
 * Waits until the server answers a health check promptly: a run at 64 connections leaves requests
 * queued after autocannon stops, which would otherwise be billed to the next run.
 */
async function settle(base: string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const started = performance.now()
    await fetch(`${base}/healthz`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
    if (performance.now() - started < 50) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export async function runProvinceBench(options: ProvinceBenchOptions): Promise<ProvinceBenchResult> {
  const log = options.log ?? console.log
  const database = options.databaseUri.startsWith('postgres') ? 'postgresql' : 'sqlite'
  log(`\nprovince benchmark on ${database}`)
  const payload = await getPayload({ config: makeConfig({ databaseUri: options.databaseUri }), key: `bench:${options.databaseUri}` })
  await prepareDatabase(payload, { seed: false, log })
  const load = await loadProvince(payload, options.province, log)
  const { docs } = await payload.find({ collection: 'departments', where: { code: { equals: BENCH_DEPARTMENT } }, limit: 1, depth: 0, overrideAccess: true })
  const departmentId = docs[0]?.id
  await payload.destroy()

  const server = await child('server.ts', [], {
    DATABASE_URI: options.databaseUri,
    QUANZE_RATE_LIMIT: '0',
    // the peer too: a 429 is a short answer and would count as fast service
    QUANZE_API_RATE_LIMIT: '0',
    QUANZE_LOG_LEVEL: 'warn',
    QUANZE_DB_PUSH: '0',
    ...(options.app ? { QUANZE_BENCH_APP: options.app } : {}),
  })
  const samples: number[] = []
  const sampler = setInterval(() => void rssOf(server.process).then((rss) => samples.push(Math.round(rss / 1048576))), 500)
  const base = `http://127.0.0.1:${server.port}`
  try {
    const api = `/api/public/v1/departments/${BENCH_DEPARTMENT}`
    const full = `${api}/list?limit=1000`
    const list = (await (await fetch(`${base}${full}`)).json()) as { items: Array<{ code: string }> }
    const code = list.items[0]?.code
    const scenarioPaths: Array<Pick<Scenario, 'name' | 'path' | 'headers'>> = [
      { name: 'list, full (500 items)', path: full },
      { name: 'list, full (500 items), gzip/br', path: full, headers: COMPRESSED },
      { name: 'list, page of 50', path: `${api}/list?page=2&limit=50` },
      { name: 'list, 304 (If-None-Match)', path: full, headers: { 'if-none-match': '' } },
      { name: 'item', path: `${api}/items/${code}` },
      { name: `list in force ${FIRST_YEAR}-06-01 (5 revisions back)`, path: `${api}/list?asOf=${FIRST_YEAR}-06-01&limit=1000` },
      { name: 'item history', path: `${api}/items/${code}/history` },
      { name: `search ${SEARCH_TERM} across the province`, path: `/api/public/v1/search?q=${encodeURIComponent(SEARCH_TERM)}` },
    ].filter((each) => !options.only || options.only.some((part) => each.name.includes(part)))
    const peerPath = `/api/power-items?where[department][equals]=${departmentId}&limit=500`
    const peers = [
      { name: 'Payload REST (peer)', path: peerPath },
      { name: 'Payload REST (peer), gzip/br', path: peerPath, headers: COMPRESSED },
    ]
    const scenarios: Scenario[] = []
    const ceilingTable: Record<string, CeilingEntry> = {}
    for (const each of [...scenarioPaths, ...peers]) {
      const started = performance.now()
      const conditional = each.headers && 'if-none-match' in each.headers
      const response = await rawGet(`${base}${each.path}`, conditional ? {} : each.headers)
      const firstRequestMs = Math.round(performance.now() - started)
      const etag = String(response.headers.etag ?? '"none"')
      const headers = conditional ? { 'if-none-match': etag } : each.headers
      const coding = response.headers['content-encoding']
      // the ceiling sends the same bytes, headers included: identity, or the same compressed form
      // when asked for one, or the same 304; so the two differ only in the work behind the answer
      const entry = (ceilingTable[each.path] ??= { body: '', etag, headers: {} })
      const headersSent = replayable(response.headers)
      if (coding) entry.encoded = { body: response.body.toString('base64'), headers: headersSent }
      else Object.assign(entry, { body: response.body.toString('base64'), etag, headers: headersSent })
      if (conditional) entry.notModified = replayable((await rawGet(`${base}${each.path}`, { 'if-none-match': etag })).headers)
      scenarios.push({ ...each, headers, status: conditional ? 304 : response.status, bytes: response.body.length, firstRequestMs, ours: [], ceiling: [] })
      log(`  ${each.name}: ${response.status}, ${response.body.length} bytes${coding ? ` (${coding})` : ''}, first request ${firstRequestMs} ms`)
    }
    const tableFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'quanze-bench-')), 'ceiling.json')
    writeFileSync(tableFile, JSON.stringify(ceilingTable))
    const ceiling = await child('ceiling.ts', [tableFile], {})
    // warm-up: each of our paths briefly at the highest load, so the heap and the byte cache reach
    // their working size before memory is judged (growth after this is what "flat" is about)
    log('  warming up: 2 s of each of our paths at the highest connection count…')
    for (const scenario of scenarios.filter((each) => each.path !== peerPath))
      await cannon(`${base}${scenario.path}`, Math.max(...options.connections), 2, scenario.headers)
    const afterWarmUpMb = Math.round((await rssOf(server.process)) / 1048576)
    let afterOursMb = 0
    try {
      const total = scenarios.length * options.connections.length * 2 - 2 * options.connections.length
      let done = 0
      for (const scenario of scenarios) {
        // the peers run last, on the same server: what their load adds is reported apart from ours
        if (scenario.path === peerPath && !afterOursMb) afterOursMb = Math.round((await rssOf(server.process)) / 1048576)
        for (const connections of options.connections) {
          // Payload REST answers a 500-item page in seconds: give it long enough to finish some
          const duration = scenario.path === peerPath ? Math.max(options.duration, 10) : options.duration
          await settle(base)
          if (scenario.path === peerPath) {
            scenario.ours.push(await cannon(`${base}${scenario.path}`, connections, duration, scenario.headers, server.process))
            done += 1
          } else {
            const [ours, ceilings] = await alternating(
              () => cannon(`${base}${scenario.path}`, connections, options.duration / ROUNDS, scenario.headers, server.process),
              () => cannon(`http://127.0.0.1:${ceiling.port}${scenario.path}`, connections, options.duration / ROUNDS, scenario.headers, ceiling.process),
            )
            scenario.ours.push(ours)
            scenario.ceiling.push(ceilings)
            done += 2
          }
          const last = scenario.ours.at(-1)!
          log(
            `  [${String(done).padStart(2)}/${total}] ${scenario.name} @${connections}: ${last.requestsPerSecond} req/s, p99 ${last.p99Ms} ms${scenario.ceiling.length ? ` (ceiling ${scenario.ceiling.at(-1)!.requestsPerSecond} req/s)` : ''}`,
          )
        }
      }
    } finally {
      ceiling.process.kill()
    }
    let firstSearches: FirstSearches | undefined
    const terms = scenarioPaths.some((each) => each.path.includes('/search'))
      ? searchTerms(JSON.parse((await rawGet(`${base}${full}`)).body.toString('utf8')) as { items: Array<{ name: string }> })
      : []
    if (terms.length > WARM_SEARCHES) {
      // as every path, warmed up first (the repeated search above ran the search itself once):
      // the first WARM_SEARCHES terms are searched unmeasured, the rest are measured. With 50
      // the figure still held the warm-up: in one server, the first round of 200 new terms had
      // p99 116–123 ms and later rounds 49–88 ms (two runs)
      await searchOnce(base, terms.slice(0, WARM_SEARCHES), 16)
      log(`  searching ${terms.length - WARM_SEARCHES} terms never asked before, 16 at a time…`)
      firstSearches = { ...(await searchOnce(base, terms.slice(WARM_SEARCHES), 16, server.process)), warmUp: WARM_SEARCHES }
      log(
        `  first searches: p50 ${firstSearches.p50Ms} ms, p99 ${firstSearches.p99Ms} ms, max ${firstSearches.maxMs} ms, ${firstSearches.failures} failures, server CPU ${firstSearches.serverCpuUs ?? '?'} µs per search`,
      )
    }
    samples.push(Math.round((await rssOf(server.process)) / 1048576))
    const peerCompressed = scenarios.pop()!
    const peer = scenarios.pop()!
    const rss = { samples, startMb: samples[0] ?? 0, maxMb: Math.max(...samples), endMb: samples.at(-1) ?? 0, afterWarmUpMb, afterOursMb }
    return {
      name: 'province',
      database,
      load,
      department: BENCH_DEPARTMENT,
      scenarios,
      peer,
      peerCompressed,
      rss,
      firstSearches,
      targets: targetsOf(scenarios, peer, peerCompressed, rss, firstSearches),
    }
  } finally {
    clearInterval(sampler)
    server.process.kill()
  }
}

const at = (runs: Run[], connections: number) => runs.find((run) => run.connections === connections)
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Math.round((a / b) * 100) / 100 : 0)

/** terms searched before the measured ones, so the search code runs warm as every other path does */
const WARM_SEARCHES = 200

/**
 * Two-character Han terms from the item names of a list (食品, 生产, 许可 …), each once, in list
 * order, at most WARM_SEARCHES + 200: deterministic for a generated province, and none of them the
 * search scenario's own term.
 */
function searchTerms(list: { items: Array<{ name: string }> }): string[] {
  const terms = new Set<string>()
  for (const { name } of list.items)
    for (let at = 0; at + 2 <= name.length; at += 1) {
      const term = name.slice(at, at + 2)
      if (/^\p{Script=Han}{2}$/u.test(term) && !SEARCH_TERM.includes(term)) terms.add(term)
    }
  return [...terms].slice(0, WARM_SEARCHES + 200)
}

/**
 * Each term searched once, `concurrency` at a time, timed from here: what a query nobody has asked
 * yet costs (every department's list scanned, the answer rendered and compressed), where the
 * search scenario's repeated URL is answered from the byte cache after its first request.
 *
 * The client is node:http on `concurrency` kept-alive sockets, asking for gzip or brotli as a
 * browser does and reading the body without decoding it, as autocannon does for the other rows.
 * It shares two cores with the server: with undici's fetch as the client (its per-request cost,
 * and decoding every body) the same server measured p99 50–67 ms where this client measured 33–34.
 */
async function searchOnce(base: string, terms: string[], concurrency: number, server?: ChildProcess): Promise<FirstSearches> {
  const latencies: number[] = []
  let [next, failures] = [0, 0]
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const search = (term: string) =>
    new Promise<number>((resolve) => {
      // a refused or reset request is counted as a failure, not allowed to end the benchmark
      http
        .get(`${base}/api/public/v1/search?q=${encodeURIComponent(term)}`, { agent, headers: COMPRESSED }, (response) => {
          response.on('data', () => undefined)
          response.on('end', () => resolve(response.statusCode ?? 0))
          response.on('error', () => resolve(0))
        })
        .on('error', () => resolve(0))
    })
  const worker = async () => {
    while (next < terms.length) {
      const term = terms[next++]
      const started = performance.now()
      const status = await search(term)
      latencies.push(performance.now() - started)
      if (status !== 200) failures += 1
    }
  }
  const cpuBefore = cpuMsOf(server?.pid)
  await Promise.all(Array.from({ length: concurrency }, worker))
  const cpuAfter = cpuMsOf(server?.pid)
  agent.destroy()
  const at = (p: number) => Math.round(percentile(latencies, p) * 10) / 10
  const serverCpuUs = cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(((cpuAfter - cpuBefore) * 1000) / terms.length) : undefined
  return { terms: terms.length, concurrency, failures, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1), ...(serverCpuUs !== undefined ? { serverCpuUs } : {}) }
}

function targetsOf(
  scenarios: Scenario[],
  peer: Scenario,
  peerCompressed: Scenario,
  rss: ProvinceBenchResult['rss'],
  firstSearches?: FirstSearches,
): ProvinceBenchResult['targets'] {
  const named = (name: string) => scenarios.find((scenario) => scenario.name === name) ?? { ours: [], ceiling: [] }
  const [full, fullCompressed, notModified] = [named('list, full (500 items)'), named('list, full (500 items), gzip/br'), named('list, 304 (If-None-Match)')]
  const search = scenarios.find((scenario) => scenario.path.includes('/search'))
  const max = Math.max(...scenarios.flatMap((scenario) => scenario.ours.map((run) => run.connections)))
  const listCeiling = ratio(at(full.ours, 16)?.requestsPerSecond, at(full.ceiling, 16)?.requestsPerSecond)
  const listPeer = ratio(at(full.ours, 16)?.requestsPerSecond, at(peer.ours, 16)?.requestsPerSecond)
  const compressedCeiling = ratio(at(fullCompressed.ours, 16)?.requestsPerSecond, at(fullCompressed.ceiling, 16)?.requestsPerSecond)
  const compressedPeer = ratio(at(fullCompressed.ours, 16)?.requestsPerSecond, at(peerCompressed.ours, 16)?.requestsPerSecond)
  const p99 = Math.max(...scenarios.filter((scenario) => scenario !== search).map((scenario) => at(scenario.ours, max)?.p99Ms ?? 0))
  // a path whose ceiling answers within 50 ms at p99 is one where the target can be met at all:
  // for a body of megabytes, even precomputed bytes queue behind each other at 64 connections
  const reachable = scenarios.filter((scenario) => scenario !== search && (at(scenario.ceiling, max)?.p99Ms ?? Infinity) < 50)
  const reachableP99 = Math.max(0, ...reachable.map((scenario) => at(scenario.ours, max)?.p99Ms ?? 0))
  const cpuRatio = ratio(cpuPerAnswer(at(peer.ours, 16)), cpuPerAnswer(at(full.ours, 16)))
  const notModifiedCeiling = ratio(at(notModified.ours, 16)?.requestsPerSecond, at(notModified.ceiling, 16)?.requestsPerSecond)
  const searchP99 = at(search?.ours ?? [], 16)?.p99Ms ?? 0
  const growth = (rss.afterOursMb || rss.endMb) - rss.afterWarmUpMb
  return {
    'list ÷ ceiling @16': { target: '≥ 0.5', measured: String(listCeiling), met: listCeiling >= 0.5 },
    'list ÷ Payload REST @16': { target: '≥ 10', measured: String(listPeer), met: listPeer >= 10 },
    'list gzip/br ÷ ceiling @16': { target: '≥ 0.5', measured: String(compressedCeiling), met: compressedCeiling >= 0.5 },
    'list gzip/br ÷ Payload REST gzip/br @16': { target: '≥ 10', measured: String(compressedPeer), met: compressedPeer >= 10 },
    [`list: Payload REST's server CPU per answer ÷ ours @16`]: { target: '≥ 10', measured: String(cpuRatio), met: cpuRatio >= 10 },
    [`worst p99 of our paths @${max}`]: { target: '< 50 ms', measured: `${p99} ms`, met: p99 < 50 },
    [`worst p99 @${max} of our paths whose ceiling's p99 is under 50 ms (${reachable.length} of ${scenarios.length - (search ? 1 : 0)})`]: {
      target: '< 50 ms',
      measured: `${reachableP99} ms`,
      met: reachableP99 < 50,
    },
    '304 ÷ ceiling @16': { target: '≥ 0.8', measured: String(notModifiedCeiling), met: notModifiedCeiling >= 0.8 },
    'search p99 @16': { target: '< 50 ms', measured: `${searchP99} ms`, met: searchP99 < 50 },
    ...(firstSearches && {
      [`search p99, ${firstSearches.terms} terms never asked before, ${firstSearches.concurrency} at a time`]: {
        target: '< 50 ms',
        measured: `${firstSearches.p99Ms} ms`,
        met: firstSearches.p99Ms < 50 && firstSearches.failures === 0,
      },
    }),
    'RSS growth over our paths after warm-up': { target: 'flat (< 50 MB)', measured: `${growth} MB`, met: growth < 50 },
  }
}

export const DEFAULT_BENCH: Omit<ProvinceBenchOptions, 'databaseUri'> = { province: DEFAULT_PROVINCE, duration: 5, connections: [1, 16, 64] }
