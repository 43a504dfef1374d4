import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type CollectionBeforeChangeHook, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { firstBrokenAuditRecord } from '../../src/domain/audit'
import { todayInChina } from '../../src/domain/dates'
import { inForceOn } from '../../src/domain/point-in-time'
import type { PowerItem } from '../../src/domain/power-item'
import { verifySnapshotChain } from '../../src/domain/snapshot'
import { allAuditRecords } from '../../src/services/audit'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, headSnapshot, snapshotsOf } from '../../src/services/snapshots'
import { createLocalReq } from 'payload'
import { makeItem } from '../support/items'
import { freshDatabaseUri } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Invariants 5 and 7 at publication, through REST on a real server: atomicity (a failure half-way
 * leaves nothing behind), concurrency (two publishes, one snapshot), item locks, a stale base, and
 * a future effective date.
 *
 * Failure injection: this suite's Payload config gets one extra `beforeChange` hook on `snapshots`
 * (the publication's first write) and one on `audit-log` (its last, after the item mirror was
 * written), added here and nowhere else, that throw while `failOn` names them. Production code has
 * no test branch; the hooks are ordinary Payload configuration.
 */
const PROBLEM = 'application/problem+json'
const today = todayInChina()
let failOn: 'snapshots' | 'audit-log' | null = null
const injectFailure =
  (slug: 'snapshots' | 'audit-log'): CollectionBeforeChangeHook =>
  ({ data }) => {
    if (failOn === slug && (slug !== 'audit-log' || (data as { action?: string }).action === 'revision.publish'))
      throw new Error(`injected failure while writing ${slug}`)
    return data
  }

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
let departmentId: string | number
const auth: Record<string, string> = {}
let nextCode = 200

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('publication')
  const config = await makeConfig({ databaseUri })
  for (const slug of ['snapshots', 'audit-log'] as const) {
    const collection = config.collections.find((each) => each.slug === slug)!
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), injectFailure(slug)]
  }
  payload = await getPayload({ config, key: databaseUri })
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
const newCode = () => `XK-${String(nextCode++).padStart(5, '0')}-000`

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, title: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
  expect(response.body).toMatchObject({ status, title, detail: expect.any(String) })
}

async function currentItem(code: string): Promise<PowerItem> {
  const head = await headSnapshot({ payload }, departmentId)
  return head!.items.find((item) => item.code === code)!
}

/** A draft with the given proposals; `put` items are added or modified, `repeal` codes repealed. */
async function draft(put: PowerItem[], repeal: string[] = []): Promise<string | number> {
  const created = await rest('POST', '/api/revisions?depth=0', 'editor', { department: 'gz-aic', title: '发布测试', reason: '测试' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  for (const item of put) {
    const response = await rest('PUT', `/api/revisions/${id}/items/${item.code}`, 'editor', item)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
  for (const code of repeal) {
    const response = await rest('DELETE', `/api/revisions/${id}/items/${code}`, 'editor')
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
  return id
}

async function approve(id: string | number): Promise<void> {
  const submitted = await rest('POST', `/api/revisions/${id}/submit`, 'editor')
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  const approved = await rest('POST', `/api/revisions/${id}/approve`, 'reviewer')
  expect(approved.status, JSON.stringify(approved.body)).toBe(200)
}

const publish = (id: string | number, effectiveFrom = today, role = 'publisher') => rest('POST', `/api/revisions/${id}/publish`, role, { effectiveFrom })

async function state() {
  const snapshots = await snapshotsOf({ payload }, departmentId)
  const items = await payload.find({
    collection: 'power-items',
    where: { department: { equals: departmentId } },
    sort: 'code',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const audit = await allAuditRecords(await createLocalReq({}, payload))
  return {
    snapshots,
    items: items.docs.map(({ id, code, name, effectiveFrom, effectiveTo, item, updatedAt }: any) => ({
      id,
      code,
      name,
      effectiveFrom,
      effectiveTo: effectiveTo ?? null,
      committedDeadline: item?.committedDeadline,
      updatedAt,
    })),
    audit,
  }
}

const revisionStatus = async (id: string | number) => (await payload.findByID({ collection: 'revisions', id, depth: 0 })).status

describe('atomic publication (invariant 5)', () => {
  it('an error thrown after the item writes leaves no snapshot and no item change', async () => {
    const modified = { ...(await currentItem('XK-00001-000')), name: '内资公司设立、变更、注销登记（改）' }
    const added = makeItem(newCode())
    const id = await draft([modified, added], ['QT-00004-000'])
    await approve(id)
    const before = await state()

    failOn = 'audit-log' // the publication's last write: the snapshot and the item mirror have been written
    let response
    try {
      response = await publish(id)
    } finally {
      failOn = null
    }
    expectProblem(response, 500, 'Internal server error')
    expect(response.body.detail).toBe('Something went wrong; the change was not applied.')

    const after = await state()
    expect(after.snapshots.map((s) => s.id)).toEqual(before.snapshots.map((s) => s.id))
    expect(after.items).toEqual(before.items)
    expect(after.items.some((item) => item.code === added.code)).toBe(false)
    expect(after.audit.length).toBe(before.audit.length)
    expect(await revisionStatus(id)).toBe('approved')

    // nothing was half-done: the same revision publishes cleanly afterwards
    const retry = await publish(id)
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    const done = await state()
    expect(done.snapshots.length).toBe(before.snapshots.length + 1)
    const open = new Map(done.items.filter((item) => !item.effectiveTo).map((item) => [item.code, item]))
    expect(open.get('XK-00001-000')).toMatchObject({ name: '内资公司设立、变更、注销登记（改）', effectiveFrom: today, effectiveTo: null })
    expect(done.items.filter((item) => item.code === 'XK-00001-000').map((item) => item.effectiveTo)).toEqual(expect.arrayContaining([today, null]))
    expect(open.get(added.code)).toMatchObject({ effectiveFrom: today, effectiveTo: null })
    expect(open.has('QT-00004-000')).toBe(false)
    expect(done.items.find((item) => item.code === 'QT-00004-000')).toMatchObject({ effectiveTo: today })
    expect(done.audit.length).toBe(before.audit.length + 1)
  })

  it('a failure on the first write (the snapshot) also leaves the revision approved and no snapshot', async () => {
    const code = newCode()
    const id = await draft([makeItem(code)])
    await approve(id)
    const before = await state()
    failOn = 'snapshots'
    let response
    try {
      response = await publish(id)
    } finally {
      failOn = null
    }
    expectProblem(response, 500, 'Internal server error')
    const after = await state()
    expect(after.snapshots.length).toBe(before.snapshots.length)
    expect(after.items).toEqual(before.items)
    expect(after.audit.length).toBe(before.audit.length)
    expect(await revisionStatus(id)).toBe('approved')
    expect((await publish(id)).status).toBe(200)
  })
})

describe('concurrent publication', () => {
  for (const round of [1, 2, 3]) {
    it(`two simultaneous publishes of one revision give exactly one snapshot (round ${round})`, async () => {
      const id = await draft([makeItem(newCode())])
      await approve(id)
      const before = await state()
      const responses = await Promise.all([publish(id), publish(id, today, 'admin')])
      const statuses = responses.map((response) => response.status).sort()
      expect(statuses, JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409])
      const refused = responses.find((response) => response.status === 409)!
      expect(refused.headers.get('content-type')).toContain(PROBLEM)
      expect(refused.body).toMatchObject({ status: 409, title: expect.any(String), detail: expect.any(String) })
      const after = await state()
      expect(after.snapshots.length).toBe(before.snapshots.length + 1)
      expect(after.snapshots.filter((s) => s.revision?.id === String(id)).length).toBe(1)
      expect(after.audit.filter((record) => record.action === 'revision.publish' && record.entityId === String(id)).length).toBe(1)
      expect(after.audit.length).toBe(before.audit.length + 1)
      expect(firstBrokenAuditRecord(after.audit)).toBeNull()
      expect(verifySnapshotChain(after.snapshots).ok).toBe(true)
      expect(await revisionStatus(id)).toBe('published')
    })
  }

  it('two simultaneous publishes of two revisions on one base: one wins, the other gets 409', async () => {
    const a = await draft([makeItem(newCode())])
    const b = await draft([makeItem(newCode())])
    await approve(a)
    await approve(b)
    const before = await state()
    const responses = await Promise.all([publish(a), publish(b, today, 'admin')])
    expect(responses.map((response) => response.status).sort(), JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409])
    const loser = responses[0].status === 409 ? a : b
    expect(responses.find((response) => response.status === 409)!.body).toMatchObject({ status: 409, title: 'Base snapshot is no longer current' })
    const after = await state()
    expect(after.snapshots.length).toBe(before.snapshots.length + 1)
    expect(after.audit.length).toBe(before.audit.length + 1)
    expect(firstBrokenAuditRecord(after.audit)).toBeNull()
    expect(verifySnapshotChain(after.snapshots).ok).toBe(true)
    expect(await revisionStatus(loser)).toBe('approved')
  })
})

describe('concurrent workflow events (invariant 8: one audit chain)', () => {
  it('simultaneous events on different revisions all succeed and the audit chain stays intact', async () => {
    const ids = [await draft([makeItem(newCode())]), await draft([makeItem(newCode())]), await draft([makeItem(newCode())]), await draft([makeItem(newCode())])]
    for (const id of ids.slice(0, 3)) expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
    const before = await state()
    const responses = await Promise.all([
      rest('POST', `/api/revisions/${ids[0]}/approve`, 'reviewer'),
      rest('POST', `/api/revisions/${ids[1]}/approve`, 'admin'),
      rest('POST', `/api/revisions/${ids[2]}/reject`, 'reviewer', { comment: '退回' }),
      rest('POST', `/api/revisions/${ids[3]}/submit`, 'editor'),
      rest('PUT', `/api/revisions/${ids[3]}/items/JC-00003-000`, 'editor', { ...(await currentItem('JC-00003-000')), handlingUnit: '网络交易监督管理处' }),
    ])
    expect(
      responses.map((response) => response.status),
      JSON.stringify(responses.map((r) => r.body)),
    ).toEqual([200, 200, 200, 200, expect.any(Number)])
    expect([200, 409]).toContain(responses[4].status) // the edit lands before the submission, or is refused after it
    const after = await state()
    const added = after.audit.length - before.audit.length
    expect(added).toBe(responses[4].status === 200 ? 5 : 4)
    expect(firstBrokenAuditRecord(after.audit)).toBeNull()
    expect(after.audit.map((record) => record.sequence)).toEqual(after.audit.map((_, index) => index + 1))
    for (const id of ids) await rest('POST', `/api/revisions/${id}/withdraw`, 'editor')
    await rest('POST', `/api/revisions/${ids[0]}/reject`, 'reviewer', { comment: '退回' })
    await rest('POST', `/api/revisions/${ids[1]}/reject`, 'reviewer', { comment: '退回' })
  })
})

describe('racing transitions of one revision', () => {
  it('approve and withdraw at once: exactly one happens, and the audit log says which', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await draft([makeItem(newCode())])
      expect((await rest('POST', `/api/revisions/${id}/submit`, 'editor')).status).toBe(200)
      const before = await state()
      const [approved, withdrawn] = await Promise.all([
        rest('POST', `/api/revisions/${id}/approve`, 'reviewer'),
        rest('POST', `/api/revisions/${id}/withdraw`, 'editor'),
      ])
      expect([approved.status, withdrawn.status].sort(), JSON.stringify([approved.body, withdrawn.body])).toEqual([200, 409])
      const winner = approved.status === 200 ? 'approved' : 'withdrawn'
      expect(await revisionStatus(id)).toBe(winner)
      const after = await state()
      expect(after.audit.slice(before.audit.length).map((record) => `${record.fromStatus}→${record.toStatus}`)).toEqual([`submitted→${winner}`])
      if (winner === 'approved') await rest('POST', `/api/revisions/${id}/reject`, 'reviewer', { comment: '退回' })
    }
  })

  it('an edit racing a submission either lands before it or is refused: never lost, never reverting the status', async () => {
    for (let round = 0; round < 3; round++) {
      const code = newCode()
      const id = await draft([makeItem(code)])
      const edited = makeItem(code, { name: `并发修改 ${round}` })
      const [put, submit] = await Promise.all([
        rest('PUT', `/api/revisions/${id}/items/${code}`, 'editor', edited),
        rest('POST', `/api/revisions/${id}/submit`, 'editor'),
      ])
      expect(submit.status, JSON.stringify(submit.body)).toBe(200)
      expect([200, 409], JSON.stringify(put.body)).toContain(put.status)
      const doc = await payload.findByID({ collection: 'revisions', id, depth: 0 })
      expect(doc.status).toBe('submitted')
      const proposal = (await rest('GET', `/api/revisions/${id}/items/${code}`, 'editor')).body.doc
      expect(proposal.item.name).toBe(put.status === 200 ? edited.name : `事项 ${code}`)
      await rest('POST', `/api/revisions/${id}/withdraw`, 'editor')
    }
  })
})

describe('racing writes through Payload REST (the admin UI saves revisions with PATCH)', () => {
  it('a PATCH racing a transition never reverts the status nor loses the transition', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await draft([makeItem(newCode())])
      const [patch, submit] = await Promise.all([
        rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { title: `改名 ${round}` }),
        rest('POST', `/api/revisions/${id}/submit`, 'editor'),
      ])
      expect(submit.status, JSON.stringify(submit.body)).toBe(200)
      expect([200, 409], JSON.stringify(patch.body)).toContain(patch.status)
      const doc = await payload.findByID({ collection: 'revisions', id, depth: 0 })
      expect(doc.status).toBe('submitted')
      if (patch.status === 200) expect(doc.title).toBe(`改名 ${round}`)
      await rest('POST', `/api/revisions/${id}/withdraw`, 'editor')
    }
  })
})

describe('item locks (invariant 7: an item is in at most one open revision)', () => {
  it('a second revision touching the same item is refused 409, until the first is no longer open', async () => {
    const first = await draft([{ ...(await currentItem('JC-00001-000')), handlingUnit: '信用监督管理处' }])
    const second = await draft([])
    const put = await rest('PUT', `/api/revisions/${second}/items/JC-00001-000`, 'editor', {
      ...(await currentItem('JC-00001-000')),
      handlingUnit: '市场规范管理处',
    })
    expectProblem(put, 409, 'Item in another open revision')
    expect(put.body.detail).toContain(`open revision ${first}`)
    expectProblem(await rest('DELETE', `/api/revisions/${second}/items/JC-00001-000`, 'editor'), 409, 'Item in another open revision')
    expect((await rest('GET', `/api/revisions/${second}/items`, 'editor')).body.totalDocs).toBe(0)

    // still held while submitted, approved or rejected
    expect((await rest('POST', `/api/revisions/${first}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${first}/reject`, 'reviewer', { comment: '依据不足' })).status).toBe(200)
    expectProblem(await rest('DELETE', `/api/revisions/${second}/items/JC-00001-000`, 'editor'), 409, 'Item in another open revision')

    // withdrawn releases it
    expect((await rest('POST', `/api/revisions/${first}/revise`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${first}/withdraw`, 'editor')).status).toBe(200)
    expect((await rest('DELETE', `/api/revisions/${second}/items/JC-00001-000`, 'editor')).status).toBe(200)
    await rest('POST', `/api/revisions/${second}/withdraw`, 'editor')
  })

  it('two simultaneous proposals of one item into two revisions: one lands, the other gets 409', async () => {
    const code = newCode()
    const [a, b] = [await draft([]), await draft([])]
    const responses = await Promise.all([a, b].map((id) => rest('PUT', `/api/revisions/${id}/items/${code}`, 'editor', makeItem(code))))
    expect(responses.map((response) => response.status).sort(), JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409])
    expect(responses.find((response) => response.status === 409)!.body).toMatchObject({ title: 'Item in another open revision' })
    const holders = await payload.find({ collection: 'proposals', where: { code: { equals: code } }, depth: 0 })
    expect(holders.totalDocs).toBe(1)
    for (const id of [a, b]) await rest('POST', `/api/revisions/${id}/withdraw`, 'editor')
  })

  it('two simultaneous proposals into one revision: both land', async () => {
    const id = await draft([])
    const codes = [newCode(), newCode(), newCode()]
    const responses = await Promise.all(codes.map((code) => rest('PUT', `/api/revisions/${id}/items/${code}`, 'editor', makeItem(code))))
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200])
    const listed = await rest('GET', `/api/revisions/${id}/items`, 'editor')
    expect(listed.body.docs.map((row: any) => row.code).sort()).toEqual(codes)
    await rest('POST', `/api/revisions/${id}/withdraw`, 'editor')
  })

  it('publication releases it', async () => {
    const code = newCode()
    const first = await draft([makeItem(code)])
    await approve(first)
    const second = await draft([])
    expectProblem(
      await rest('PUT', `/api/revisions/${second}/items/${code}`, 'editor', makeItem(code, { name: '又一个' })),
      409,
      'Item in another open revision',
    )
    expect((await publish(first)).status).toBe(200)
    const third = await draft([])
    expect((await rest('PUT', `/api/revisions/${third}/items/${code}`, 'editor', makeItem(code, { name: '又一个' }))).status).toBe(200)
    expect((await rest('GET', `/api/revisions/${third}/items/${code}`, 'editor')).body.doc.action).toBe('modify')
    await rest('POST', `/api/revisions/${second}/withdraw`, 'editor')
    await rest('POST', `/api/revisions/${third}/withdraw`, 'editor')
  })
})

describe('a stale base (invariant 7: never silently overwritten)', () => {
  it('publishing a revision built on a snapshot that is no longer current → 409, nothing written', async () => {
    const a = await draft([makeItem(newCode())])
    const b = await draft([{ ...(await currentItem('JC-00002-000')), handlingUnit: '外资企业监督管理处' }])
    await approve(a)
    await approve(b)
    expect((await publish(a)).status).toBe(200)
    const before = await state()
    const stale = await publish(b)
    expectProblem(stale, 409, 'Base snapshot is no longer current')
    const after = await state()
    expect(after.snapshots.length).toBe(before.snapshots.length)
    expect(after.items).toEqual(before.items)
    expect(after.audit.length).toBe(before.audit.length)
    expect(await revisionStatus(b)).toBe('approved')
  })
})

describe('effective dates', () => {
  it('refuses an effective date before the current list', async () => {
    const id = await draft([makeItem(newCode())])
    await approve(id)
    expectProblem(await publish(id, '2016-09-30'), 409, 'Effective date before the current list')
    expect(await revisionStatus(id)).toBe('approved')
    await rest('POST', `/api/revisions/${id}/reject`, 'reviewer', { comment: '退回' })
  })

  it('a revision published with a future effective date is not in force today', async () => {
    const future = (() => {
      const d = new Date(`${today}T00:00:00Z`)
      d.setUTCMonth(d.getUTCMonth() + 1, 1)
      return d.toISOString().slice(0, 10)
    })()
    const code = newCode()
    const id = await draft([makeItem(code)])
    await approve(id)
    const current = await headSnapshot({ payload }, departmentId)
    expect((await publish(id, future)).status).toBe(200)
    const snapshots = await snapshotsOf({ payload }, departmentId)
    const published = snapshots.at(-1)!
    expect(published).toMatchObject({ effectiveFrom: future, previousHash: current!.hash })
    expect(inForceOn(snapshots, today)?.id).toBe(current!.id)
    expect(inForceOn(snapshots, today)?.items.some((item) => item.code === code)).toBe(false)
    expect(inForceOn(snapshots, future)?.id).toBe(published.id)
    // the public does not see it yet
    const anonymous = await rest('GET', `/api/snapshots/${published.id}`)
    expect([403, 404]).toContain(anonymous.status)
    const list = await rest('GET', '/api/snapshots?limit=100&depth=0')
    expect(list.body.docs.map((doc: any) => String(doc.id))).not.toContain(published.id)
  })
})
