import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { todayInChina } from '../../src/domain/dates'
import { inForceOn } from '../../src/domain/point-in-time'
import type { PowerItem } from '../../src/domain/power-item'
import { verifySnapshotChain } from '../../src/domain/snapshot'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, snapshotById, snapshotsOf } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { makeItem } from '../support/items'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * The acceptance script of the revisions issue, through REST on a freshly seeded database, in order:
 * draft → propose (modify, add, repeal) → submit → approve (separation of duties) → edit after
 * approval voids it → approve again → publish today → publish next month → tamper → verify fails.
 */
const run = promisify(execFile)
const PROBLEM = 'application/problem+json'
const today = todayInChina()
const nextMonth = (() => {
  const [year, month] = today.split('-').map(Number)
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
})()

let payload: Payload
let databaseUri: string
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('workflow')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
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
  expect(response.body).toMatchObject({ type: expect.stringMatching(/^https?:\/\//), status, title: title ?? expect.any(String), detail: expect.any(String) })
}

async function staffSnapshots(role = 'editor'): Promise<any[]> {
  const response = await rest('GET', '/api/snapshots?where[departmentCode][equals]=gz-aic&sort=sequence&limit=100&depth=0', role)
  expect(response.status).toBe(200)
  return response.body.docs
}

async function auditActions(): Promise<string[]> {
  const response = await rest('GET', '/api/audit-log?sort=sequence&limit=1000&depth=0', 'reviewer')
  expect(response.status).toBe(200)
  return response.body.docs.map((doc: any) => `${doc.action} ${doc.actor} ${doc.entityId}`)
}

describe('acceptance: a revision from draft to publication, through REST', () => {
  let revisionId: string | number
  let base2016: any
  let modified: PowerItem

  it('the editor creates a draft revision on the 2016 snapshot', async () => {
    const snapshots = await staffSnapshots()
    expect(snapshots.map((s) => s.effectiveFrom)).toEqual(['2015-07-01', '2016-10-01'])
    base2016 = snapshots[1]
    const created = await rest('POST', '/api/revisions?depth=0', 'editor', {
      department: 'gz-aic',
      title: '2025年度权力清单动态调整',
      reason: '根据法律法规修订情况调整。',
    })
    expect(created.status).toBe(201)
    revisionId = created.body.doc.id
    expect(created.body.doc).toMatchObject({ status: 'draft', baseSnapshot: base2016.id, baseHash: base2016.hash })
    expect((await rest('GET', `/api/revisions/${revisionId}/items`, 'editor')).body).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('proposes one modification, one addition and one repeal', async () => {
    // staff REST shows a snapshot's item hashes; its items are read through the services
    const current = (await snapshotById({ payload }, base2016.id))!.items.find((item) => item.code === 'XK-00001-000')!
    modified = { ...current, committedDeadline: { value: 3, unit: 'workday', note: '承诺时限压缩' } }
    const put = await rest('PUT', `/api/revisions/${revisionId}/items/XK-00001-000`, 'editor', modified)
    expect(put.status, JSON.stringify(put.body)).toBe(200)
    const add = await rest('PUT', `/api/revisions/${revisionId}/items/XK-00009-000`, 'editor', makeItem('XK-00009-000', { name: '新增许可事项 A' }))
    expect(add.status, JSON.stringify(add.body)).toBe(200)
    const repeal = await rest('DELETE', `/api/revisions/${revisionId}/items/QT-00004-000`, 'editor')
    expect(repeal.status, JSON.stringify(repeal.body)).toBe(200)
    expect(repeal.body.proposal).toMatchObject({ action: 'repeal', code: 'QT-00004-000', version: 1 })
    const listed = await rest('GET', `/api/revisions/${revisionId}/items`, 'reviewer')
    expect(listed.body.docs.map((row: any) => [row.action, row.code])).toEqual([
      ['repeal', 'QT-00004-000'],
      ['modify', 'XK-00001-000'],
      ['add', 'XK-00009-000'],
    ])
    const diff = await rest('GET', `/api/revisions/${revisionId}/diff`, 'reviewer')
    expect(diff.status).toBe(200)
    expect(diff.body.summary).toMatchObject({ added: 1, modified: 1, repealed: 1 })
    expect(diff.body.items.map((item: any) => [item.code, item.change])).toEqual(
      expect.arrayContaining([
        ['XK-00001-000', 'modified'],
        ['XK-00009-000', 'added'],
        ['QT-00004-000', 'repealed'],
      ]),
    )
  })

  it('the editor submits it', async () => {
    const submitted = await rest('POST', `/api/revisions/${revisionId}/submit`, 'editor')
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.doc.status).toBe('submitted')
  })

  it('the same editor approving gets 403', async () => {
    const approve = await rest('POST', `/api/revisions/${revisionId}/approve`, 'editor', { comment: '自己审查' })
    expectProblem(approve, 403, 'Forbidden')
    expect((await rest('GET', `/api/revisions/${revisionId}`, 'editor')).body.status).toBe('submitted')
  })

  it('the reviewer approves', async () => {
    const approve = await rest('POST', `/api/revisions/${revisionId}/approve`, 'reviewer', { comment: '经合法性审查，同意。' })
    expect(approve.status, JSON.stringify(approve.body)).toBe(200)
    expect(approve.body.doc).toMatchObject({ status: 'approved', approval: { hash: expect.stringMatching(/^[0-9a-f]{64}$/), comment: '经合法性审查，同意。' } })
  })

  it('the editor edits a proposal after approval: it stays approved, but publishing gets 409', async () => {
    const edit = await rest('PUT', `/api/revisions/${revisionId}/items/XK-00001-000`, 'editor', {
      ...modified,
      committedDeadline: { value: 2, unit: 'workday', note: '承诺时限再压缩' },
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    expect(edit.body.doc.status).toBe('approved')
    const publish = await rest('POST', `/api/revisions/${revisionId}/publish`, 'publisher', { effectiveFrom: today })
    expectProblem(publish, 409, 'Changed since approval')
    expect((await staffSnapshots()).length).toBe(2)
  })

  it('the reviewer approves again and the publisher publishes with effectiveFrom today', async () => {
    const approve = await rest('POST', `/api/revisions/${revisionId}/approve`, 'reviewer', { comment: '复核同意。' })
    expect(approve.status, JSON.stringify(approve.body)).toBe(200)
    const publish = await rest('POST', `/api/revisions/${revisionId}/publish`, 'publisher', { effectiveFrom: today })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    expect(publish.body.doc).toMatchObject({ status: 'published', effectiveFrom: today, snapshot: expect.anything() })
  })

  it('the new snapshot is current and chained to the 2016 one', async () => {
    const snapshots = await staffSnapshots()
    expect(snapshots.length).toBe(3)
    const [, s2016, current] = snapshots
    expect(s2016.id).toBe(base2016.id)
    expect(current).toMatchObject({ sequence: 3, effectiveFrom: today, previousHash: s2016.hash, revision: revisionId })
    expect(current.totals).toMatchObject({ powers: 33, byCategory: { XK: 6, QT: 3, GG: 1 } })
    const department = await findDepartment({ payload }, 'gz-aic')
    const stored = await snapshotsOf({ payload }, department!.id)
    // staff REST shows the item hashes; the items are the item contents they name
    expect(current.itemHashes).toEqual(stored[2].itemHashes)
    const items = new Map(stored[2].items.map((item) => [item.code, item]))
    expect(items.get('XK-00001-000')).toMatchObject({ committedDeadline: { value: 2, unit: 'workday', note: '承诺时限再压缩' }, effectiveFrom: today })
    expect(items.get('XK-00009-000')).toMatchObject({ name: '新增许可事项 A', effectiveFrom: today })
    expect(items.has('QT-00004-000')).toBe(false)
    expect(inForceOn(stored, today)?.id).toBe(String(current.id))
    expect(verifySnapshotChain(stored)).toMatchObject({ ok: true, snapshots: 3, head: current.hash })
    // the public sees it today
    const anonymous = await rest('GET', '/api/snapshots?sort=sequence&limit=100&depth=0')
    expect(anonymous.body.docs.map((doc: any) => doc.sequence)).toEqual([1, 2, 3])
  })

  it('a revision published with effectiveFrom next month is not in force today', async () => {
    const created = await rest('POST', '/api/revisions', 'editor', { department: 'gz-aic', title: '下月生效的调整', reason: '新法施行。' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.baseHash).toBe((await staffSnapshots())[2].hash)
    expect((await rest('PUT', `/api/revisions/${id}/items/XK-00010-000`, 'editor', makeItem('XK-00010-000'))).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')).status).toBe(200)
    const publish = await rest('POST', `/api/revisions/${id}/publish`, 'publisher', { effectiveFrom: nextMonth })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    const department = await findDepartment({ payload }, 'gz-aic')
    const stored = await snapshotsOf({ payload }, department!.id)
    expect(stored.map((s) => s.effectiveFrom)).toEqual(['2015-07-01', '2016-10-01', today, nextMonth])
    expect(inForceOn(stored, today)?.sequence).toBe(3)
    expect(inForceOn(stored, nextMonth)?.sequence).toBe(4)
    // invisible to the public until then
    const anonymous = await rest('GET', '/api/snapshots?sort=sequence&limit=100&depth=0')
    expect(anonymous.body.docs.map((doc: any) => doc.sequence)).toEqual([1, 2, 3])
  })

  it('anonymous Payload REST and GraphQL read the power items in force today, not the future-dated ones', async () => {
    const department = await findDepartment({ payload }, 'gz-aic')
    const inForce = (await snapshotsOf({ payload }, department!.id))[2].items.map((item) => item.code).sort()
    const restItems = await rest('GET', '/api/power-items?limit=1000&depth=0&sort=code')
    expect(restItems.status).toBe(200)
    expect(restItems.body.docs.map((doc: any) => doc.code)).toEqual(inForce)
    expect(restItems.body.docs.some((doc: any) => doc.code === 'XK-00010-000')).toBe(false)
    expect(restItems.body.docs.find((doc: any) => doc.code === 'XK-00001-000').item.committedDeadline).toMatchObject({ value: 2 })
    const gql = await rest('POST', '/api/graphql', undefined, {
      query: '{ PowerItems(limit: 1000, sort: "code") { totalDocs docs { code effectiveFrom effectiveTo } } }',
    })
    expect(gql.body.data.PowerItems.docs.map((doc: any) => doc.code)).toEqual(inForce)
    // staff see every version, the future one included
    const staff = await rest('GET', '/api/power-items?where[code][equals]=XK-00010-000&depth=0', 'reviewer')
    expect(staff.body.docs.map((doc: any) => [doc.effectiveFrom, doc.effectiveTo ?? null])).toEqual([[nextMonth, null]])
  })

  it('every step is in the audit log, in order', async () => {
    const actions = await auditActions()
    expect(actions.slice(10)).toEqual([
      `revision.create editor@quanze.test ${revisionId}`,
      `revision.edit editor@quanze.test ${revisionId}`,
      `revision.edit editor@quanze.test ${revisionId}`,
      `revision.edit editor@quanze.test ${revisionId}`,
      `revision.submit editor@quanze.test ${revisionId}`,
      `revision.approve reviewer@quanze.test ${revisionId}`,
      `revision.edit editor@quanze.test ${revisionId}`,
      `revision.approve reviewer@quanze.test ${revisionId}`,
      `revision.publish publisher@quanze.test ${revisionId}`,
      expect.stringMatching(/^revision\.create editor@quanze\.test /),
      expect.stringMatching(/^revision\.edit editor@quanze\.test /),
      expect.stringMatching(/^revision\.submit editor@quanze\.test /),
      expect.stringMatching(/^revision\.approve reviewer@quanze\.test /),
      expect.stringMatching(/^revision\.publish publisher@quanze\.test /),
    ])
  })

  it("the department's editor reads the history of its revisions; an editor of another department does not", async () => {
    const history = await rest('GET', `/api/audit-log?where[revision][equals]=${revisionId}&sort=sequence&depth=0`, 'editor')
    expect(history.status).toBe(200)
    expect(history.body.docs.map((doc: any) => doc.action)).toEqual([
      'revision.create',
      'revision.edit',
      'revision.edit',
      'revision.edit',
      'revision.submit',
      'revision.approve',
      'revision.edit',
      'revision.approve',
      'revision.publish',
    ])
    const other = await payload.create({
      collection: 'departments',
      data: { code: 'gz-other', name: '其他部门', regionCode: '520100', level: 'city' } as never,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'outsider@quanze.test', password: 'quanze-demo', roles: ['editor'], departments: [other.id] } as never,
    })
    const outsider = await login(server.url, 'outsider@quanze.test')
    const hidden = await call(server.url, 'GET', `/api/audit-log?where[revision][equals]=${revisionId}&depth=0`, { auth: outsider })
    expect(hidden.status).toBe(200)
    expect(hidden.body.totalDocs).toBe(0)
  })

  it('`npm run verify` passes on the intact database', async () => {
    const report = await verifyAll(payload)
    expect(report.ok).toBe(true)
    const { stdout } = await run('npm', ['run', '--silent', 'verify'], { env: cliEnv(), cwd: process.cwd(), timeout: 120_000 })
    expect(stdout).toMatch(/department gz-aic: 4 snapshots, chain ok/)
    expect(stdout).toMatch(/department gz-other: 0 snapshots, chain ok/)
  })

  it('changing one byte of a stored item in the database makes `npm run verify` fail', async () => {
    const target = await tamperStoredItem(payload)
    const failed = await run('npm', ['run', '--silent', 'verify'], { env: cliEnv(), cwd: process.cwd(), timeout: 120_000 }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(failed).not.toBeNull()
    expect(failed!.code).not.toBe(0)
    expect(`${failed!.stdout}\n${failed!.stderr}`).toContain(`item-contents ${target}`)
  })
})

function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: databaseUri, QUANZE_LOG_LEVEL: 'fatal' }
  delete env.QUANZE_DB_PUSH
  delete env.NODE_OPTIONS
  return env
}

/** One byte of the added item's name ('A' → 'B') in its stored content, changed behind Payload's back; returns the row id. */
async function tamperStoredItem(payload: Payload): Promise<string> {
  const db = payload.db as unknown as {
    client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: any[] }> }
    pool?: { query: (sql: string, args: unknown[]) => Promise<{ rows: any[] }> }
  }
  const like = '%新增许可事项 A%'
  if (testDatabase === 'sqlite') {
    const { rows } = await db.client!.execute({ sql: 'SELECT id, item FROM item_contents WHERE item LIKE ?', args: [like] })
    await db.client!.execute({ sql: 'UPDATE item_contents SET item = ? WHERE id = ?', args: [oneByteChanged(String(rows[0].item)), rows[0].id] })
    return String(rows[0].id)
  }
  const { rows } = await db.pool!.query('SELECT id, item::text AS item FROM item_contents WHERE item::text LIKE $1', [like])
  await db.pool!.query('UPDATE item_contents SET item = $1::jsonb WHERE id = $2', [oneByteChanged(String(rows[0].item)), rows[0].id])
  return String(rows[0].id)
}

function oneByteChanged(text: string): string {
  const at = text.indexOf('新增许可事项 A')
  expect(at).toBeGreaterThan(0)
  const byte = at + '新增许可事项 '.length
  return `${text.slice(0, byte)}B${text.slice(byte + 1)}`
}
