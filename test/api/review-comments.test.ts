import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { allAuditRecords } from '../../src/services/audit'
import { seedSampleData } from '../../src/services/seed'
import { makeItem } from '../support/items'
import { freshDatabaseUri } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * 逐项审查意见 (POST /api/revisions/{id}/items/{code}/comments, GET …/comments): the reviewer says
 * what is wrong with one item, the editor answers on it; as each role, through REST.
 */
const PROBLEM = 'application/problem+json'
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let id: string | number
const CODE = 'XK-00990-000'

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('review_comments')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const other = await payload.create({ collection: 'departments', data: { code: 'other', name: '其他部门', regionCode: '520100', level: 'city' } as never })
  await payload.create({
    collection: 'users',
    data: { email: 'other-editor@quanze.test', password: 'quanze-demo', roles: ['editor'], departments: [other.id] } as never,
  })
  auth.otherEditor = await login(server.url, 'other-editor@quanze.test')
  const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '逐项意见', reason: '测试' })
  id = created.body.doc.id
  expect((await rest('PUT', `/api/revisions/${id}/items/${CODE}`, 'editor', makeItem(CODE))).status).toBe(200)
  expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, role?: string, body?: unknown) => call(server.url, method, path, { auth: role ? auth[role] : undefined, body })
const comment = (role: string | undefined, text: unknown, code = CODE) => rest('POST', `/api/revisions/${id}/items/${code}/comments`, role, { text })

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
}

describe('comments on one item of a revision under review', () => {
  it('the reviewer comments (201), the editor answers, and both read them in order', async () => {
    const first = await comment('reviewer', '  设定依据缺少条款号。 ')
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.doc).toMatchObject({ code: CODE, author: 'reviewer@quanze.test', text: '设定依据缺少条款号。', at: expect.any(String) })
    expect((await comment('editor', '已补充第十二条。')).status).toBe(201)
    for (const role of ['editor', 'reviewer', 'publisher', 'admin']) {
      const listed = await rest('GET', `/api/revisions/${id}/comments?code=${CODE}`, role)
      expect(listed.status).toBe(200)
      expect(listed.body.docs.map((doc: any) => [doc.author, doc.text])).toEqual([
        ['reviewer@quanze.test', '设定依据缺少条款号。'],
        ['editor@quanze.test', '已补充第十二条。'],
      ])
    }
  })

  it('is audited as revision.comment with the item code', async () => {
    const records = (await allAuditRecords(await createLocalReq({}, payload))).filter((record) => record.action === 'revision.comment')
    expect(records.map((record) => record.comment)).toEqual([`${CODE}: 设定依据缺少条款号。`, `${CODE}: 已补充第十二条。`])
  })

  it('refuses a blank or over-long text (422 naming /text), an item not proposed (404), and changes nothing', async () => {
    const before = (await rest('GET', `/api/revisions/${id}/comments`, 'reviewer')).body.docs.length
    for (const text of ['', '   ', undefined, 42, 'x'.repeat(2001)]) {
      const response = await comment('reviewer', text)
      expectProblem(response, 422)
      expect(response.body.errors[0].path).toBe('/text')
    }
    expectProblem(await comment('reviewer', '这个事项不在修订中', 'XK-00991-000'), 404)
    expect((await rest('GET', `/api/revisions/${id}/comments`, 'reviewer')).body.docs.length).toBe(before)
  })

  it('refuses anonymous users (401), a publisher (403) and an editor of another department (404: the revision is not theirs to see)', async () => {
    expectProblem(await comment(undefined, '匿名'), 401)
    expectProblem(await rest('GET', `/api/revisions/${id}/comments`), 401)
    expectProblem(await comment('publisher', '发布人'), 403)
    // who before what: a blank comment by a publisher is still a 403, not a 422
    expectProblem(await comment('publisher', ''), 403)
    expectProblem(await comment('otherEditor', '别的部门'), 404)
    expectProblem(await rest('GET', `/api/revisions/${id}/comments`, 'otherEditor'), 404)
  })

  it('a route called with a method it lacks answers 405 with Allow, not 404', async () => {
    for (const [method, path, allow] of [
      ['DELETE', `/api/revisions/${id}/comments`, 'GET, HEAD'],
      ['GET', `/api/revisions/${id}/items/${CODE}/comments`, 'POST'],
      ['HEAD', `/api/revisions/${id}/rebase`, 'POST'],
      ['PATCH', `/api/revisions/${id}/items/${CODE}`, 'GET, HEAD, PUT, DELETE'],
      ['POST', `/api/revisions/${id}/actions`, 'GET, HEAD'],
    ] as const) {
      for (const role of [undefined, 'editor']) {
        const response = await rest(method, path, role, method === 'GET' || method === 'HEAD' ? undefined : {})
        expectProblem(response, 405)
        expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow)
        if (method !== 'HEAD') expect(response.body.detail).toContain(allow)
      }
    }
    // the methods a route has still answer as before
    expect((await rest('GET', `/api/revisions/${id}/comments`, 'editor')).status).toBe(200)
  })

  it('HEAD answers a GET route as GET does, with no body, for each role', async () => {
    const paths = [`/api/revisions/${id}/actions`, `/api/revisions/${id}/comments`, `/api/revisions/${id}/items/${CODE}`, '/api/power-items?limit=1']
    for (const path of paths) {
      for (const role of [undefined, 'editor', 'reviewer', 'otherEditor']) {
        const [get, head] = [await rest('GET', path, role), await rest('HEAD', path, role)]
        expect(head.status, `HEAD ${path} as ${role ?? 'anonymous'}`).toBe(get.status)
        expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
        expect(head.body).toBe('')
      }
    }
    expect((await rest('HEAD', `/api/revisions/${id}/actions`, 'editor')).status).toBe(200)
  })

  it('Payload REST and GraphQL expose nothing of the comments to anyone', async () => {
    for (const role of [undefined, 'editor', 'reviewer', 'admin']) {
      const listed = await rest('GET', '/api/review-comments', role)
      expect(listed.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(listed.body)).not.toContain('设定依据')
    }
  })

  it('takes at most 200 comments on one item of one revision, then refuses (409) and stores nothing', async () => {
    const code = 'XK-00992-000'
    const other = (await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '意见上限', reason: '测试' })).body.doc.id
    expect((await rest('PUT', `/api/revisions/${other}/items/${code}`, 'editor', makeItem(code))).status).toBe(200)
    const reviewer = (await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@quanze.test' } }, limit: 1 })).docs[0]
    for (let at = 1; at < 200; at++)
      await payload.create({
        collection: 'review-comments',
        data: { revision: other, code, author: reviewer.id, authorEmail: reviewer.email, text: `第${at}条` } as never,
        overrideAccess: true,
      })
    const post = (text: string) => rest('POST', `/api/revisions/${other}/items/${code}/comments`, 'reviewer', { text })
    expect((await post('第200条')).status).toBe(201)
    const refused = await post('第201条')
    expectProblem(refused, 409)
    expect(refused.body).toMatchObject({ title: 'Too many comments', detail: expect.stringContaining(`item ${code} already has 200 comments`) })
    expect((await rest('GET', `/api/revisions/${other}/comments?code=${code}`, 'reviewer')).body.docs).toHaveLength(200)
  })

  it('closes comments once the revision is published or withdrawn (409), and keeps the ones made', async () => {
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer', { comment: '同意' })).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: '2099-01-01' })).status).toBe(200)
    expectProblem(await comment('reviewer', '发布之后'), 409)
    expectProblem(await comment('reviewer', ''), 409)
    expect((await rest('GET', `/api/revisions/${id}/comments`, 'reviewer')).body.docs).toHaveLength(2)
  })
})
