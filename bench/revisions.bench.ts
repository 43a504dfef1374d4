/**
 * Write-side benchmark of revisions at real size (issue 9), on a fresh database of its own:
 *   - one proposal PUT (HTTP) in revisions of 10, 100 and 1,000 proposals: median (target < 100 ms)
 *   - building a 1,000-proposal revision through the API (target < 60 s) and through putProposals
 *     (the import path, target < 5 s)
 *   - publishing a 1,000-proposal revision on a 1,000-item list (target < 3 s), with the p99 of
 *     `/healthz` and of the public list measured while it runs (target < 100 ms)
 *   - bytes added to the database by publishing a 10-item revision on a 1,000-item list
 *
 * The database is always a fresh one (a new file beside a `file:` URI, a new database on a PostgreSQL
 * server), brought to the schema by the committed migrations.
 *
 *   tsx --conditions=production bench/revisions.bench.ts              # SQLite (a temporary file)
 *   DATABASE_URI=postgres://…/postgres tsx --conditions=production bench/revisions.bench.ts
 *                                                                     # PostgreSQL: a fresh database on that server
 *   BENCH_API_BUILD=200 …                                             # time 200 of the 1,000 API PUTs, scaled up
 *
 * `runRevisionBench(opts)` is exported for `npm run bench`.
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { categoryName, type CategoryCode } from '../src/domain/categories'
import type { PowerItem } from '../src/domain/power-item'
import type { Change } from '../src/domain/proposal'
import { median, percentile } from './stats'

export interface RevisionBenchOptions {
  /** `file:…` or `postgres://…/db`: the server to use; a fresh database is created on it. Default: SQLite in a temp dir. */
  databaseUri?: string
  /** list size and the big revision's size (default 1,000) */
  size?: number
  /** how many of the API-built proposals to time (default: all); fewer are scaled up to `size` and flagged */
  apiBuild?: number
  log?: (line: string) => void
}

export interface RevisionBenchFigures {
  database: 'sqlite' | 'postgres'
  listSize: number
  putMedianMs: Record<string, number>
  putServiceMedianMs: Record<string, number>
  buildViaApiMs: number
  /** how many API PUTs were timed to estimate buildViaApiMs */
  buildViaApiTimed: number
  buildViaBatchMs: number
  publishMs: number
  duringPublication: {
    healthzP99Ms: number
    publicListP99Ms: number
    healthzRequests: number
    publicListRequests: number
    baselineHealthzP99Ms: number
    baselinePublicListP99Ms: number
    /** the longest event-loop delay while publishing (perf_hooks.monitorEventLoopDelay) */
    maxEventLoopBlockMs: number
  }
  bytesAddedBy10ItemRevision: number
  targets: Record<string, string>
}

const PASSWORD = 'bench-password'

export async function runRevisionBench(options: RevisionBenchOptions = {}): Promise<RevisionBenchFigures> {
  const log = options.log ?? ((line: string) => console.log(line))
  const size = options.size ?? 1000
  // `npm run bench` runs this after the province benchmark, in the same process: the settings it
  // changes are put back afterwards, and its database is a fresh one built by the committed
  // migrations (as production does), never the province benchmark's file
  const previousEnv = {
    QUANZE_DB_PUSH: process.env.QUANZE_DB_PUSH,
    QUANZE_LOG_LEVEL: process.env.QUANZE_LOG_LEVEL,
    QUANZE_RATE_LIMIT: process.env.QUANZE_RATE_LIMIT,
  }
  process.env.QUANZE_DB_PUSH = '0'
  process.env.QUANZE_LOG_LEVEL ??= 'fatal'
  process.env.QUANZE_RATE_LIMIT = '0' // the readers below would hit the public rate limit otherwise
  const { uri, kind, drop } = await freshDatabase(options.databaseUri)
  const { makeConfig } = await import('../payload.config')
  const { committedMigrations } = await import('../src/database')
  const { seedSampleData } = await import('../src/services/seed')
  const { createDraftRevision, putProposal, putProposals } = await import('../src/services/proposals')
  const { fireEvent } = await import('../src/services/workflow')
  const { createApp } = await import('../src/server/app')
  const payload = await getPayload({ config: makeConfig({ databaseUri: uri }), key: uri })
  await payload.db.migrate({ migrations: committedMigrations(uri) })
  const server = createApp({ payload, apiRateLimit: 0 }).listen(0, '127.0.0.1') // 1,000 PUTs in a minute are the point
  server.keepAliveTimeout = 120_000 // the client reuses sockets across the long steps
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    await seedSampleData(payload, { demoPassword: PASSWORD })
    const department = (await payload.find({ collection: 'departments', where: { code: { equals: 'gz-aic' } }, limit: 1 })).docs[0]
    const editor = await userReq(payload, 'editor@quanze.test')
    const reviewer = await userReq(payload, 'reviewer@quanze.test')
    const publisher = await userReq(payload, 'publisher@quanze.test')
    const token = await login(url, 'editor@quanze.test')
    const { todayInChina } = await import('../src/domain/dates')
    const today = todayInChina()
    log(
      `${kind}: load average ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`,
    )
    let day = 0
    const nextDate = () => `2017-01-${String(++day).padStart(2, '0')}`

    const publishChanges = async (changes: Change[], effectiveFrom: string) => {
      const revision = await createDraftRevision(editor, { department: department.id, title: `bench ${effectiveFrom}` })
      await putProposals(editor, revision.id, changes)
      await fireEvent(editor, revision.id, 'submit')
      await fireEvent(reviewer, revision.id, 'approve')
      return { id: revision.id, publish: () => fireEvent(publisher, revision.id, 'publish', { effectiveFrom }) }
    }

    // the list: `size` items (the sample's 34 repealed, `size` generated ones added)
    log(`${kind}: publishing a ${size}-item list`)
    const listCodes = Array.from({ length: size }, (_, index) => code(index))
    const sample = (
      await payload.find({ collection: 'power-items', where: { effectiveTo: { exists: false } }, limit: 0, pagination: false, depth: 0 })
    ).docs.map((doc) => String(doc.code))
    const listMs = await timed(async () =>
      (
        await publishChanges(
          [
            ...sample.map((each) => ({ action: 'repeal', code: each }) as Change),
            ...listCodes.map((each) => ({ action: 'add', code: each, item: item(each, 0) }) as Change),
          ],
          nextDate(),
        )
      ).publish(),
    )
    log(`  (list built and published in ${(listMs / 1000).toFixed(1)} s)`)

    // one PUT in revisions of 10, 100 and 1,000 proposals
    const putMedianMs: Record<string, number> = {}
    const putServiceMedianMs: Record<string, number> = {}
    for (const proposals of [10, 100, size]) {
      const revision = await createDraftRevision(editor, { department: department.id, title: `put ${proposals}` })
      await putProposals(
        editor,
        revision.id,
        listCodes.slice(0, proposals).map((each) => ({ action: 'modify', code: each, item: item(each, 1) })),
      )
      const times: number[] = []
      for (let round = 0; round < 15; round++) {
        const target = listCodes[round % proposals]
        times.push(await timed(() => http(url, 'PUT', `/api/revisions/${revision.id}/items/${target}`, token, item(target, round + 2))))
      }
      putMedianMs[String(proposals)] = median(times)
      // the same write without HTTP, login and JSON around it: what the revision's size costs
      const service: number[] = []
      for (let round = 0; round < 15; round++) {
        const target = listCodes[round % proposals]
        service.push(await timed(() => putProposal(editor, revision.id, target, item(target, round + 20))))
      }
      putServiceMedianMs[String(proposals)] = median(service)
      log(
        `  PUT in a revision of ${proposals}: median ${putMedianMs[String(proposals)].toFixed(1)} ms over HTTP, ${putServiceMedianMs[String(proposals)].toFixed(1)} ms in the service`,
      )
      await fireEvent(editor, revision.id, 'withdraw')
    }

    // building 1,000 proposals through the API, one PUT each, and through one batch call
    const viaApi = await createDraftRevision(editor, { department: department.id, title: 'via API' })
    const apiBuild = Math.min(size, options.apiBuild ?? size)
    const buildViaApiMs =
      ((await timed(async () => {
        for (const each of listCodes.slice(0, apiBuild)) await http(url, 'PUT', `/api/revisions/${viaApi.id}/items/${each}`, token, item(each, 3))
      })) *
        size) /
      apiBuild
    log(`  building ${size} proposals via the API: ${(buildViaApiMs / 1000).toFixed(1)} s${apiBuild < size ? ` (scaled up from ${apiBuild})` : ''}`)
    await fireEvent(editor, viaApi.id, 'withdraw')
    const viaBatch = await createDraftRevision(editor, { department: department.id, title: 'via putProposals' })
    const buildViaBatchMs = await timed(() =>
      putProposals(
        editor,
        viaBatch.id,
        listCodes.map((each) => ({ action: 'modify', code: each, item: item(each, 4) })),
      ),
    )
    log(`  building ${size} proposals via putProposals: ${(buildViaBatchMs / 1000).toFixed(2)} s`)
    await fireEvent(editor, viaBatch.id, 'withdraw')

    // publishing 1,000 modifications on the 1,000-item list while readers keep reading
    const big = await publishChanges(
      listCodes.map((each) => ({ action: 'modify', code: each, item: item(each, 5) })),
      nextDate(),
    )
    const publicList = `/api/public/v1/departments/gz-aic/list?date=${today}`
    // the list rendered once before the baseline: its first render is not what the baseline is about
    await (await fetch(`${url}${publicList}`)).arrayBuffer()
    const baseline = await readers(url, publicList, async () => new Promise((resolve) => setTimeout(resolve, 1500)))
    let publishMs = 0
    // the longest stretch the event loop could not run anything else: what a reader waits at worst,
    // less sensitive to a busy shared machine than wall-clock percentiles
    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    const during = await readers(url, publicList, async () => {
      publishMs = await timed(() => big.publish())
    })
    // a block still running when the publication resolves is recorded at the next tick, not before
    await new Promise((resolve) => setTimeout(resolve, 20))
    loop.disable()
    const maxEventLoopBlockMs = loop.max / 1e6
    log(
      `  publishing ${size} modifications: ${(publishMs / 1000).toFixed(2)} s; p99 during it: /healthz ${during.healthz.toFixed(1)} ms, public list ${during.list.toFixed(1)} ms (baseline ${baseline.healthz.toFixed(1)} / ${baseline.list.toFixed(1)} ms); longest event-loop block ${maxEventLoopBlockMs.toFixed(0)} ms`,
    )

    // bytes added by a 10-item revision on the 1,000-item list
    const before = await databaseBytes(payload, kind)
    await (
      await publishChanges(
        listCodes.slice(0, 10).map((each) => ({ action: 'modify', code: each, item: item(each, 6) })),
        nextDate(),
      )
    ).publish()
    const bytesAddedBy10ItemRevision = (await databaseBytes(payload, kind)) - before
    log(`  bytes added by a 10-item revision: ${bytesAddedBy10ItemRevision}`)

    return {
      database: kind,
      listSize: size,
      putMedianMs,
      putServiceMedianMs,
      buildViaApiMs,
      buildViaApiTimed: apiBuild,
      buildViaBatchMs,
      publishMs,
      duringPublication: {
        healthzP99Ms: during.healthz,
        publicListP99Ms: during.list,
        healthzRequests: during.count.healthz,
        publicListRequests: during.count.list,
        baselineHealthzP99Ms: baseline.healthz,
        baselinePublicListP99Ms: baseline.list,
        maxEventLoopBlockMs,
      },
      bytesAddedBy10ItemRevision,
      targets: {
        putMedianMs: '< 100 at every size',
        buildViaApiMs: '< 60000',
        buildViaBatchMs: '< 5000',
        publishMs: '< 3000',
        p99: '< 100 ms',
        maxEventLoopBlockMs: '< 100 ms',
      },
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await payload.destroy()
    // the pool is left open: Payload keeps one of its clients checked out for good (its reconnect
    // watch, db-postgres connect.js), so pool.end() would wait forever; DROP … WITH (FORCE) ends the
    // connections, and every client has an error listener (src/database.ts, Payload's own)
    await drop()
    for (const [name, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/**
 * Two readers of each kind, one request after another, for as long as `work` runs, in a child
 * process (bench/readers.ts): readers on this event loop would time their own decoding too.
 */
async function readers(url: string, publicList: string, work: () => Promise<unknown>) {
  const child = fork(path.join(path.dirname(new URL(import.meta.url).pathname), 'readers.ts'), [url, '/healthz', publicList], {
    execArgv: ['--conditions=production', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const reply = <T>(key: string) =>
    new Promise<T>((resolve) => child.on('message', (message: Record<string, unknown>) => key in message && resolve(message[key] as T)))
  await reply('ready')
  const stopped = reply<Record<string, number[]>>('latencies')
  try {
    await work()
  } finally {
    child.send({ stop: true })
  }
  const latencies = await stopped
  const [healthz, list] = [latencies['/healthz'], latencies[publicList]]
  return {
    healthz: percentile(healthz, 0.99),
    list: percentile(list, 0.99),
    count: { healthz: healthz.length, list: list.length },
  }
}

async function freshDatabase(uri: string | undefined): Promise<{ uri: string; kind: 'sqlite' | 'postgres'; drop: () => Promise<void> }> {
  const suffix = randomBytes(4).toString('hex')
  if (uri && /^postgres(ql)?:\/\//.test(uri)) {
    const name = `quanze_bench_${suffix}`
    const admin = new pg.Client({ connectionString: uri })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const target = new URL(uri)
    target.pathname = `/${name}`
    return {
      uri: target.toString(),
      kind: 'postgres',
      drop: async () => {
        const client = new pg.Client({ connectionString: uri })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  // a fresh file beside the given one (`npm run bench` passes data/bench.db, the province benchmark's)
  const dir = uri?.startsWith('file:') ? path.dirname(path.resolve(uri.slice('file:'.length))) : path.join(os.tmpdir(), 'quanze-bench')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `revisions_${suffix}.db`)
  return { uri: `file:${file}`, kind: 'sqlite', drop: async () => void ['', '-wal', '-shm'].forEach((ext) => rmSync(`${file}${ext}`, { force: true })) }
}

async function databaseBytes(payload: Payload, kind: 'sqlite' | 'postgres'): Promise<number> {
  const db = payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<{ rows: any[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: any[] }> }
  }
  if (kind === 'sqlite') {
    await db.client!.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const pages = (await db.client!.execute('PRAGMA page_count')).rows[0]
    const free = (await db.client!.execute('PRAGMA freelist_count')).rows[0]
    const pageSize = (await db.client!.execute('PRAGMA page_size')).rows[0]
    return (Number(Object.values(pages)[0]) - Number(Object.values(free)[0])) * Number(Object.values(pageSize)[0])
  }
  // table and index sizes, not the database file: PostgreSQL preallocates and vacuums on its own schedule
  const { rows } = await db.pool!.query(
    "SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'",
  )
  return Number(rows[0].bytes)
}

async function userReq(payload: Payload, email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return `JWT ${((await response.json()) as { token: string }).token}`
}

async function http(url: string, method: string, route: string, token: string, body: unknown): Promise<void> {
  const response = await fetch(`${url}${route}`, { method, headers: { authorization: token, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
  await response.arrayBuffer()
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

const CATEGORIES: CategoryCode[] = ['XK', 'CF', 'QZ', 'ZS', 'JF', 'QR', 'JL', 'CJ', 'JC', 'QT']
const code = (index: number) => `${CATEGORIES[index % CATEGORIES.length]}-${String(1000 + Math.floor(index / CATEGORIES.length)).padStart(5, '0')}-000`

/** A realistic item (legal basis, procedure, duties of real lengths); `edition` varies its content. */
function item(itemCode: string, edition: number): PowerItem {
  const category = itemCode.slice(0, 2) as CategoryCode
  return {
    code: itemCode,
    name: `${categoryName(category)}事项 ${itemCode}（第${edition}版）`,
    category,
    categoryName: categoryName(category),
    parentCode: null,
    handlingUnit: '企业注册局',
    legalBasis: [
      {
        law: '《中华人民共和国行政许可法》',
        documentNo: '主席令第7号',
        article: '第十二条',
        text: '下列事项可以设定行政许可：（一）直接涉及国家安全、公共安全、经济宏观调控、生态环境保护以及直接关系人身健康、生命财产安全等特定活动，需要按照法定条件予以批准的事项。',
      },
      {
        law: '《中华人民共和国公司登记管理条例》',
        documentNo: '国务院令第156号',
        article: `第${edition + 3}条`,
        text: '公司经公司登记机关依法登记，领取《企业法人营业执照》，方取得企业法人资格。',
      },
    ],
    conditions: '申请人应当具备法律、法规规定的条件，提交的申请材料齐全、符合法定形式。',
    materials: ['申请书', '身份证明', '章程'],
    procedure: [
      { name: '受理', description: '窗口受理申请材料，当场告知是否受理', deadline: '当场' },
      { name: '审查', description: '对申请材料进行审查，必要时进行实地核查', deadline: '10个工作日' },
      { name: '决定', description: '作出准予或者不予许可的决定', deadline: '5个工作日' },
    ],
    statutoryDeadline: { value: 20, unit: 'workday', note: null },
    committedDeadline: { value: 10 + (edition % 5), unit: 'workday', note: null },
    fees: { charged: false, items: [] },
    responsibilities: [
      { stage: 'acceptance', duty: '依法受理申请，一次性告知需要补正的全部内容', basis: null },
      { stage: 'review', duty: '对申请材料进行审查，提出审查意见', basis: null },
      { stage: 'decision', duty: '作出准予或者不予许可的决定，不予许可的说明理由', basis: null },
    ],
    accountability: ['对符合法定条件的申请不予受理的', '不在法定期限内作出准予或者不予许可决定的'],
    supervisionPhone: '0851-85555555',
    consultationPhone: '12315',
    remarks: null,
    effectiveFrom: null,
    effectiveTo: null,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runRevisionBench({ databaseUri: process.env.DATABASE_URI, apiBuild: process.env.BENCH_API_BUILD ? Number(process.env.BENCH_API_BUILD) : undefined })
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2))
      process.exit(0)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
