import autocannon from 'autocannon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { seedSampleData } from '../../src/services/seed'
import { makeItem } from '../support/items'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { call, login } from '../support/server'
import { startServerProcess, type ServerProcess } from '../support/server-process'

/**
 * Load on the public API while editors write (issue 11): autocannon on the public routes for
 * QUANZE_LOAD_SECONDS (default 5; 60 for the documented run) while two editors keep writing
 * proposals through Payload REST. Every answer is 2xx, every write succeeds, and the server's RSS
 * (sampled each second in its own process) grows by less than QUANZE_LOAD_RSS_MB (default 300 MB).
 */
const SECONDS = Number(process.env.QUANZE_LOAD_SECONDS ?? 5)
const RSS_GROWTH_MB = Number(process.env.QUANZE_LOAD_RSS_MB ?? 300)
const BASE = '/api/public/v1'
let payload: Payload
let server: ServerProcess

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('public_load')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServerProcess(databaseUri)
})
afterAll(async () => {
  await server?.kill()
  await payload?.destroy()
})

/** One editor: a draft revision of its own, then PUTs of proposals until told to stop. */
async function editor(auth: string, prefix: number, running: () => boolean) {
  const created = await call(server.url, 'POST', '/api/revisions', {
    auth,
    body: { department: await departmentId(), title: `负载下编辑 ${prefix}`, reason: '负载' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const statuses: Record<number, number> = {}
  for (let written = 0; running(); written++) {
    const code = `XK-${String(prefix * 1000 + (written % 1000)).padStart(5, '0')}-000`
    const put = await call(server.url, 'PUT', `/api/revisions/${created.body.doc.id}/items/${code}`, {
      auth,
      body: makeItem(code, { name: `负载事项 ${written}` }),
    })
    statuses[put.status] = (statuses[put.status] ?? 0) + 1
  }
  return statuses
}

async function departmentId() {
  return (await payload.find({ collection: 'departments', where: { code: { equals: 'gz-aic' } }, limit: 1, overrideAccess: true })).docs[0].id
}

describe(`${SECONDS} s of load on the public API while editors write, on ${testDatabase}`, () => {
  it('answers every request 2xx, every write succeeds, and memory stays bounded', { timeout: 120_000 + SECONDS * 1000 }, async () => {
    const requests = [
      `${BASE}/departments`,
      `${BASE}/departments/gz-aic/list`,
      `${BASE}/departments/gz-aic/items/CF-00001-000`,
      `${BASE}/departments/gz-aic/items/CF-00001-000/history`,
      `${BASE}/departments/gz-aic/snapshots`,
      `${BASE}/search?q=${encodeURIComponent('许可')}`,
      `${BASE}/changes`,
    ].map((path) => ({ method: 'GET' as const, path }))
    for (const { path } of requests) expect((await call(server.url, 'GET', path)).status, path).toBe(200)
    const startRss = await server.rss()
    const samples: number[] = []
    const sampler = setInterval(() => void server.rss().then((rss) => samples.push(rss)), 1000)
    const auths = [await login(server.url, 'editor@quanze.test'), await login(server.url, 'admin@quanze.test')]
    let running = true
    const writers = Promise.all(auths.map((auth, index) => editor(auth, 30 + index, () => running)))
    const result = await autocannon({ url: server.url, connections: 8, duration: SECONDS, requests, timeout: 20 })
    running = false
    const writes = await writers
    clearInterval(sampler)
    const endRss = await server.rss()
    const maxRss = Math.max(startRss, endRss, ...samples)
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
    console.info(
      `load ${SECONDS} s on ${testDatabase}: ${result.requests.total} public requests (${Math.round(result.requests.total / result.duration)}/s), ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; ` +
        `writes ${JSON.stringify(writes)}; RSS ${mb(startRss)} → max ${mb(maxRss)} → end ${mb(endRss)} MB`,
    )
    expect(result.requests.total).toBeGreaterThan(SECONDS * 10)
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({ non2xx: 0, errors: 0, timeouts: 0 })
    for (const statuses of writes) {
      expect(Object.keys(statuses), JSON.stringify(statuses)).toEqual(['200'])
      expect(statuses[200]).toBeGreaterThan(0)
    }
    expect(mb(maxRss - startRss)).toBeLessThan(RSS_GROWTH_MB)
  })
})
