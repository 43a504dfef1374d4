import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { makeConfig } from '../../payload.config'
import { todayInChina } from '../../src/domain/dates'
import { createDraftRevision, putProposals } from '../../src/services/proposals'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { fireEvent } from '../../src/services/workflow'
import { makeItem } from '../support/items'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { call, login } from '../support/server'
import { startServerProcess, type ServerProcess } from '../support/server-process'

/**
 * SIGKILL during publication (issue 11): the server process publishes a large revision and is
 * killed at a random moment; after a restart the publication happened entirely (snapshot, items,
 * revision status, audit record) or not at all, the chains verify, and a retry publishes it.
 * QUANZE_KILL_TRIALS (default 2), QUANZE_KILL_SIZE proposals (default 300). The kill moment is
 * uniform in 0…1.3× the last complete publication's duration after the publish request is sent
 * (1 s before any completed), or in 0…QUANZE_KILL_WINDOW_MS when that is set.
 */
const TRIALS = Number(process.env.QUANZE_KILL_TRIALS ?? 2)
const SIZE = Number(process.env.QUANZE_KILL_SIZE ?? 300)
const FIXED_WINDOW_MS = process.env.QUANZE_KILL_WINDOW_MS ? Number(process.env.QUANZE_KILL_WINDOW_MS) : undefined
let payload: Payload
let databaseUri: string
let departmentId: string | number
let server: ServerProcess | undefined

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('publication_kill')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  departmentId = (await findDepartment({ payload }, 'gz-aic'))!.id
})
afterAll(async () => {
  await server?.kill()
  await payload?.destroy()
})

async function as(email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}

/** An approved revision adding SIZE items with codes of its own. */
async function approvedRevision(batch: number): Promise<{ id: string | number; codes: string[] }> {
  const codes = Array.from({ length: SIZE }, (_, index) => `XK-${String(10000 + batch * SIZE + index).padStart(5, '0')}-000`)
  const editor = await as('editor@quanze.test')
  const revision = await createDraftRevision(editor, { department: departmentId, title: `批量发布 ${batch}`, reason: '中断试验' })
  await putProposals(
    editor,
    revision.id,
    codes.map((code) => ({ action: 'add', code, item: makeItem(code) })),
  )
  await fireEvent(editor, revision.id, 'submit')
  await fireEvent(await as('reviewer@quanze.test'), revision.id, 'approve')
  return { id: revision.id, codes }
}

/** What of a publication is in the database: each part counted on its own. */
async function publicationState(revision: { id: string | number; codes: string[] }) {
  const doc = await payload.findByID({ collection: 'revisions', id: revision.id, depth: 0, joins: false, overrideAccess: true })
  const count = async (collection: string, where: object) =>
    (await payload.count({ collection: collection as never, where: where as never, overrideAccess: true })).totalDocs
  return {
    status: doc.status,
    snapshots: await count('snapshots', { revision: { equals: revision.id } }),
    audit: await count('audit-log', { and: [{ action: { equals: 'revision.publish' } }, { revision: { equals: revision.id } }] }),
    items: await count('power-items', { code: { in: revision.codes } }),
  }
}

const published = { status: 'published', snapshots: 1, audit: 1, items: SIZE }
const untouched = { status: 'approved', snapshots: 0, audit: 0, items: 0 }

describe(`SIGKILL during publication on ${testDatabase}`, () => {
  it(`${TRIALS} kill(s) at random moments leave the publication whole or absent, and a retry publishes`, { timeout: 60_000 + TRIALS * 60_000 }, async () => {
    const outcomes: string[] = []
    server = await startServerProcess(databaseUri)
    let revision = await approvedRevision(0)
    let window = FIXED_WINDOW_MS ?? 1000
    const completedIn = (ms: number) => (window = FIXED_WINDOW_MS ?? ms * 1.3)
    for (let trial = 0; trial < TRIALS; trial++) {
      const auth = await login(server.url, 'publisher@quanze.test')
      const delay = Math.random() * window
      const started = Date.now()
      const answer = call(server.url, 'POST', `/api/revisions/${revision.id}/publish`, { auth, body: { effectiveFrom: todayInChina() } }).then(
        (response) => ({ status: response.status, ms: Date.now() - started }),
        () => null,
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
      await server.kill()
      const answered = await answer
      server = await startServerProcess(databaseUri)
      const state = await publicationState(revision)
      outcomes.push(
        `killed ${Math.round(delay)} ms after the request: ${state.status}${answered ? ` (answered ${answered.status} in ${answered.ms} ms before the kill)` : ''}`,
      )
      expect([published, untouched], `trial ${trial}: ${JSON.stringify(state)}`).toContainEqual(state)
      if (answered?.status === 200) {
        expect(state).toEqual(published)
        completedIn(answered.ms)
      }
      const report = await verifyAll(payload)
      expect(report.ok, report.lines.join('\n')).toBe(true)
      if (state.status === 'approved') {
        // the restarted server publishes what the killed one did not
        const retryAuth = await login(server.url, 'publisher@quanze.test')
        const retried = Date.now()
        const retry = await call(server.url, 'POST', `/api/revisions/${revision.id}/publish`, {
          auth: retryAuth,
          body: { effectiveFrom: todayInChina() },
        })
        expect(retry.status, JSON.stringify(retry.body)).toBe(200)
        completedIn(Date.now() - retried)
        expect(await publicationState(revision)).toEqual(published)
        expect((await verifyAll(payload)).ok).toBe(true)
      }
      revision = await approvedRevision(trial + 1)
    }
    console.info(`SIGKILL trials on ${testDatabase}, ${SIZE} proposals:\n  ${outcomes.join('\n  ')}`)
  })
})
