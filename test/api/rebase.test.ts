import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { todayInChina } from '../../src/domain/dates'
import type { PowerItem } from '../../src/domain/power-item'
import { allAuditRecords } from '../../src/services/audit'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, headSnapshot } from '../../src/services/snapshots'
import { makeItem } from '../support/items'
import { freshDatabaseUri } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Rebasing (POST /api/revisions/{id}/rebase): two revisions of one department built on the same
 * list; the first is published; the second is moved onto the new list instead of being stuck.
 * Through REST on a freshly seeded database, as each role.
 */
const PROBLEM = 'application/problem+json'
const today = todayInChina()

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
let departmentId: string | number
const auth: Record<string, string> = {}

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('rebase')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  departmentId = (await findDepartment({ payload }, 'gz-aic'))!.id
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, role?: string, body?: unknown) => call(server.url, method, path, { auth: role ? auth[role] : undefined, body })

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, title?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
  if (title) expect(response.body.title).toBe(title)
}

async function listItem(code: string): Promise<PowerItem | undefined> {
  return (await headSnapshot({ payload }, departmentId))!.items.find((item) => item.code === code)
}

async function draft(title: string): Promise<string | number> {
  const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title, reason: '测试' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id
}

async function put(id: string | number, item: PowerItem) {
  const response = await rest('PUT', `/api/revisions/${id}/items/${item.code}`, 'editor', item)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response
}

async function repeal(id: string | number, code: string) {
  const response = await rest('DELETE', `/api/revisions/${id}/items/${code}`, 'editor')
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

async function submitAndApprove(id: string | number) {
  expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
  const approved = await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')
  expect(approved.status, JSON.stringify(approved.body)).toBe(200)
}

const publish = (id: string | number) => rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: today })
const actions = async (id: string | number, role: string) => (await rest('GET', `/api/revisions/${id}/actions`, role)).body

describe('a revision under review overtaken by another publication', () => {
  // A and B start on the same list. A modifies X, adds N (and another) and repeals R, and is published. Then B,
  // still on the old list, proposes X (from the old version), N and the repeal of R — the three
  // conflicts — and Y, which nobody else touched.
  const X = 'XK-00001-000'
  const Y = 'XK-00002-000'
  const R = 'QT-00004-000'
  const N = 'XK-00950-000'
  let a: string | number
  let b: string | number
  let oldX: PowerItem
  let oldY: PowerItem

  beforeAll(async () => {
    oldX = (await listItem(X))!
    oldY = (await listItem(Y))!
    expect(await listItem(R)).toBeDefined()
    a = await draft('甲修订')
    b = await draft('乙修订')
    await put(a, { ...oldX, handlingUnit: '甲：登记注册局' })
    await put(a, makeItem(N, { name: '甲新增事项' }))
    await put(a, makeItem('XK-00951-000', { name: '甲另一新增事项' }))
    await repeal(a, R)
    await put(b, { ...oldY, name: '乙修改的事项' })
    await submitAndApprove(a)
    expect((await publish(a)).status).toBe(200)
    await put(b, { ...oldX, handlingUnit: '乙：行政审批处' })
    await put(b, makeItem(N, { name: '乙新增事项' }))
    await repeal(b, R)
    expect((await rest('POST', `/api/revisions/${b}/submit`, 'editor')).status).toBe(200)
  })

  it('is refused approval and publication, and the actions say why and who can fix it', async () => {
    expectProblem(await rest('POST', `/api/revisions/${b}/approve`, 'reviewer'), 409, 'Base snapshot is no longer current')
    expect((await actions(b, 'reviewer')).events).not.toContain('approve')
    expect(await actions(b, 'editor')).toMatchObject({ behindHead: true, rebasable: true })
    expect(await actions(b, 'publisher')).toMatchObject({ behindHead: true, rebasable: false })
  })

  it('cannot be rebased anonymously (401), by a reviewer or a publisher (403); nothing changes', async () => {
    const before = await payload.findByID({ collection: 'revisions', id: b, depth: 0 })
    expectProblem(await rest('POST', `/api/revisions/${b}/rebase`), 401)
    expectProblem(await rest('POST', `/api/revisions/${b}/rebase`, 'reviewer'), 403)
    expectProblem(await rest('POST', `/api/revisions/${b}/rebase`, 'publisher'), 403)
    const after = await payload.findByID({ collection: 'revisions', id: b, depth: 0 })
    expect(after.baseHash).toBe(before.baseHash)
    expect(after.proposalHash).toBe(before.proposalHash)
  })

  it('an editor rebases it: the answer names the conflicts, refits N to a modification and drops the repeal of R', async () => {
    const head = (await headSnapshot({ payload }, departmentId))!
    const response = await rest('POST', `/api/revisions/${b}/rebase`, 'editor')
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({ rebased: true, to: { snapshot: head.id, hash: head.hash }, dropped: [R] })
    expect(response.body.refitted).toEqual([{ code: N, from: 'add', to: 'modify' }])
    expect(response.body.conflicts).toEqual(
      [
        { code: R, change: 'repealed', action: null, name: expect.any(String) },
        { code: X, change: 'modified', action: 'modify', name: oldX.name },
        { code: N, change: 'added', action: 'modify', name: '甲新增事项' },
      ].sort((p, q) => (p.code < q.code ? -1 : 1)),
    )
    expect(response.body.doc).toMatchObject({ status: 'submitted', baseHash: head.hash })
    const items = (await rest('GET', `/api/revisions/${b}/items?limit=50`, 'editor')).body.docs.map((doc: any) => [doc.code, doc.action])
    expect(Object.fromEntries(items)).toEqual({ [X]: 'modify', [Y]: 'modify', [N]: 'modify' })
    expect(await actions(b, 'editor')).toMatchObject({ behindHead: false, rebasable: false })
  })

  it('is audited as revision.rebase, naming the conflicts', async () => {
    const records = (await allAuditRecords(await createLocalReq({}, payload))).filter((record) => record.action === 'revision.rebase')
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ entityId: String(b), comment: expect.stringContaining(X) })
  })

  it('a second rebase has nothing to do (200, rebased: false)', async () => {
    const response = await rest('POST', `/api/revisions/${b}/rebase`, 'editor')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ rebased: false, conflicts: [] })
  })

  it('then goes through review and is published on top of A: A’s changes outside B stay', async () => {
    expect((await rest('POST', `/api/revisions/${b}/approve`, 'reviewer')).status).toBe(200)
    expect((await publish(b)).status).toBe(200)
    expect((await listItem(X))!.handlingUnit).toBe('乙：行政审批处')
    expect((await listItem(Y))!.name).toBe('乙修改的事项')
    expect((await listItem(N))!.name).toBe('乙新增事项')
    expect(await listItem(R)).toBeUndefined()
    expect((await listItem('XK-00951-000'))!.name).toBe('甲另一新增事项')
  })

  it('once published (A, whose base is history, and B), neither is flagged as behind the list', async () => {
    expect(await actions(a, 'editor')).toMatchObject({ status: 'published', behindHead: false, rebasable: false })
    expect(await actions(b, 'editor')).toMatchObject({ status: 'published', behindHead: false, rebasable: false })
  })
})

describe('rebasing an approved revision', () => {
  it('voids the approval: publication needs a new one', async () => {
    const first = await draft('先发布')
    const second = await draft('后发布')
    await put(first, makeItem('XK-00960-000'))
    await put(second, makeItem('XK-00961-000'))
    await submitAndApprove(first)
    await submitAndApprove(second)
    expect((await publish(first)).status).toBe(200)
    expectProblem(await publish(second), 409, 'Base snapshot is no longer current')
    const rebased = await rest('POST', `/api/revisions/${second}/rebase`, 'admin')
    expect(rebased.status, JSON.stringify(rebased.body)).toBe(200)
    expect(rebased.body).toMatchObject({ rebased: true, conflicts: [], refitted: [], dropped: [], doc: { status: 'approved' } })
    // the answer's revision is the stored one: the rebaser (not its author) is one of its editors now
    expect(rebased.body.doc.editors).toEqual((await payload.findByID({ collection: 'revisions', id: second, depth: 0 })).editors)
    expect(rebased.body.doc.editors.length).toBeGreaterThan(0)
    expect(await actions(second, 'publisher')).toMatchObject({ changedSinceApproval: true, events: [] })
    expectProblem(await publish(second), 409, 'Changed since approval')
    expect((await rest('POST', `/api/revisions/${second}/approve`, 'reviewer')).status).toBe(200)
    expect((await publish(second)).status).toBe(200)
    expect(await listItem('XK-00960-000')).toBeDefined()
    expect(await listItem('XK-00961-000')).toBeDefined()
  })
})

describe('rebasing refused', () => {
  it('a sub-item whose main item the new list repealed → 409 naming it, and nothing changes', async () => {
    const setup = await draft('设立主项')
    await put(setup, makeItem('XK-00970-000'))
    await submitAndApprove(setup)
    expect((await publish(setup)).status).toBe(200)
    const first = await draft('废止主项')
    const second = await draft('新增子项')
    await repeal(first, 'XK-00970-000')
    await put(second, makeItem('XK-00970-001'))
    await submitAndApprove(first)
    expect((await publish(first)).status).toBe(200)
    const before = await payload.findByID({ collection: 'revisions', id: second, depth: 0 })
    const response = await rest('POST', `/api/revisions/${second}/rebase`, 'editor')
    expectProblem(response, 409, 'Proposals do not fit the current list')
    expect(response.body.detail).toContain('XK-00970-001')
    expect(response.body.detail).toContain('rebase again')
    const after = await payload.findByID({ collection: 'revisions', id: second, depth: 0 })
    expect(after.baseHash).toBe(before.baseHash)
    expect(after.proposalHash).toBe(before.proposalHash)
  })

  it('a published or withdrawn revision → 409', async () => {
    const done = await draft('已撤回')
    await put(done, makeItem('XK-00980-000'))
    expect((await rest('POST', `/api/revisions/${done}/withdraw`, 'editor')).status).toBe(200)
    expectProblem(await rest('POST', `/api/revisions/${done}/rebase`, 'editor'), 409)
    expectProblem(await rest('POST', '/api/revisions/999999/rebase', 'editor'), 404)
  })
})
