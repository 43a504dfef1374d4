import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Change } from '../../src/domain/proposal'
import { todayInChina } from '../../src/domain/dates'
import { createDraftRevision, putProposals } from '../../src/services/proposals'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, headSnapshot } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { fireEvent } from '../../src/services/workflow'
import { makeItem } from '../support/items'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * A revision at real size, end to end: 1,000 proposals built with one putProposals call (the
 * import path), read back page by page, reviewed through the paged diff, approved, published,
 * and verified. Plus putProposals' all-or-nothing refusal naming each bad code.
 */
const SIZE = 1000
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
let departmentId: string | number
const auth: Record<string, string> = {}
const codes = Array.from({ length: SIZE }, (_, index) => `XK-${String(1000 + index).padStart(5, '0')}-000`)

beforeAll(async () => {
  payload = await startPayload('revision_scale')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  departmentId = (await findDepartment({ payload }, 'gz-aic'))!.id
  server = await startServer(payload)
  for (const role of ['editor', 'reviewer']) auth[role] = await login(server.url, `${role}@quanze.test`)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

async function as(email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}

describe('putProposals: the batch path of imports', () => {
  it('refuses the whole batch when any change is bad, naming each bad code, and writes nothing', async () => {
    const editor = await as('editor@quanze.test')
    const revision = await createDraftRevision(editor, { department: departmentId, title: '导入（有错）' })
    const changes: Change[] = [
      { action: 'add', code: 'XK-00901-000', item: makeItem('XK-00901-000') },
      { action: 'add', code: 'XK-00902-000', item: { ...makeItem('XK-00902-000'), category: 'ZZ' } as never },
      { action: 'add', code: 'XK-00901-000', item: makeItem('XK-00901-000') },
      { action: 'repeal', code: 'QT-00004-000' },
    ]
    await expect(putProposals(editor, revision.id, changes)).rejects.toMatchObject({
      status: 422,
      data: {
        errors: expect.arrayContaining([
          expect.objectContaining({ path: '/changes/1/item/category', message: expect.stringContaining('XK-00902-000') }),
          expect.objectContaining({ path: '/changes/2/code', message: expect.stringContaining('XK-00901-000') }),
        ]),
      },
    })
    expect((await payload.count({ collection: 'proposals', where: { revision: { equals: revision.id } } })).totalDocs).toBe(0)
    // a change that does not fit the base list refuses the batch too
    await expect(
      putProposals(editor, revision.id, [
        { action: 'repeal', code: 'XK-09999-000' },
        { action: 'add', code: 'XK-00903-000', item: makeItem('XK-00903-000') },
      ]),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('XK-09999-000') })
    expect((await payload.count({ collection: 'proposals', where: { revision: { equals: revision.id } } })).totalDocs).toBe(0)
    // a reviewer cannot write proposals at all
    await expect(putProposals(await as('reviewer@quanze.test'), revision.id, [changes[0]])).rejects.toMatchObject({ status: 403 })
    await fireEvent(editor, revision.id, 'withdraw')
  })

  it('replaceAll makes the batch the whole proposal; without it the batch is merged', async () => {
    const editor = await as('editor@quanze.test')
    const revision = await createDraftRevision(editor, { department: departmentId, title: '导入（替换）' })
    await putProposals(editor, revision.id, [
      { action: 'add', code: 'XK-00911-000', item: makeItem('XK-00911-000') },
      { action: 'repeal', code: 'QT-00004-000' },
    ])
    await putProposals(editor, revision.id, [{ action: 'add', code: 'XK-00912-000', item: makeItem('XK-00912-000') }])
    const listed = async () =>
      (await payload.find({ collection: 'proposals', where: { revision: { equals: revision.id } }, sort: 'code', depth: 0 })).docs.map((doc) => [
        doc.code,
        doc.version,
      ])
    expect(await listed()).toEqual([
      ['QT-00004-000', 1],
      ['XK-00911-000', 1],
      ['XK-00912-000', 1],
    ])
    await putProposals(editor, revision.id, [{ action: 'add', code: 'XK-00912-000', item: makeItem('XK-00912-000', { name: '替换' }) }], { replaceAll: true })
    expect(await listed()).toEqual([['XK-00912-000', 1]])
    await fireEvent(editor, revision.id, 'withdraw')
  })
})

describe(`a ${SIZE}-proposal revision, built, reviewed, published and verified`, () => {
  let revisionId: string | number

  it('is built with one batch call, audited once', async () => {
    const editor = await as('editor@quanze.test')
    const revision = await createDraftRevision(editor, { department: departmentId, title: `${SIZE} 项导入`, reason: '首次导入' })
    revisionId = revision.id
    const auditBefore = (await payload.count({ collection: 'audit-log' })).totalDocs
    const result = await putProposals(
      editor,
      revisionId,
      codes.map((code) => ({ action: 'add', code, item: makeItem(code, { name: `导入事项 ${code}` }) })),
    )
    expect(result).toEqual({ count: SIZE })
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(auditBefore + 1)
    expect((await payload.count({ collection: 'proposals', where: { revision: { equals: revisionId } } })).totalDocs).toBe(SIZE)
  })

  it('lists its proposals page by page and reviews them through the paged diff', async () => {
    const page = await call(server.url, 'GET', `/api/revisions/${revisionId}/items?page=20&limit=50`, { auth: auth.reviewer })
    expect(page.body).toMatchObject({ totalDocs: SIZE, page: 20, totalPages: 20 })
    expect(page.body.docs.at(-1).code).toBe(codes.at(-1))
    const diff = await call(server.url, 'GET', `/api/revisions/${revisionId}/diff?page=2&limit=50`, { auth: auth.reviewer })
    expect(diff.status).toBe(200)
    expect(diff.body.summary).toMatchObject({ added: SIZE, modified: 0, repealed: 0 })
    expect(diff.body.items).toHaveLength(50)
    expect(diff.body.items[0]).toMatchObject({ code: codes[50], change: 'added' })
  })

  it('one more PUT to it keeps the hash incremental: the revision hash changes, other proposals stay at version 1', async () => {
    const before = (await payload.findByID({ collection: 'revisions', id: revisionId, depth: 0, joins: false })).proposalHash
    const put = await call(server.url, 'PUT', `/api/revisions/${revisionId}/items/${codes[500]}`, {
      auth: auth.editor,
      body: makeItem(codes[500], { name: '改过一次' }),
    })
    expect(put.status, JSON.stringify(put.body)).toBe(200)
    expect(put.body.proposal).toMatchObject({ version: 2 })
    expect(put.body.doc.proposalHash).not.toBe(before)
    expect(
      (await payload.count({ collection: 'proposals', where: { and: [{ revision: { equals: revisionId } }, { version: { equals: 1 } }] } })).totalDocs,
    ).toBe(SIZE - 1)
  })

  it('is approved, published and verified', async () => {
    await fireEvent(await as('editor@quanze.test'), revisionId, 'submit')
    await fireEvent(await as('reviewer@quanze.test'), revisionId, 'approve')
    const today = todayInChina()
    await fireEvent(await as('publisher@quanze.test'), revisionId, 'publish', { effectiveFrom: today })
    const head = await headSnapshot({ payload }, departmentId)
    expect(head!.items).toHaveLength(34 + SIZE)
    expect(head!.items.find((item) => item.code === codes[500])).toMatchObject({ name: '改过一次', effectiveFrom: today })
    const open = await payload.count({
      collection: 'power-items',
      where: { and: [{ department: { equals: departmentId } }, { effectiveTo: { exists: false } }] },
    })
    expect(open.totalDocs).toBe(34 + SIZE)
    const anonymous = await call(server.url, 'GET', `/api/power-items?where[code][equals]=${codes[500]}&depth=0`)
    expect(anonymous.body.docs.map((doc: any) => doc.item.name)).toEqual(['改过一次'])
    const report = await verifyAll(payload)
    expect(report.ok, report.lines.join('\n')).toBe(true)
  })
})
