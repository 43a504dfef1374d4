import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { seedSampleData } from '../../src/services/seed'
import { makeItem } from '../support/items'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Payload's admin saves a document as multipart with the document in a `_payload` field, reads an
 * error body only when it is `application/json`, and toasts its `message`. Its refused saves get
 * the problem under that type with `message` = `detail`: a stale proposal's save said only
 * "Precondition Failed" before. Every other client keeps problem+json, unchanged.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let revisionId: number

beforeAll(async () => {
  payload = await startPayload('admin-form-errors')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  auth.editor = await login(server.url, 'editor@quanze.test')
  const created = await call(server.url, 'POST', '/api/revisions?depth=0', {
    auth: auth.editor,
    body: { department: 'gz-aic', title: '表单错误', reason: '测试' },
  })
  revisionId = created.body.doc.id
  expect((await call(server.url, 'PUT', `/api/revisions/${revisionId}/items/XK-00401-000`, { auth: auth.editor, body: makeItem('XK-00401-000') })).status).toBe(
    200,
  )
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** What the admin's form sends: `_payload` in a multipart body, as `Form.createFormData` builds it. */
async function formSave(path: string, document: unknown) {
  const form = new FormData()
  form.set('_payload', JSON.stringify(document))
  const response = await fetch(`${server.url}${path}`, { method: 'PATCH', headers: { authorization: auth.editor }, body: form })
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as any }
}

const proposal = async () => (await call(server.url, 'GET', `/api/revisions/${revisionId}/items/XK-00401-000`, { auth: auth.editor })).body.doc

describe("the admin form's refused saves", () => {
  it('a stale proposal: 412 as application/json, the problem with message = detail (what the toast shows)', async () => {
    const loaded = await proposal()
    const first = await formSave(`/api/proposals/${loaded.id}?depth=0`, { ...loaded, note: '第一次保存' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const stale = await formSave(`/api/proposals/${loaded.id}?depth=0`, { ...loaded, note: '过时的保存' })
    expect(stale.status).toBe(412)
    expect(stale.type).toMatch(/^application\/json/)
    expect(stale.body).toMatchObject({
      type: expect.stringMatching(/^https:\/\//),
      title: 'Precondition failed',
      status: 412,
      detail: `拟变更事项 XK-00401-000 已被他人保存（现为第 ${loaded.version + 1} 版，你编辑的是第 ${loaded.version} 版）：请重新加载后再改 (proposal XK-00401-000 is at version ${loaded.version + 1}, not ${loaded.version}: someone saved it meanwhile; reload it and try again)`,
    })
    expect(stale.body.message).toBe(stale.body.detail)
    expect((await proposal()).note).toBe('第一次保存')
  })

  it('a refused revision save (a workflow field) names it the same way', async () => {
    const { body: revision } = await call(server.url, 'GET', `/api/revisions/${revisionId}?depth=0`, { auth: auth.editor })
    const refused = await formSave(`/api/revisions/${revisionId}?depth=0`, { title: revision.title, status: 'approved' })
    expect(refused.status).toBe(422)
    expect(refused.type).toMatch(/^application\/json/)
    expect(refused.body).toMatchObject({ status: 422, errors: [{ path: '/status', message: expect.any(String) }] })
    expect(refused.body.message).toBe(refused.body.detail) // the detail already says which call sets it
  })

  it('an invalid item: the toast names each field the item schema refuses, not only "does not match"', async () => {
    const loaded = await proposal()
    const refused = await formSave(`/api/proposals/${loaded.id}?depth=0`, {
      ...loaded,
      item: { ...loaded.item, supervisionPhone: 'abc', statutoryDeadline: { value: 'x', unit: 'workday', note: null } },
    })
    expect(refused.status, JSON.stringify(refused.body)).toBe(422)
    expect(refused.body.message).toContain('/supervisionPhone')
    expect(refused.body.message).toContain('/statutoryDeadline/value')
    expect(refused.body.message.startsWith(refused.body.detail)).toBe(true)
  })

  it('a NUL in the form (SQLite would keep the text cut short) → 400, nothing saved', async () => {
    const { body: revision } = await call(server.url, 'GET', `/api/revisions/${revisionId}?depth=0`, { auth: auth.editor })
    const refused = await formSave(`/api/revisions/${revisionId}?depth=0`, { title: '辛\u0000隐藏' })
    expect(refused.status).toBe(400)
    expect(refused.body.detail).toContain('NUL')
    expect((await call(server.url, 'GET', `/api/revisions/${revisionId}?depth=0`, { auth: auth.editor })).body.title).toBe(revision.title)
  })

  it('the same refusal to a JSON client stays problem+json, without the extra member', async () => {
    const loaded = await proposal()
    const stale = await call(server.url, 'PATCH', `/api/proposals/${loaded.id}?depth=0`, {
      auth: auth.editor,
      body: { note: 'x', version: loaded.version - 1 },
    })
    expect(stale.status).toBe(412)
    expect(stale.headers.get('content-type')).toContain('application/problem+json')
    expect(Object.keys(stale.body).sort()).toEqual(expect.arrayContaining(['detail', 'status', 'title', 'type']))
    expect(stale.body.message).toBeUndefined()
  })
})
