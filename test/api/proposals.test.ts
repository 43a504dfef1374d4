import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { getPayload, type Payload } from 'payload'
import type { PowerItem } from '../../src/domain/power-item'
import { seedSampleData } from '../../src/services/seed'
import { headSnapshot, findDepartment } from '../../src/services/snapshots'
import { makeItem } from '../support/items'
import { startPayload } from '../support/payload'
import { login, startServer } from '../support/server'

/**
 * Proposals as records of their own, through REST: the paged list with its filters, the ETag of
 * one proposal and If-Match on PUT and DELETE (412 when stale, exactly one winner of 20 racing
 * writes), the admin form's version check, and title and reason as part of what is approved.
 */
const PROBLEM = 'application/problem+json'
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let revisionId: string | number
let base: PowerItem[]

beforeAll(async () => {
  payload = await startPayload('proposals')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const department = await findDepartment({ payload }, 'gz-aic')
  base = (await headSnapshot({ payload }, department!.id))!.items
  const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '并发与筛选', reason: '测试' })
  expect(created.status).toBe(201)
  revisionId = created.body.doc.id
  for (const code of ['XK-00101-000', 'XK-00102-000', 'CF-00101-000']) {
    expect((await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', makeItem(code, { name: `新增事项 ${code}` }))).status).toBe(200)
  }
  const modified = base.find((item) => item.code === 'XK-00001-000')!
  expect((await rest('PUT', `/api/revisions/${revisionId}/items/XK-00001-000`, 'editor', { ...modified, name: '内资公司登记（改）' })).status).toBe(200)
  expect((await rest('DELETE', `/api/revisions/${revisionId}/items/QT-00004-000`, 'editor')).status).toBe(200)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, role?: string, body?: unknown, headers: Record<string, string> = {}) =>
  callWith(method, path, role ? auth[role] : undefined, body, headers)

async function callWith(method: string, path: string, authorization: string | undefined, body: unknown, headers: Record<string, string>) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(authorization ? { authorization } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null }
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, title?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
  expect(response.body).toMatchObject({ status, title: title ?? expect.any(String), detail: expect.any(String) })
}

const codes = (response: { body: any }) => response.body.docs.map((doc: any) => doc.code)

describe('GET /api/revisions/{id}/items: the proposals, paged and filtered', () => {
  it('lists every proposal in code order with its action, version and hash', async () => {
    const list = await rest('GET', `/api/revisions/${revisionId}/items`, 'reviewer')
    expect(list.status).toBe(200)
    expect(list.body).toMatchObject({ totalDocs: 5, page: 1 })
    expect(list.body.docs.map((doc: any) => [doc.code, doc.action])).toEqual([
      ['CF-00101-000', 'add'],
      ['QT-00004-000', 'repeal'],
      ['XK-00001-000', 'modify'],
      ['XK-00101-000', 'add'],
      ['XK-00102-000', 'add'],
    ])
    expect(list.body.docs.every((doc: any) => doc.version === 1 && /^[0-9a-f]{64}$/.test(doc.hash))).toBe(true)
  })

  it('filters by action, category and text, and pages', async () => {
    expect(codes(await rest('GET', `/api/revisions/${revisionId}/items?action=add`, 'editor'))).toEqual(['CF-00101-000', 'XK-00101-000', 'XK-00102-000'])
    expect(codes(await rest('GET', `/api/revisions/${revisionId}/items?category=XK&action=add`, 'editor'))).toEqual(['XK-00101-000', 'XK-00102-000'])
    expect(codes(await rest('GET', `/api/revisions/${revisionId}/items?q=${encodeURIComponent('登记（改）')}`, 'editor'))).toEqual(['XK-00001-000'])
    expect(codes(await rest('GET', `/api/revisions/${revisionId}/items?q=XK-0010`, 'editor'))).toEqual(['XK-00101-000', 'XK-00102-000'])
    const page2 = await rest('GET', `/api/revisions/${revisionId}/items?limit=2&page=2`, 'editor')
    expect(page2.body).toMatchObject({ page: 2, limit: 2, totalDocs: 5, totalPages: 3 })
    expect(codes(page2)).toEqual(['XK-00001-000', 'XK-00101-000'])
  })

  it('answers a bad parameter with 400 naming it', async () => {
    for (const [query, name] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['page=-1', 'page'],
      ['action=rename', 'action'],
      ['category=ZZ', 'category'],
    ]) {
      const response = await rest('GET', `/api/revisions/${revisionId}/items?${query}`, 'editor')
      expectProblem(response, 400, 'Invalid parameter')
      expect(response.body.errors[0].path).toBe(name)
    }
  })

  it('pages the diff the same way, with the summary of the whole revision', async () => {
    const diff = await rest('GET', `/api/revisions/${revisionId}/diff?action=add&limit=2`, 'reviewer')
    expect(diff.status).toBe(200)
    expect(diff.body.items.map((item: any) => [item.code, item.change])).toEqual([
      ['CF-00101-000', 'added'],
      ['XK-00101-000', 'added'],
    ])
    expect(diff.body.page).toEqual({ page: 1, limit: 2, totalDocs: 3, totalPages: 2 })
    expect(diff.body.summary).toMatchObject({ added: 3, modified: 1, repealed: 1 })
    expect(diff.body.summary.after.all).toBe(diff.body.summary.before.all + 2)
  })

  it('is refused to anonymous users (401) and hidden from an editor of another department (404); every staff role reads it', async () => {
    expectProblem(await rest('GET', `/api/revisions/${revisionId}/items`), 401)
    expectProblem(await rest('GET', `/api/revisions/${revisionId}/items/XK-00101-000`), 401)
    for (const role of ['editor', 'reviewer', 'publisher', 'admin']) {
      expect((await rest('GET', `/api/revisions/${revisionId}/items`, role)).status, role).toBe(200)
      expect((await rest('GET', `/api/revisions/${revisionId}/items/XK-00101-000`, role)).status, role).toBe(200)
    }
    const other = await payload.create({
      collection: 'departments',
      data: { code: 'gz-other', name: '其他部门', regionCode: '520100', level: 'city' } as never,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'outsider@quanze.test', password: 'quanze-demo', roles: ['editor'], departments: [other.id] } as never,
    })
    const outsider = await login(server.url, 'outsider@quanze.test')
    expectProblem(await callWith('GET', `/api/revisions/${revisionId}/items`, outsider, undefined, {}), 404)
    expectProblem(await callWith('GET', `/api/revisions/${revisionId}/items/XK-00101-000`, outsider, undefined, {}), 404)
    expect((await callWith('GET', '/api/proposals', outsider, undefined, {})).body.totalDocs).toBe(0)
  })
})

describe('optimistic concurrency: ETag and If-Match', () => {
  const code = 'XK-00101-000'

  it('GET returns the proposal with its version as ETag; an unknown code is 404', async () => {
    const got = await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'editor')
    expect(got.status).toBe(200)
    expect(got.headers.get('etag')).toBe('"1"')
    expect(got.body.doc).toMatchObject({ code, action: 'add', version: 1, item: { name: `新增事项 ${code}` } })
    expectProblem(await rest('GET', `/api/revisions/${revisionId}/items/XK-09999-000`, 'editor'), 404)
  })

  it('PUT with the current ETag saves and answers the next one; with a stale one 412 and nothing changes', async () => {
    const saved = await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', makeItem(code, { name: '第二版' }), { 'if-match': '"1"' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.headers.get('etag')).toBe('"2"')
    expect(saved.body.proposal).toMatchObject({ version: 2, item: { name: '第二版' } })
    const auditBefore = (await payload.count({ collection: 'audit-log' })).totalDocs
    const stale = await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', makeItem(code, { name: '过期的修改' }), { 'if-match': '"1"' })
    expectProblem(stale, 412, 'Precondition failed')
    expect(stale.body.detail).toContain('version 2')
    expectProblem(await rest('DELETE', `/api/revisions/${revisionId}/items/${code}`, 'editor', undefined, { 'if-match': 'W/"1"' }), 412)
    const now = await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'editor')
    expect(now.body.doc).toMatchObject({ version: 2, item: { name: '第二版' } })
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(auditBefore)
  })

  it('If-Match on a code not proposed yet is 412; without If-Match the behaviour is as before', async () => {
    expectProblem(await rest('PUT', `/api/revisions/${revisionId}/items/XK-00109-000`, 'editor', makeItem('XK-00109-000'), { 'if-match': '"1"' }), 412)
    expect((await rest('PUT', `/api/revisions/${revisionId}/items/XK-00109-000`, 'editor', makeItem('XK-00109-000'))).status).toBe(200)
    expect((await rest('DELETE', `/api/revisions/${revisionId}/items/XK-00109-000`, 'editor')).status).toBe(200)
  })

  it('a malformed If-Match is 400 naming the header', async () => {
    const response = await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', makeItem(code), { 'if-match': 'yesterday' })
    expectProblem(response, 400, 'Invalid If-Match')
    expect(response.body.errors[0].path).toBe('If-Match')
  })

  it('20 parallel PUTs with the same If-Match: exactly one succeeds, the others get 412', async () => {
    const { headers } = await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'editor')
    const etag = headers.get('etag')!
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        rest('PUT', `/api/revisions/${revisionId}/items/${code}`, index % 2 ? 'admin' : 'editor', makeItem(code, { name: `并发 ${index}` }), {
          'if-match': etag,
        }),
      ),
    )
    const statuses = responses.map((response) => response.status)
    expect(
      statuses.filter((status) => status === 200),
      JSON.stringify(responses.filter((r) => r.status !== 412 && r.status !== 200).map((r) => r.body)),
    ).toHaveLength(1)
    expect(statuses.filter((status) => status === 412)).toHaveLength(19)
    const winner = responses.findIndex((response) => response.status === 200)
    const now = await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'editor')
    expect(now.body.doc).toMatchObject({ version: Number(etag.replace(/"/g, '')) + 1, item: { name: `并发 ${winner}` } })
  })

  it('the admin form (PATCH /api/proposals/{id}) sends the version it loaded: a stale one is refused', async () => {
    const { body } = await rest('GET', `/api/revisions/${revisionId}/items/XK-00102-000`, 'editor')
    const proposal = body.doc
    const ok = await rest('PATCH', `/api/proposals/${proposal.id}?depth=0`, 'editor', {
      item: { ...proposal.item, name: '表单修改' },
      version: proposal.version,
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.doc).toMatchObject({ version: proposal.version + 1, name: '表单修改' })
    const stale = await rest('PATCH', `/api/proposals/${proposal.id}?depth=0`, 'editor', {
      item: { ...proposal.item, name: '旧表单' },
      version: proposal.version,
    })
    expect(stale.status, JSON.stringify(stale.body)).toBe(412)
    const invalid = await rest('PATCH', `/api/proposals/${proposal.id}?depth=0`, 'editor', {
      item: { ...proposal.item, category: 'ZZ' },
      version: proposal.version + 1,
    })
    expect(invalid.status).toBe(422)
    expect((await rest('GET', `/api/revisions/${revisionId}/items/XK-00102-000`, 'editor')).body.doc.item.name).toBe('表单修改')
    // reviewers and anonymous users cannot write through the form either
    expect((await rest('PATCH', `/api/proposals/${proposal.id}?depth=0`, 'reviewer', { note: 'x' })).status).toBe(403)
    expect((await rest('PATCH', `/api/proposals/${proposal.id}?depth=0`, undefined, { note: 'x' })).status).toBe(403)
  })
})

describe('approval covers the title and the reason', () => {
  let id: string | number

  it('a title change after approval keeps the revision approved, is audited, and makes publication 409', async () => {
    const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '原标题', reason: '原理由' })
    id = created.body.doc.id
    expect((await rest('PUT', `/api/revisions/${id}/items/XK-00201-000`, 'editor', makeItem('XK-00201-000'))).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')).status).toBe(200)
    const renamed = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { title: '批准后改的标题' })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(renamed.body.doc.status).toBe('approved')
    expect(renamed.body.doc.proposalHash).not.toBe(renamed.body.doc.approval.hash)
    const history = await rest('GET', `/api/audit-log?where[revision][equals]=${id}&sort=sequence&depth=0`, 'reviewer')
    expect(history.body.docs.map((doc: any) => doc.action).at(-1)).toBe('revision.edit')
    expectProblem(await rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: '2030-01-01' }), 409, 'Changed since approval')
    expect((await rest('GET', `/api/revisions/${id}/actions`, 'publisher')).body).toMatchObject({ events: [], changedSinceApproval: true })
  })

  it('so does a reason change; approving again lets it publish', async () => {
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')).status).toBe(200)
    expect((await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { reason: '批准后改的理由' })).status).toBe(200)
    expectProblem(await rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: '2030-01-01' }), 409, 'Changed since approval')
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: '2030-01-01' })).status).toBe(200)
  })

  it('a user with both roles who rewrites the title has edited the revision and cannot approve it', async () => {
    await payload.create({
      collection: 'users',
      data: {
        email: 'both@quanze.test',
        password: 'quanze-demo',
        roles: ['editor', 'reviewer'],
        departments: [(await findDepartment({ payload }, 'gz-aic'))!.id],
      } as never,
    })
    const both = await login(server.url, 'both@quanze.test')
    const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '别人起草的', reason: '理由' })
    const other = created.body.doc.id
    expect((await rest('PUT', `/api/revisions/${other}/items/XK-00202-000`, 'editor', makeItem('XK-00202-000'))).status).toBe(200)
    const renamed = await callWith('PATCH', `/api/revisions/${other}?depth=0`, both, { title: '我改的标题' }, {})
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect((await rest('POST', `/api/revisions/${other}/submit`, 'editor')).status).toBe(200)
    expectProblem(await callWith('POST', `/api/revisions/${other}/approve`, both, {}, {}), 403, 'Forbidden')
    // a save that changes neither title nor reason is not an edit
    const untouched = await rest('PATCH', `/api/revisions/${other}?depth=0`, 'admin', { title: '我改的标题' })
    expect(untouched.status).toBe(200)
  })
})

describe('a repeal names what it repeals', () => {
  it("carries the base item's name, in the list and in the admin's collection", async () => {
    const repealed = base.find((item) => item.code === 'QT-00004-000')!
    const listed = await rest('GET', `/api/revisions/${revisionId}/items?action=repeal`, 'reviewer')
    expect(listed.body.docs).toEqual([expect.objectContaining({ code: 'QT-00004-000', action: 'repeal', name: repealed.name })])
    const form = await rest('GET', `/api/proposals?where[revision][equals]=${revisionId}&where[action][equals]=repeal&depth=0`, 'reviewer')
    expect(form.body.docs.map((doc: any) => doc.name)).toEqual([repealed.name])
  })
})

describe('contact phones', () => {
  it('a phone that is not one is refused with 422 naming the field; real formats are saved', async () => {
    const code = 'XK-00130-000'
    const junk = await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', makeItem(code, { supervisionPhone: 'abc' }))
    expectProblem(junk, 422, 'Invalid power item')
    expect(junk.body.errors).toEqual([{ path: '/supervisionPhone', message: expect.stringContaining('不是电话号码') }])
    const real = makeItem(code, { supervisionPhone: '（0851）85986012转123、12345', consultationPhone: '+86 10 1234 5678 或 400-123-4567' })
    const saved = await rest('PUT', `/api/revisions/${revisionId}/items/${code}`, 'editor', real)
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect((await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'editor')).body.doc.item).toMatchObject({
      supervisionPhone: real.supervisionPhone,
      consultationPhone: real.consultationPhone,
    })
    expect((await rest('DELETE', `/api/revisions/${revisionId}/items/${code}`, 'editor')).status).toBe(200)
  })
})

describe('the admin form (Payload REST on proposals)', () => {
  it('creates a proposal for a code not proposed yet: 201, and the revision lists it as an add', async () => {
    const code = 'XK-00120-000'
    const created = await rest('POST', '/api/proposals', 'editor', {
      revision: revisionId,
      code,
      action: 'add',
      item: makeItem(code, { name: '表单新增事项' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const listed = await rest('GET', `/api/revisions/${revisionId}/items/${code}`, 'reviewer')
    expect(listed.body.doc).toMatchObject({ code, action: 'add', version: 1, item: { name: '表单新增事项' } })
    expect((await rest('DELETE', `/api/revisions/${revisionId}/items/${code}`, 'editor')).status).toBe(200)
  })
})

describe('refusals in the server log', () => {
  it('logs a refusal and a failed login as one info line each, never as an error with a stack', async () => {
    // Payload REST resolves its instance from the config (payload-api.ts): spy on that one's logger
    const logger = (await getPayload({ config: payload.config })).logger
    const [errors, infos] = [vi.spyOn(logger, 'error'), vi.spyOn(logger, 'info')]
    try {
      // through Payload REST (the admin form's path), which logs what it refuses
      const code = 'XK-00101-000'
      const twice = await rest('POST', '/api/proposals', 'editor', { revision: revisionId, code, action: 'add', item: makeItem(code) })
      expect(twice.status, JSON.stringify(twice.body)).toBe(409)
      const wrongPassword = await callWith('POST', '/api/users/login', undefined, { email: 'editor@quanze.test', password: 'not-the-password' }, {})
      expect(wrongPassword.status).toBe(401)
      expect(errors).not.toHaveBeenCalled()
      const lines = infos.mock.calls.map(([line]) => JSON.stringify(line))
      expect(lines).toEqual(expect.arrayContaining([expect.stringContaining('is already proposed in this revision'), expect.stringContaining('密码')]))
    } finally {
      errors.mockRestore()
      infos.mockRestore()
    }
  })
})
