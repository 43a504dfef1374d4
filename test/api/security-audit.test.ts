import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload } from 'payload'
import { firstBrokenAuditRecord } from '../../src/domain/audit'
import { allAuditRecords } from '../../src/services/audit'
import { seedSampleData } from '../../src/services/seed'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Every change to users, roles and departments is an audit record in the one hash chain (issue 11);
 * a department's code cannot change once it has published, and renaming it keeps every public URL.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let departmentId: number | string

beforeAll(async () => {
  payload = await startPayload('security_audit')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor']) auth[role] = await login(server.url, `${role}@quanze.test`)
  departmentId = (await payload.find({ collection: 'departments', where: { code: { equals: 'gz-aic' } }, overrideAccess: true })).docs[0].id
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

async function lastRecord() {
  const { docs } = await payload.find({ collection: 'audit-log', sort: '-sequence', limit: 1, depth: 0, overrideAccess: true })
  return docs[0] as any
}

async function chainIsIntact() {
  expect(firstBrokenAuditRecord(await allAuditRecords(await createLocalReq({}, payload)))).toBeNull()
}

describe('accounts', () => {
  let userId: string | number

  it('records a new account with its roles', async () => {
    const created = await call(server.url, 'POST', '/api/users', {
      auth: auth.admin,
      body: { email: 'clerk@quanze.test', password: 'clerk-passphrase-1', name: '新编辑', roles: ['editor'], departments: [departmentId] },
    })
    expect(created.status).toBe(201)
    userId = created.body.doc.id
    const record = await lastRecord()
    expect(record).toMatchObject({ action: 'user.create', actor: 'admin@quanze.test', entity: 'users', entityId: String(userId) })
    expect(record.comment).toContain('roles: [editor]')
    expect(record.comment).not.toContain('clerk-passphrase-1')
  })

  it('records a change of roles and departments, old and new', async () => {
    const updated = await call(server.url, 'PATCH', `/api/users/${userId}`, { auth: auth.admin, body: { roles: ['editor', 'reviewer'], departments: [] } })
    expect(updated.status).toBe(200)
    const record = await lastRecord()
    expect(record).toMatchObject({ action: 'user.update', entityId: String(userId) })
    expect(record.comment).toContain('roles: [editor] → [editor, reviewer]')
    expect(record.comment).toContain(`departments: [${departmentId}] → []`)
    expect(record.beforeHash).not.toBe(record.afterHash)
  })

  it('records a password change without the password', async () => {
    const clerk = await login(server.url, 'clerk@quanze.test', 'clerk-passphrase-1')
    expect((await call(server.url, 'PATCH', `/api/users/${userId}`, { auth: clerk, body: { password: 'clerk-passphrase-2' } })).status).toBe(200)
    const record = await lastRecord()
    expect(record).toMatchObject({ action: 'user.update', actor: 'clerk@quanze.test', comment: 'password changed' })
  })

  it('refuses a role change by the user themself, recording nothing', async () => {
    const before = await lastRecord()
    const clerk = await login(server.url, 'clerk@quanze.test', 'clerk-passphrase-2')
    await call(server.url, 'PATCH', `/api/users/${userId}`, { auth: clerk, body: { roles: ['admin'] } })
    expect((await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })).roles).toEqual(['editor', 'reviewer'])
    expect((await lastRecord()).sequence).toBe(before.sequence)
  })

  it('records the removal of an account', async () => {
    expect((await call(server.url, 'DELETE', `/api/users/${userId}`, { auth: auth.admin })).status).toBe(200)
    expect(await lastRecord()).toMatchObject({ action: 'user.delete', entityId: String(userId) })
  })

  it('keeps account records from editors', async () => {
    const seen = await call(server.url, 'GET', '/api/audit-log?where[entity][equals]=users&depth=0', { auth: auth.editor })
    expect(seen.status).toBe(200)
    expect(seen.body.totalDocs).toBe(0)
    await chainIsIntact()
  })
})

describe('departments', () => {
  it('refuses to change the code of a department that has published, changing nothing', async () => {
    const before = await lastRecord()
    const refused = await call(server.url, 'PATCH', `/api/departments/${departmentId}`, { auth: auth.admin, body: { code: 'gz-amr' } })
    expect(refused.status).toBe(409)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(refused.body.detail).toContain('public URLs')
    expect((await payload.findByID({ collection: 'departments', id: departmentId, overrideAccess: true })).code).toBe('gz-aic')
    expect((await lastRecord()).sequence).toBe(before.sequence)
    expect((await call(server.url, 'GET', '/api/public/v1/departments/gz-aic/list')).status).toBe(200)
  })

  it('renames a department: audited, its editors read the record, every public URL still answers', async () => {
    const renamed = await call(server.url, 'PATCH', `/api/departments/${departmentId}?locale=zh-Hans`, {
      auth: auth.admin,
      body: { name: '贵州省市场监督管理局' },
    })
    expect(renamed.status).toBe(200)
    const record = await lastRecord()
    expect(record).toMatchObject({ action: 'department.update', entityId: String(departmentId) })
    expect(record.comment).toMatch(/name \(zh-Hans\): 贵州省工商行政管理局 → 贵州省市场监督管理局/)
    const editorView = await call(server.url, 'GET', `/api/audit-log?where[action][equals]=department.update&depth=0`, { auth: auth.editor })
    expect(editorView.body.docs.map((doc: any) => doc.sequence)).toContain(record.sequence)
    for (const path of [
      '/api/public/v1/departments/gz-aic/list',
      '/api/public/v1/departments/gz-aic/items/XK-00001-000',
      '/api/public/v1/departments/gz-aic/snapshots',
      '/api/public/v1/departments/gz-aic/verify',
    ]) {
      expect((await call(server.url, 'GET', path)).status, path).toBe(200)
    }
    expect(JSON.stringify((await call(server.url, 'GET', '/api/public/v1/departments')).body)).toContain('贵州省市场监督管理局')
    await chainIsIntact()
  })

  it('lets a department that has not published change its code', async () => {
    const created = await call(server.url, 'POST', '/api/departments', {
      auth: auth.admin,
      body: { code: 'gz-new', name: '新部门', regionCode: '520000', level: 'province' },
    })
    expect(created.status).toBe(201)
    expect((await lastRecord()).action).toBe('department.create')
    const changed = await call(server.url, 'PATCH', `/api/departments/${created.body.doc.id}`, { auth: auth.admin, body: { code: 'gz-newer' } })
    expect(changed.status).toBe(200)
    expect((await lastRecord()).comment).toContain('code: gz-new → gz-newer')
  })
})
