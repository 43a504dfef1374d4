import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { createApp } from '../../src/server/app'
import { ByteCache } from '../../src/server/public/cache'
import { publicRoutes } from '../../src/server/public-api'
import { seedSampleData } from '../../src/services/seed'
import { startPayload } from '../support/payload'
import { call, login } from '../support/server'

/**
 * The access matrix, generated from the route list (issue 11): every Payload REST endpoint of every
 * collection (versions and workflow endpoints included), every GraphQL query and every public API
 * route, as anonymous and as each role. No answer is a 5xx; anonymous answers never carry a word of
 * an unpublished draft; nobody writes items, snapshots or the audit log.
 */
const ROLES = ['anonymous', 'editor', 'reviewer', 'publisher', 'admin'] as const
const MARKER = 'UNPUBLISHED草稿标记'
const IMMUTABLE = ['power-items', 'snapshots', 'audit-log']

let payload: Payload
let url: string
let close: () => Promise<void>
const auth: Record<string, string | undefined> = {}
let draftId: string | number
const ids: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload('security_matrix')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  // the matrix makes about a thousand calls from one address: no rate limit on this server
  const server = createApp({ payload, apiRateLimit: 0 }).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  for (const role of ROLES) auth[role] = role === 'anonymous' ? undefined : await login(url, `${role}@quanze.test`)
  const draft = await call(url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: `${MARKER} 标题`, reason: MARKER } })
  expect(draft.status).toBe(201)
  draftId = draft.body.doc.id
  const current = await call(url, 'GET', '/api/public/v1/departments/gz-aic/items/XK-00001-000')
  expect(current.status).toBe(200)
  const proposed = await call(url, 'PUT', `/api/revisions/${draftId}/items/XK-00001-000`, {
    auth: auth.editor,
    body: { ...current.body.item, name: `${MARKER} 事项` },
  })
  expect(proposed.status, JSON.stringify(proposed.body).slice(0, 300)).toBe(200)
  for (const collection of payload.config.collections) {
    const { docs } = await payload.find({ collection: collection.slug as CollectionSlug, limit: 1, depth: 0, overrideAccess: true })
    ids[collection.slug] = docs[0] ? String(docs[0].id) : '1'
  }
  ids.revisions = String(draftId)
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})

interface Probe {
  method: string
  path: string
}

/** Every endpoint Payload serves for the collections, with its parameters filled in. */
function restProbes(): Probe[] {
  const probes: Probe[] = []
  for (const collection of payload.config.collections) {
    const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
    for (const endpoint of endpoints) {
      const path = endpoint.path
        .replace('/access/:id?', '/access')
        .replace(':id', ids[collection.slug])
        .replace(':code', 'XK-00001-000')
        .replace(/:[a-zA-Z]+\??/g, 'probe')
      probes.push({ method: endpoint.method.toUpperCase(), path: `/api/${collection.slug}${path === '/' ? '' : path}` })
    }
  }
  return probes
}

function publicProbes(): string[] {
  const { cached, compressed } = publicRoutes(payload, new ByteCache(1))
  const routes = [...cached, ...compressed]
  return routes.map((route) => `/api/public/v1${route.path.replace(':dept', 'gz-aic').replace(':code', 'XK-00001-000').replace(':id', String(draftId))}`)
}

const fingerprint = async (slug: string) =>
  JSON.stringify((await payload.find({ collection: slug as never, limit: 0, pagination: false, depth: 0, sort: 'id', overrideAccess: true })).docs)

describe('REST: every collection endpoint × every role', () => {
  it('is generated from the route list', () => {
    const probes = restProbes()
    expect(probes.length).toBeGreaterThan(60)
    for (const needed of [
      '/api/revisions/versions',
      `/api/revisions/${draftId}/submit`,
      `/api/revisions/${draftId}/items/XK-00001-000`,
      '/api/users/login',
      '/api/power-items/versions',
    ]) {
      expect(probes.map((probe) => probe.path)).toContain(needed)
    }
  })

  it('reads: never a 5xx, and anonymous answers carry nothing unpublished', async () => {
    for (const role of ROLES) {
      for (const probe of restProbes().filter((each) => each.method === 'GET')) {
        const result = await call(url, 'GET', probe.path, { auth: auth[role] })
        expect(result.status, `${role} GET ${probe.path}`).toBeLessThan(500)
        if (role === 'anonymous') expect(JSON.stringify(result.body), `anonymous GET ${probe.path}`).not.toContain(MARKER)
      }
    }
  })

  it('writes: anonymous changes nothing anywhere; nobody writes items, snapshots or the audit log', async () => {
    const slugs = payload.config.collections.map((collection) => collection.slug).filter((slug) => slug !== 'audit-log')
    const before = await Promise.all([...slugs, ...IMMUTABLE].map(fingerprint))
    const auditBefore = (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    for (const role of ROLES) {
      for (const probe of restProbes().filter((each) => each.method !== 'GET')) {
        const immutable = IMMUTABLE.some((slug) => probe.path.startsWith(`/api/${slug}`))
        if (role !== 'anonymous' && !immutable) continue // legitimate staff writes: test/api/workflow-matrix.test.ts
        const result = await call(url, probe.method, probe.path, {
          auth: auth[role],
          body: { code: 'XK-00099-000', name: MARKER, action: 'forged', sequence: 1, hash: 'x' },
        })
        expect(result.status, `${role} ${probe.method} ${probe.path}`).toBeLessThan(500)
        // POST …/access only reports permissions; logout ends a session there is none of
        const readOnly = /\/(access|logout)(\/|$)/.test(probe.path)
        if (!readOnly && (immutable || role === 'anonymous')) expect(result.status, `${role} ${probe.method} ${probe.path}`).toBeGreaterThanOrEqual(400)
      }
    }
    expect(await Promise.all([...slugs, ...IMMUTABLE].map(fingerprint))).toEqual(before)
    // the only trace of all this: failed anonymous logins
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { sequence: { greater_than: auditBefore } },
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.every((doc: any) => doc.action === 'login.failed')).toBe(true)
  }, 300_000)
})

describe('GraphQL: every query × every role', () => {
  let fields: Array<{ name: string; args: Array<{ name: string; type: { kind: string } }> }>

  beforeAll(async () => {
    const schema = await call(url, 'POST', '/api/graphql', {
      auth: auth.admin,
      body: { query: '{ __schema { queryType { fields { name args { name type { kind } } } } } }' },
    })
    fields = schema.body.data.__schema.queryType.fields
  })

  it('answers every query without a server error, and anonymous users see no draft', async () => {
    expect(fields.length).toBeGreaterThan(15)
    for (const role of ROLES) {
      for (const field of fields) {
        const needsId = field.args.some((arg) => arg.name === 'id' && arg.type.kind === 'NON_NULL')
        const query = `{ ${field.name}${needsId ? `(id: ${/^\d+$/.test(ids.revisions) ? ids.revisions : `"${ids.revisions}"`})` : ''} { __typename } }`
        const result = await call(url, 'POST', '/api/graphql', { auth: auth[role], body: { query } })
        expect(result.status, `${role} ${query}`).toBeLessThan(500)
        const serverErrors = (result.body.errors ?? []).filter((error: any) => (error.extensions?.statusCode ?? 0) >= 500)
        expect(serverErrors, `${role} ${query}`).toEqual([])
      }
    }
    const drafts = await call(url, 'POST', '/api/graphql', {
      body: { query: '{ Revisions { docs { title reason } } PowerItems(draft: true, limit: 100) { docs { name } } }' },
    })
    expect(JSON.stringify(drafts.body)).not.toContain(MARKER)
  })
})

describe('public API: every route × every role', () => {
  it('never a 5xx, never a draft, and only GET', async () => {
    const paths = publicProbes()
    expect(paths.length).toBeGreaterThanOrEqual(14)
    for (const role of ROLES) {
      for (const path of paths) {
        const result = await call(url, 'GET', path, { auth: auth[role] })
        expect(result.status, `${role} ${path}`).toBeLessThan(500)
        expect(JSON.stringify(result.body), `${role} ${path}`).not.toContain(MARKER)
        if (role === 'anonymous') expect((await call(url, 'POST', path, { body: {} })).status, `POST ${path}`).toBe(405)
      }
    }
  })
})
