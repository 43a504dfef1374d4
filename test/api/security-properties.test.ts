import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createApp } from '../../src/server/app'
import { seedSampleData } from '../../src/services/seed'
import { startPayload } from '../support/payload'
import { call, login } from '../support/server'

/**
 * Property tests (issue 11): whatever a client sends — public query parameters, workflow bodies,
 * item bodies — the answer is a 2xx or a 4xx, never a 5xx, and a 4xx changes nothing.
 * QUANZE_PROPERTY_RUNS sets the runs per property (default 25).
 */
const RUNS = Number(process.env.QUANZE_PROPERTY_RUNS ?? 25)
let payload: Payload
let url: string
let close: () => Promise<void>
const auth: Record<string, string> = {}
let revisionId: string | number
let item: Record<string, unknown>

beforeAll(async () => {
  payload = await startPayload('security_properties')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  const server = createApp({ payload, apiRateLimit: 0 }).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  for (const role of ['editor', 'reviewer']) auth[role] = await login(url, `${role}@quanze.test`)
  revisionId = (await call(url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: '性质测试', reason: '测试' } })).body.doc.id
  item = (await call(url, 'GET', '/api/public/v1/departments/gz-aic/items/XK-00001-000')).body.item
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})

async function send(method: string, path: string, body: string | undefined, authorization?: string, type = 'application/json') {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(authorization ? { authorization } : {}), ...(body !== undefined ? { 'content-type': type } : {}) },
    body,
  })
  await response.arrayBuffer()
  return response.status
}

const revisionState = async () => {
  const doc = (await payload.findByID({ collection: 'revisions', id: revisionId, depth: 0, overrideAccess: true })) as any
  const audit = (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
  const proposals = (
    await payload.find({
      collection: 'proposals' as never,
      where: { revision: { equals: revisionId } },
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
    })
  ).docs
  return JSON.stringify({ status: doc.status, updatedAt: doc.updatedAt, proposals, audit })
}

const anyBody = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.dictionary(fc.string(), fc.jsonValue()).map((value) => JSON.stringify(value)),
  fc.string().map((text) => `{"comment": "${text}`),
)

describe('public query parameters', () => {
  const names = fc.constantFrom('date', 'locale', 'q', 'category', 'page', 'limit', 'from', 'to', 'at', 'since', 'subject', 'format', 'x')
  const values = fc.oneof(
    fc.string(),
    fc.constantFrom('2016-10-01', '2016-02-30', 'zh-Hant', 'en', '-1', '0', '99999999999', '1e3', '%', '\u0000', '𠮷'),
    fc.integer().map(String),
  )
  const paths = fc.constantFrom(
    '/departments/gz-aic/list',
    '/departments/gz-aic/items/XK-00001-000',
    '/departments/gz-aic/items/XK-00001-000/history',
    '/changes',
    '/departments/gz-aic/compare',
    '/departments/gz-aic/snapshots',
    '/departments',
  )

  it('answer 2xx, 304 or 4xx, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(paths, fc.array(fc.tuple(names, values), { maxLength: 4 }), async (path, params) => {
        const status = await send('GET', `/api/public/v1${path}?${new URLSearchParams(params)}`, undefined)
        expect(status, `${path}?${new URLSearchParams(params)}`).toBeLessThan(500)
      }),
      { numRuns: RUNS * 4 },
    )
  })
})

describe('workflow bodies', () => {
  it('a refused submit changes nothing; an accepted one is undone for the next run', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await revisionState()
        const status = await send('POST', `/api/revisions/${revisionId}/submit`, body, auth.editor)
        expect(status, body).toBeLessThan(500)
        if (status >= 400) expect(await revisionState(), body).toBe(before)
        else expect((await call(url, 'POST', `/api/revisions/${revisionId}/withdraw`, { auth: auth.editor })).status).toBe(200)
        if (status < 400) {
          // withdrawn is final: continue on a fresh draft
          revisionId = (await call(url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: '性质测试', reason: '测试' } }))
            .body.doc.id
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('a body that is not a JSON object is a 400, as any content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().filter((text) => text.trim() !== '' && !/^\s*\{[\s\S]*\}\s*$/.test(text)),
          fc
            .jsonValue()
            .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
            .map((value) => JSON.stringify(value)),
        ),
        async (body) => {
          const before = await revisionState()
          const status = await send('POST', `/api/revisions/${revisionId}/submit`, body, auth.editor)
          expect(status, body).toBe(400)
          expect(await revisionState()).toBe(before)
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('item bodies', () => {
  const field = fc.constantFrom('name', 'code', 'category', 'legalBasis', 'subject', 'deadline', 'fee', 'responsibilities', 'procedure', 'extra')
  const mutation = fc.tuple(field, fc.oneof(fc.jsonValue(), fc.string({ maxLength: 2000 }), fc.constant(undefined)))

  it('a refused proposal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 3 }), fc.boolean(), async (mutations, raw) => {
        const proposed: Record<string, unknown> = { ...item }
        for (const [name, value] of mutations) proposed[name] = value
        const body = raw ? JSON.stringify(proposed).slice(0, -1) : JSON.stringify(proposed)
        const before = await revisionState()
        const status = await send('PUT', `/api/revisions/${revisionId}/items/XK-00001-000`, body, auth.editor)
        expect(status, body.slice(0, 300)).toBeLessThan(500)
        if (status >= 400) expect(await revisionState(), body.slice(0, 300)).toBe(before)
      }),
      { numRuns: RUNS },
    )
  })
})
