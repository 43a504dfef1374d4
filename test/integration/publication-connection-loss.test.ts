import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { makeConfig } from '../../payload.config'
import { todayInChina } from '../../src/domain/dates'
import { AUDIT_CHAIN_LOCK_KEY } from '../../src/services/audit'
import { createDraftRevision, putProposals } from '../../src/services/proposals'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { fireEvent } from '../../src/services/workflow'
import { makeItem } from '../support/items'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * PostgreSQL only (issue 11): the database connection carrying a publication is terminated
 * (pg_terminate_backend) half-way. The publisher gets an error promptly, as problem+json; nothing
 * of the publication is written; the chains verify; and publishing again succeeds.
 */
const SIZE = 1000
let payload: Payload
let databaseUri: string
let server: Awaited<ReturnType<typeof startServer>>
let admin: pg.Client
let departmentId: string | number

beforeAll(async () => {
  if (testDatabase !== 'postgres') return
  databaseUri = await freshDatabaseUri('connection_loss')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  departmentId = (await findDepartment({ payload }, 'gz-aic'))!.id
  server = await startServer(payload)
  admin = new pg.Client({ connectionString: databaseUri })
  await admin.connect()
})
afterAll(async () => {
  await admin?.end()
  await server?.close()
  await payload?.destroy()
})

async function as(email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}

/**
 * Terminates the backend whose transaction holds the audit chain's lock (services/audit.ts): the
 * publication's, which takes it first. Any backend "in a transaction" would not do: a single
 * statement has a transaction of its own, and the request's authentication (its user read) runs
 * while this looks, on a connection the pool already has open.
 */
async function terminateTransaction(deadline: number): Promise<number | null> {
  while (Date.now() < deadline) {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(activity.pid) AS done, activity.pid FROM pg_stat_activity activity
         JOIN pg_locks lock ON lock.pid = activity.pid AND lock.locktype = 'advisory' AND lock.granted
        WHERE activity.datname = current_database() AND ((lock.classid::bigint << 32) | lock.objid::bigint) = $1 LIMIT 1`,
      [AUDIT_CHAIN_LOCK_KEY],
    )
    if (rows[0]?.done) return rows[0].pid
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return null
}

describe.skipIf(testDatabase !== 'postgres')('a PostgreSQL connection killed mid-publication', () => {
  it('fails the publish with problem+json, writes nothing, and a retry publishes', async () => {
    const codes = Array.from({ length: SIZE }, (_, index) => `XK-${String(20000 + index).padStart(5, '0')}-000`)
    const editor = await as('editor@quanze.test')
    const revision = await createDraftRevision(editor, { department: departmentId, title: '连接中断', reason: '中断试验' })
    await putProposals(
      editor,
      revision.id,
      codes.map((code) => ({ action: 'add', code, item: makeItem(code) })),
    )
    await fireEvent(editor, revision.id, 'submit')
    await fireEvent(await as('reviewer@quanze.test'), revision.id, 'approve')
    const auth = await login(server.url, 'publisher@quanze.test')
    const auditBefore = (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    const snapshotsBefore = (await payload.count({ collection: 'snapshots', overrideAccess: true })).totalDocs

    const started = Date.now()
    const answer = call(server.url, 'POST', `/api/revisions/${revision.id}/publish`, { auth, body: { effectiveFrom: todayInChina() } })
    const killed = await terminateTransaction(Date.now() + 30_000)
    const response = await answer
    const ms = Date.now() - started
    console.info(`backend ${killed} terminated: ${response.status} ${JSON.stringify(response.body)} after ${ms} ms`)
    expect(killed, 'no publication transaction was seen to terminate').not.toBeNull()
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(500)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.body).toMatchObject({ status: response.status, title: expect.any(String) })
    expect(ms).toBeLessThan(30_000)

    const doc = await payload.findByID({ collection: 'revisions', id: revision.id, depth: 0, joins: false, overrideAccess: true })
    expect(doc.status).toBe('approved')
    expect((await payload.count({ collection: 'snapshots', overrideAccess: true })).totalDocs).toBe(snapshotsBefore)
    expect((await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBe(auditBefore)
    expect((await payload.count({ collection: 'power-items', where: { code: { in: codes } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await verifyAll(payload)).ok).toBe(true)

    const retry = await call(server.url, 'POST', `/api/revisions/${revision.id}/publish`, { auth, body: { effectiveFrom: todayInChina() } })
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    expect((await payload.count({ collection: 'power-items', where: { code: { in: codes } }, overrideAccess: true })).totalDocs).toBe(SIZE)
    expect((await payload.count({ collection: 'snapshots', overrideAccess: true })).totalDocs).toBe(snapshotsBefore + 1)
    const report = await verifyAll(payload)
    expect(report.ok, report.lines.join('\n')).toBe(true)
  })
})
