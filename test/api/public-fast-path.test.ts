import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { todayInChina } from '../../src/domain/dates'
import { createApp } from '../../src/server/app'
import { PublicFastPath } from '../../src/server/public/fast-path'
import { seedSampleData } from '../../src/services/seed'
import { getPayload } from 'payload'
import { makeConfig } from '../../payload.config'
import { freshDatabaseUri } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * The fast path (issue 12): a repeated cached public read is answered before express. It must
 * answer exactly as express would (bytes, ETag, codings, security and CORS headers, rate limit),
 * and never serve a list that is no longer the one in force: not after a publication, not after
 * midnight when a future-dated snapshot comes into force.
 */
const LIST = '/api/public/v1/departments/gz-aic/list?limit=1000'
let payload: Payload
let databaseUri: string
let server: Awaited<ReturnType<typeof startServer>>
let auth: Record<string, string>
const served = vi.spyOn(PublicFastPath.prototype as never, 'serve' as never)
const answeredNow = vi.spyOn(PublicFastPath.prototype as never, 'answerNow' as never)

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('public_fast_path')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  auth = Object.fromEntries(await Promise.all(['editor', 'reviewer', 'publisher'].map(async (role) => [role, await login(server.url, `${role}@quanze.test`)])))
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})
afterEach(() => {
  vi.useRealTimers()
})

async function get(path: string, headers: Record<string, string> = {}, base = server.url) {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** Fast-path answers (the spy counts attempts that answered). */
async function fastAnswers(): Promise<number> {
  const results = served.mock.results.filter((result) => result.type === 'return')
  return (await Promise.all(results.map((result) => result.value as Promise<boolean>))).filter(Boolean).length
}

const PER_REQUEST = new Set(['date', 'ratelimit', 'ratelimit-policy', 'keep-alive', 'connection'])
const stable = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => !PER_REQUEST.has(name)))

/** This test's Payload behind an app of its own whose public API allows `perMinute` requests a minute (0: no limit). */
async function appWithRateLimit(perMinute: string) {
  vi.stubEnv('QUANZE_RATE_LIMIT', perMinute)
  const app = createApp({ payload }).listen(0, '127.0.0.1')
  vi.unstubAllEnvs()
  await new Promise((resolve) => app.once('listening', resolve))
  return { app, base: `http://127.0.0.1:${(app.address() as AddressInfo).port}` }
}

/** Publishes a new name for GG-00001-000 through the server at `base` (this test's server unless told). */
async function publish(effectiveFrom: string, name: string, base = server.url) {
  const { body } = await call(base, 'POST', '/api/revisions', {
    auth: auth.editor,
    body: { department: 'gz-aic', title: `调整 ${name}`, reason: '测试快速路径' },
  })
  const item = JSON.parse((await get('/api/public/v1/departments/gz-aic/items/GG-00001-000')).bytes.toString()).item
  const steps = [
    await call(base, 'PUT', `/api/revisions/${body.doc.id}/items/GG-00001-000`, { auth: auth.editor, body: { ...item, name } }),
    await call(base, 'POST', `/api/revisions/${body.doc.id}/submit`, { auth: auth.editor }),
    await call(base, 'POST', `/api/revisions/${body.doc.id}/approve`, { auth: auth.reviewer, body: { comment: '同意' } }),
    await call(base, 'POST', `/api/revisions/${body.doc.id}/publish`, { auth: auth.publisher, body: { effectiveFrom } }),
  ]
  for (const step of steps) expect(step.status, JSON.stringify(step.body)).toBe(200)
}

const itemName = (bytes: Buffer) => JSON.parse(bytes.toString()).items.find((each: { code: string }) => each.code === 'GG-00001-000').name

describe('the fast path of cached public reads', () => {
  it('answers a repeated read with the same bytes and headers as express, in every coding, and 304s', async () => {
    const before = await fastAnswers()
    // fetch asks for br and gzip unless told otherwise
    const identity = { 'accept-encoding': 'identity' }
    const first = await get(LIST, identity)
    expect(first.status).toBe(200)
    const second = await get(LIST, identity)
    expect(await fastAnswers()).toBe(before + 1)
    expect(second.bytes.equals(first.bytes)).toBe(true)
    expect(stable(second.headers)).toEqual(stable(first.headers))
    // helmet's and CORS headers are there, as express's middleware set them
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('access-control-allow-origin')).toBe('*')
    expect(second.headers.get('cross-origin-resource-policy')).toBe('cross-origin')

    const br = await get(LIST, { 'accept-encoding': 'br' })
    const gzip = await get(LIST, { 'accept-encoding': 'gzip' })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    // fetch decodes the body
    expect(br.bytes.equals(first.bytes)).toBe(true)
    expect(gzip.bytes.equals(first.bytes)).toBe(true)
    expect(new Set([first, br, gzip].map((each) => each.headers.get('etag'))).size).toBe(3)

    const revalidated = await get(LIST, { 'if-none-match': br.headers.get('etag')!, ...identity })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'))
    // a 304 carries CORS, not helmet's headers (cache.ts), on this path as on express's
    expect(revalidated.headers.get('access-control-allow-origin')).toBe('*')
    expect(revalidated.headers.get('x-content-type-options')).toBeNull()
    expect(await fastAnswers()).toBe(before + 4)
  })

  it('serves the new list on the first read after a publication', async () => {
    const before = await get(LIST)
    expect((await get(LIST)).headers.get('etag')).toBe(before.headers.get('etag'))
    await publish(todayInChina(), '快速路径发布后的名称')
    const after = await get(LIST, { 'if-none-match': before.headers.get('etag')! })
    expect(after.status).toBe(200)
    expect(itemName(after.bytes)).toBe('快速路径发布后的名称')
  })

  it('serves a list published by another server process on the same database on its next read', async () => {
    // a second Payload on the same database has connections, caches and a stamp of its own, as another process would
    const other = await getPayload({ config: makeConfig({ databaseUri }), key: `${databaseUri}#other` })
    const otherServer = await startServer(other)
    try {
      const before = await get(LIST)
      expect((await get(LIST, { 'if-none-match': before.headers.get('etag')! })).status).toBe(304)
      await publish(todayInChina(), '另一进程发布的名称', otherServer.url)
      const after = await get(LIST, { 'if-none-match': before.headers.get('etag')! })
      expect(after.status).toBe(200)
      expect(itemName(after.bytes)).toBe('另一进程发布的名称')
    } finally {
      await otherServer.close()
      await other.destroy()
    }
  })

  it('answers a revalidation within the call where nothing limits it, with the 304 express gives, until the list changes', async () => {
    const { app, base } = await appWithRateLimit('0')
    const other = await getPayload({ config: makeConfig({ databaseUri }), key: `${databaseUri}#sync` })
    const otherServer = await startServer(other)
    // only SQLite can be read synchronously; elsewhere every answer takes the fast path's async way
    const synchronous = () => answeredNow.mock.results.filter((result) => result.value === true).length
    const canReadNow = databaseUri.startsWith('file:')
    try {
      const identity = { 'accept-encoding': 'identity' }
      const first = await get(LIST, identity, base)
      const etag = first.headers.get('etag')!
      // the first revalidation goes through express (and records the entry), the next ones do not
      const viaExpress = await get(LIST, { 'if-none-match': etag, ...identity }, base)
      const before = synchronous()
      const now = await get(LIST, { 'if-none-match': etag, ...identity }, base)
      expect(synchronous()).toBe(before + (canReadNow ? 1 : 0))
      expect([viaExpress.status, now.status]).toEqual([304, 304])
      expect(stable(now.headers)).toEqual(stable(viaExpress.headers))
      expect(now.headers.get('etag')).toBe(etag)
      // asked for br, the 304 names the br validator, as the 200 in br would have
      const br = await get(LIST, { 'if-none-match': etag, 'accept-encoding': 'br' }, base)
      expect(br.status).toBe(304)
      expect(br.headers.get('etag')).toBe(`${etag.slice(0, -1)}-br"`)
      expect(synchronous()).toBe(before + (canReadNow ? 2 : 0))
      // a validator it does not hold word for word (a list of them) is still a 304, the long way
      expect((await get(LIST, { 'if-none-match': `"other", ${etag}`, ...identity }, base)).status).toBe(304)
      expect(synchronous()).toBe(before + (canReadNow ? 2 : 0))

      await publish(todayInChina(), '同步路径之后的名称', otherServer.url)
      const after = await get(LIST, { 'if-none-match': etag, ...identity }, base)
      expect(after.status).toBe(200)
      expect(itemName(after.bytes)).toBe('同步路径之后的名称')
      expect(synchronous()).toBe(before + (canReadNow ? 2 : 0))
    } finally {
      await new Promise((resolve) => app.close(resolve))
      await otherServer.close()
      await other.destroy()
    }
  })

  it('serves the future-dated list from midnight (China time) on, not the one cached the day before', async () => {
    const tomorrow = todayInChina(new Date(Date.now() + 86_400_000))
    await publish(tomorrow, '明日生效的名称')
    const today = await get(LIST)
    expect(itemName(today.bytes)).not.toBe('明日生效的名称')
    expect((await get(LIST)).headers.get('etag')).toBe(today.headers.get('etag'))
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${tomorrow}T00:00:01+08:00`) })
    const fromMidnight = await get(LIST, { 'if-none-match': today.headers.get('etag')! })
    expect(fromMidnight.status).toBe(200)
    expect(itemName(fromMidnight.bytes)).toBe('明日生效的名称')
  })

  it('counts its answers against the client’s rate limit, with the same 429, RateLimit and CORS headers', async () => {
    const { app, base } = await appWithRateLimit('4')
    try {
      const before = await fastAnswers()
      // a browser portal on another origin: it can read the 429 (and its Retry-After) only with CORS headers
      const portal = { origin: 'https://portal.example.gov.cn' }
      const answers = []
      for (let i = 0; i < 5; i++) answers.push(await get(LIST, portal, base))
      expect(answers.map((each) => each.status)).toEqual([200, 200, 200, 200, 429])
      // the first went through express; the fast path answered the rest, the 429 included
      expect(await fastAnswers()).toBe(before + 4)
      expect(answers.slice(0, 4).map((each) => each.headers.get('ratelimit'))).toEqual([3, 2, 1, 0].map((left) => expect.stringContaining(`r=${left};`)))
      expect(answers[4].headers.get('content-type')).toContain('application/problem+json')
      expect(answers[4].headers.get('access-control-allow-origin')).toBe('*')
      expect(answers[4].headers.get('retry-after')).toMatch(/^\d+$/)
      expect(answers[4].headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await new Promise((resolve) => app.close(resolve))
    }
  })
})
