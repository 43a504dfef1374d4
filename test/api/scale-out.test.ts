import { fork, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInChina } from '../../src/domain/dates'
import { seedSampleData } from '../../src/services/seed'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { login } from '../support/server'

/**
 * Scaling out (README "Scaling out"): two server processes on one database answer every public
 * read with the same bytes and the same ETags, and a publication made through one is served by
 * the other on its next request. Nothing but the database is shared. Runs on PostgreSQL with
 * QUANZE_TEST_DB=postgres (the production set-up), else on one SQLite file.
 */
interface Server {
  child: ChildProcess
  port: number
}

let payload: Payload
let databaseUri: string
const servers: Server[] = []

function start(): Promise<Server> {
  const child = fork('bench/server.ts', [], {
    execArgv: ['--conditions=production', '--import', 'tsx'],
    env: { ...process.env, DATABASE_URI: databaseUri, QUANZE_DB_PUSH: '0', QUANZE_RATE_LIMIT: '0', QUANZE_LOG_LEVEL: 'fatal' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    child.on('message', (message: { port?: number }) => message.port && resolve({ child, port: message.port }))
  })
}

/** A GET as a proxy in front of both would send it: same Host, raw bytes, no decoding. */
function raw(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; etag: string | undefined; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: server.port, path, headers: { host: 'quanze.example', ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, etag: response.headers.etag, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
  })
}

const PATHS = [
  '/api/public/v1/departments',
  '/api/public/v1/departments/gz-aic/list',
  '/api/public/v1/departments/gz-aic/list?limit=1000&locale=zh-Hant',
  '/api/public/v1/departments/gz-aic/list?asOf=2015-08-01&category=CF',
  '/api/public/v1/departments/gz-aic/items/GG-00001-000',
  '/api/public/v1/departments/gz-aic/items/XK-00002-000/history',
  '/api/public/v1/search?q=%E5%BB%A3%E5%91%8A',
  '/api/public/v1/changes.atom',
  '/api/public/v1/departments/gz-aic/snapshots',
  '/api/public/v1/openapi.json',
]

async function expectSame(path: string, headers: Record<string, string> = {}) {
  const [a, b] = await Promise.all(servers.map((server) => raw(server, path, headers)))
  expect(a.status, path).toBe(200)
  expect(b.status, path).toBe(200)
  expect(b.etag, path).toBe(a.etag)
  expect(b.encoding, path).toBe(a.encoding)
  expect(b.body.equals(a.body), path).toBe(true)
  return a
}

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('scale_out')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  servers.push(...(await Promise.all([start(), start()])))
})

afterAll(async () => {
  for (const server of servers) server.child.kill()
  await payload?.destroy()
})

describe(`two server processes on one ${testDatabase} database`, () => {
  it('answer every public read with the same bytes and ETag, in every coding', async () => {
    for (const path of PATHS) {
      await expectSame(path, { 'accept-encoding': 'identity' })
      const first = await expectSame(path, { 'accept-encoding': 'gzip' })
      // and a validator from one is honoured by the other
      if (first.etag) {
        const [a, b] = await Promise.all(servers.map((server) => raw(server, path, { 'accept-encoding': 'gzip', 'if-none-match': first.etag as string })))
        expect([a.status, b.status], path).toEqual([304, 304])
      }
    }
    await expectSame('/api/public/v1/departments/gz-aic/list?limit=1000', { 'accept-encoding': 'br' })
  })

  it('a publication through one process is served by the other on its next request', async () => {
    const [a, b] = servers
    const url = (server: Server) => `http://127.0.0.1:${server.port}`
    // warm both caches with today's list first
    const before = await raw(b, '/api/public/v1/departments/gz-aic/list?limit=1000')
    const auth = Object.fromEntries(
      await Promise.all(['editor', 'reviewer', 'publisher'].map(async (role) => [role, await login(url(a), `${role}@quanze.test`)])),
    )
    const post = async (path: string, role: string, body?: unknown) => {
      const response = await fetch(`${url(a)}${path}`, {
        method: path.includes('/items/') ? 'PUT' : 'POST',
        headers: { authorization: auth[role], 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300)
      return response.json() as Promise<any>
    }
    const { doc } = await post('/api/revisions', 'editor', { department: 'gz-aic', title: '今日生效的调整', reason: '测试横向扩展' })
    const item = JSON.parse((await raw(a, '/api/public/v1/departments/gz-aic/items/GG-00001-000')).body.toString()).item
    await post(`/api/revisions/${doc.id}/items/GG-00001-000`, 'editor', { ...item, name: '横向扩展后的事项名称' })
    await post(`/api/revisions/${doc.id}/submit`, 'editor')
    await post(`/api/revisions/${doc.id}/approve`, 'reviewer', { comment: '同意' })
    const today = todayInChina()
    await post(`/api/revisions/${doc.id}/publish`, 'publisher', { effectiveFrom: today })

    const after = await raw(b, '/api/public/v1/departments/gz-aic/list?limit=1000')
    expect(after.etag).not.toBe(before.etag)
    const list = JSON.parse(after.body.toString())
    expect(list.snapshot.effectiveFrom).toBe(today)
    expect(list.items.find((each: any) => each.code === 'GG-00001-000').name).toBe('横向扩展后的事项名称')
    const search = JSON.parse((await raw(b, `/api/public/v1/search?q=${encodeURIComponent('横向扩展')}`)).body.toString())
    expect(search.items.map((hit: any) => hit.code)).toEqual(['GG-00001-000'])
    for (const path of PATHS) await expectSame(path, { 'accept-encoding': 'gzip' })
  })
})
