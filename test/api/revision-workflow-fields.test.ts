import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { WORKFLOW_OWNED_FIELDS } from '../../src/domain/revision-fields'
import { seedSampleData } from '../../src/services/seed'
import { makeItem } from '../support/items'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * `PATCH /api/revisions/{id}` may change the title and the reason; a field the workflow owns
 * (status, approval, the publication's fields, the base, author, editors, hashes) is refused with
 * 422 naming it and the call that sets it, and nothing changes. Payload used to drop such fields
 * silently and answer 200, so a client that "approved" by PATCH believed it had.
 */
const PROBLEM = 'application/problem+json'
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let codeNumber = 300

beforeAll(async () => {
  payload = await startPayload('revision-workflow-fields')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer']) auth[role] = await login(server.url, `${role}@quanze.test`)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, role: string, body?: unknown) => call(server.url, method, path, { auth: auth[role], body })

async function draft(title: string): Promise<number> {
  const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title, reason: '理由' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const code = `XK-00${codeNumber++}-000`
  expect((await rest('PUT', `/api/revisions/${created.body.doc.id}/items/${code}`, 'editor', makeItem(code))).status).toBe(200)
  return created.body.doc.id
}

const stored = (id: number) => payload.findByID({ collection: 'revisions', id, depth: 0, joins: false })
const auditCount = async (id: number) => (await payload.count({ collection: 'audit-log', where: { revision: { equals: id } } })).totalDocs

describe('PATCH of a workflow-owned field', () => {
  it('an editor "approving" by PATCH gets 422 naming /status and the call to use; nothing changes', async () => {
    const id = await draft('编辑想直接批准')
    const before = await stored(id)
    const audited = await auditCount(id)
    const response = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { status: 'approved' })
    expect(response.status, JSON.stringify(response.body)).toBe(422)
    expect(response.headers.get('content-type')).toContain(PROBLEM)
    expect(response.body).toMatchObject({ status: 422, title: 'Workflow field', detail: expect.stringContaining(`POST /api/revisions/${id}/submit`) })
    expect(response.body.errors).toEqual([{ path: '/status', message: expect.stringContaining(`/api/revisions/${id}/submit, /approve`) }])
    expect(await stored(id)).toEqual(before)
    expect(await auditCount(id)).toBe(audited)
  })

  it('an admin is refused alike, with every offending field named, and a title sent with them is not applied', async () => {
    const id = await draft('管理员想直接发布')
    const before = await stored(id)
    const response = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'admin', {
      title: '顺便改名',
      status: 'published',
      publishedAt: '2030-01-01T00:00:00.000Z',
      effectiveFrom: '2030-01-01',
      approval: { hash: before.proposalHash, comment: '我批的' },
      editors: [],
    })
    expect(response.status, JSON.stringify(response.body)).toBe(422)
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['/status', '/approval', '/publishedAt', '/effectiveFrom'])
    expect(response.body.errors[2].message).toContain(`POST /api/revisions/${id}/publish`)
    expect(await stored(id)).toEqual(before)
  })

  it.each<[string, unknown]>([
    ['author', 99],
    ['baseSnapshot', null],
    ['baseHash', '0'.repeat(64)],
    ['proposalHash', '0'.repeat(64)],
    ['snapshot', 1],
    ['comments', [{ author: 'x', text: '伪造的意见' }]],
    ['department', 99999],
  ])('%s cannot be set either', async (field, value) => {
    const id = await draft(`改 ${field}`)
    const before = await stored(id)
    const response = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { [field]: value })
    expect(response.status, JSON.stringify(response.body)).toBe(422)
    expect(response.body.errors).toEqual([{ path: `/${field}`, message: expect.any(String) }])
    expect(await stored(id)).toEqual(before)
  })

  it('a create that sets one (an "approved" draft, a chosen base) gets 422 naming it; no revision is created', async () => {
    const count = (await payload.count({ collection: 'revisions' })).totalDocs
    const response = await rest('POST', '/api/revisions?depth=0', 'editor', {
      department: 'gz-aic',
      title: '自带状态',
      reason: '理由',
      status: 'approved',
      baseHash: '0'.repeat(64),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(422)
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['/status', '/baseHash'])
    expect((await payload.count({ collection: 'revisions' })).totalDocs).toBe(count)
    const plain = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '默认草稿', reason: '理由', status: 'draft' })
    expect(plain.status, JSON.stringify(plain.body)).toBe(201)
  })

  it('a reviewer, who may not update revisions at all, still gets 403', async () => {
    const id = await draft('审查人打补丁')
    expect((await rest('PATCH', `/api/revisions/${id}?depth=0`, 'reviewer', { status: 'approved' })).status).toBe(403)
    expect((await stored(id)).status).toBe('draft')
  })
})

describe('what keeps working', () => {
  it('a PATCH of the title or the reason answers 200 and changes them', async () => {
    const id = await draft('原来的标题')
    const renamed = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { title: '新的标题', reason: '新的理由' })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(renamed.body.doc).toMatchObject({ title: '新的标题', status: 'draft' })
  })

  it('the whole document sent back with its workflow fields unchanged (as the admin form does) saves the title', async () => {
    const id = await draft('表单保存')
    expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer', { comment: '同意' })).status).toBe(200)
    const { body: doc } = await rest('GET', `/api/revisions/${id}?depth=0`, 'editor')
    expect(doc.approval.hash).toBeTruthy()
    const { id: _id, proposals: _proposals, history: _history, createdAt: _createdAt, updatedAt: _updatedAt, ...form } = doc
    const saved = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { ...form, title: '批准后表单改名' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc).toMatchObject({ title: '批准后表单改名', status: 'approved', approval: { hash: doc.approval.hash } })
  })

  it('the workflow itself still writes them: submit, approve and publish', async () => {
    const id = await draft('走完流程')
    expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer', { comment: '同意' })).status).toBe(200)
    const published = await rest('POST', `/api/revisions/${id}/publish`, 'admin', { effectiveFrom: '2031-01-01' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'published', effectiveFrom: '2031-01-01', snapshot: expect.anything() })
  })

  it('every field the collection keeps read-only for the workflow is one the rule knows, and no other', async () => {
    const owned = payload.collections.revisions.config.fields
      .filter((field) => 'hooks' in field && field.hooks?.beforeValidate?.some((hook) => hook.name === 'refuseWorkflowFieldUpdate'))
      .map((field) => ('name' in field ? field.name : ''))
    expect(owned.sort()).toEqual(Object.keys(WORKFLOW_OWNED_FIELDS).sort())
  })
})
