import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { todayInChina } from '../../src/domain/dates'
import { seedSampleData } from '../../src/services/seed'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Invariant 1 through Payload REST and GraphQL: anonymous users see published, in-force data only;
 * a draft revision's proposal is visible to its department's editor and to reviewers, never to them.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let draftId: string | number

beforeAll(async () => {
  payload = await startPayload('access')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const created = await call(server.url, 'POST', '/api/revisions', {
    auth: auth.editor,
    body: { department: 'gz-aic', title: '草稿：不应公开', reason: '测试' },
  })
  expect(created.status).toBe(201)
  draftId = created.body.doc.id
  const repeal = await call(server.url, 'DELETE', `/api/revisions/${draftId}/items/QR-00001-000`, { auth: auth.editor })
  expect(repeal.status).toBe(200)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe('anonymous reads through Payload REST', () => {
  it('lists only published items in force today, also with draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const { status, body } = await call(server.url, 'GET', `/api/power-items${query}&limit=100`.replace('&', query ? '&' : '?'))
      expect(status).toBe(200)
      expect(body.totalDocs).toBe(34)
      expect(body.docs.every((doc: any) => doc.effectiveFrom <= todayInChina() && !doc.effectiveTo)).toBe(true)
    }
  })

  it('has no versions endpoint (power items keep no Payload versions; src/server/rest-guards.ts answers 404)', async () => {
    const { status, headers, body } = await call(server.url, 'GET', '/api/power-items/versions')
    expect(status).toBe(404)
    expect(headers.get('content-type')).toContain('application/problem+json')
    expect(body).toMatchObject({ status: 404, title: expect.any(String), detail: expect.any(String) })
  })

  it('sees no revision at all', async () => {
    expect((await call(server.url, 'GET', '/api/revisions')).body.totalDocs ?? 0).toBe(0)
    expect((await call(server.url, 'GET', `/api/revisions/${draftId}`)).status).toBe(403)
    expect((await call(server.url, 'GET', '/api/audit-log')).status).toBe(403)
    expect((await call(server.url, 'GET', `/api/revisions/${draftId}/items`)).status).toBe(401)
    expect((await call(server.url, 'GET', `/api/revisions/${draftId}/items/QR-00001-000`)).status).toBe(401)
    expect((await call(server.url, 'GET', '/api/proposals')).body.totalDocs ?? 0).toBe(0)
  })

  it('cannot write anything', async () => {
    expect((await call(server.url, 'POST', '/api/revisions', { body: { department: 'gz-aic', title: 'x' } })).status).toBe(403)
    expect((await call(server.url, 'POST', '/api/power-items', { body: { code: 'XK-00009-000' } })).status).toBe(403)
    expect((await call(server.url, 'POST', `/api/revisions/${draftId}/submit`)).status).toBe(401)
  })
})

describe('anonymous reads through GraphQL', () => {
  const query = (q: string, authorization?: string) => call(server.url, 'POST', '/api/graphql', { auth: authorization, body: { query: q } })

  it('returns only published, in-force items, also with draft: true', async () => {
    const { body } = await query('{ PowerItems(limit: 100) { totalDocs docs { effectiveFrom effectiveTo } } }')
    expect(body.data.PowerItems.totalDocs).toBe(34)
    expect(body.data.PowerItems.docs.every((doc: any) => doc.effectiveFrom <= todayInChina() && !doc.effectiveTo)).toBe(true)
  })

  it('has no item versions to query, and refuses revisions and proposals', async () => {
    const versions = await query('{ versionsPowerItems { totalDocs } }')
    expect(versions.body.data?.versionsPowerItems).toBeUndefined()
    expect(versions.body.errors?.length).toBeGreaterThan(0)
    const proposals = await query('{ Proposals { totalDocs } }')
    expect(proposals.body.data?.Proposals?.totalDocs ?? 0).toBe(0)
    const revisions = await query('{ Revisions { totalDocs } }')
    expect(revisions.body.data?.Revisions?.totalDocs ?? 0).toBe(0)
  })
})

describe('the actions a user may take (GET /api/revisions/{id}/actions, behind the admin buttons)', () => {
  it('answers each role with exactly its events on a draft, and anonymous users with 401', async () => {
    const events = async (role?: string) => call(server.url, 'GET', `/api/revisions/${draftId}/actions`, { auth: role ? auth[role] : undefined })
    expect((await events('editor')).body).toEqual({
      status: 'draft',
      events: ['submit', 'withdraw'],
      changedSinceApproval: false,
      importable: true,
      behindHead: false,
      rebasable: false,
    })
    expect((await events('admin')).body).toMatchObject({ events: ['submit', 'withdraw'], importable: true })
    expect((await events('reviewer')).body).toMatchObject({ events: [], importable: false })
    expect((await events('publisher')).body).toMatchObject({ events: [], importable: false })
    const anonymous = await events()
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('staff reads', () => {
  it('editor, reviewer, publisher and admin see the draft revision', async () => {
    for (const role of ['editor', 'reviewer', 'publisher', 'admin']) {
      const { status, body } = await call(server.url, 'GET', `/api/revisions/${draftId}`, { auth: auth[role] })
      expect(status, role).toBe(200)
      expect(body.title).toBe('草稿：不应公开')
      const items = await call(server.url, 'GET', `/api/revisions/${draftId}/items`, { auth: auth[role] })
      expect(
        items.body.docs.map((row: any) => row.code),
        role,
      ).toEqual(['QR-00001-000'])
    }
  })

  it('an editor of another department does not', async () => {
    const other = await payload.create({ collection: 'departments', data: { code: 'other', name: '其他部门', regionCode: '520100', level: 'city' } as never })
    await payload.create({
      collection: 'users',
      data: { email: 'other@quanze.test', password: 'quanze-demo', roles: ['editor'], departments: [other.id] } as never,
    })
    const outsider = await login(server.url, 'other@quanze.test')
    // Payload answers 404 for a document the reader may not see: its existence is not disclosed
    expect((await call(server.url, 'GET', `/api/revisions/${draftId}`, { auth: outsider })).status).toBe(404)
    const put = await call(server.url, 'POST', '/api/revisions', { auth: outsider, body: { department: 'gz-aic', title: '越权', reason: 'x' } })
    expect(put.status).toBe(403)
  })

  it('nobody, admins included, can create or publish a power item outside a revision', async () => {
    for (const role of ['admin', 'editor', 'publisher']) {
      const { status } = await call(server.url, 'POST', '/api/power-items', {
        auth: auth[role],
        body: { code: 'XK-00009-000', name: 'x', category: 'XK', _status: 'published' },
      })
      expect(status, role).toBe(403)
    }
    const [item] = (await payload.find({ collection: 'power-items', limit: 1 })).docs
    const patch = await call(server.url, 'PATCH', `/api/power-items/${item.id}`, { auth: auth.admin, body: { name: '改名' } })
    expect(patch.status).toBe(403)
    const gql = await call(server.url, 'POST', '/api/graphql', {
      auth: auth.admin,
      body: { query: `mutation { updatePowerItem(id: ${JSON.stringify(item.id)}, data: { name: "改名" }) { id } }` },
    })
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })
})
