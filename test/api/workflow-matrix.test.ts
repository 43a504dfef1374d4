import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { todayInChina } from '../../src/domain/dates'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment } from '../../src/services/snapshots'
import { makeItem } from '../support/items'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * API.md "Roles" and "Workflow API" through REST: every role (anonymous included) × every workflow
 * event × every revision status, each cell with its exact status and problem+json body; then
 * separation of duties and the errors of proposing items.
 */
const PROBLEM = 'application/problem+json'
const today = todayInChina()

type Role = 'anonymous' | 'editor' | 'reviewer' | 'publisher' | 'admin'
type Status = 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'withdrawn'
type Event = 'submit' | 'approve' | 'reject' | 'revise' | 'withdraw' | 'publish'
const ROLES: Role[] = ['anonymous', 'editor', 'reviewer', 'publisher', 'admin']
const STATUSES: Status[] = ['draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn']

/** Expected status per cell, columns in ROLES order: anonymous, editor, reviewer, publisher, admin. */
const MATRIX: Record<Event, Record<Status, [number, number, number, number, number]>> = {
  submit: {
    draft: [401, 200, 403, 403, 200],
    submitted: [401, 409, 403, 403, 409],
    approved: [401, 409, 403, 403, 409],
    rejected: [401, 409, 403, 403, 409],
    published: [401, 409, 403, 403, 409],
    withdrawn: [401, 409, 403, 403, 409],
  },
  approve: {
    draft: [401, 403, 409, 403, 409],
    submitted: [401, 403, 200, 403, 200],
    approved: [401, 403, 409, 403, 409], // already approved and unchanged since
    rejected: [401, 403, 409, 403, 409],
    published: [401, 403, 409, 403, 409],
    withdrawn: [401, 403, 409, 403, 409],
  },
  reject: {
    draft: [401, 403, 409, 403, 409],
    submitted: [401, 403, 200, 403, 200],
    approved: [401, 403, 200, 403, 200],
    rejected: [401, 403, 409, 403, 409],
    published: [401, 403, 409, 403, 409],
    withdrawn: [401, 403, 409, 403, 409],
  },
  revise: {
    draft: [401, 409, 403, 403, 409],
    submitted: [401, 409, 403, 403, 409],
    approved: [401, 409, 403, 403, 409],
    rejected: [401, 200, 403, 403, 200],
    published: [401, 409, 403, 403, 409],
    withdrawn: [401, 409, 403, 403, 409],
  },
  withdraw: {
    draft: [401, 200, 403, 403, 200],
    submitted: [401, 200, 403, 403, 200],
    approved: [401, 409, 403, 403, 409],
    rejected: [401, 409, 403, 403, 409],
    published: [401, 409, 403, 403, 409],
    withdrawn: [401, 409, 403, 403, 409],
  },
  publish: {
    draft: [401, 403, 403, 409, 409],
    submitted: [401, 403, 403, 409, 409],
    approved: [401, 403, 403, 200, 200],
    rejected: [401, 403, 403, 409, 409],
    published: [401, 403, 403, 409, 409],
    withdrawn: [401, 403, 403, 409, 409],
  },
}
const TARGET: Record<Event, Status> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  revise: 'draft',
  withdraw: 'withdrawn',
  publish: 'published',
}
const CAPACITY: Record<Event, string> = {
  submit: 'departmentEditor',
  approve: 'reviewer',
  reject: 'reviewer',
  revise: 'departmentEditor',
  withdraw: 'departmentEditor',
  publish: 'publisher',
}
const TITLES: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 409: 'Conflict' }

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
const users: Record<string, string | number> = {}
let nextCode = 100

beforeAll(async () => {
  payload = await startPayload('matrix')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  const department = await findDepartment({ payload }, 'gz-aic')
  await payload.create({ collection: 'users', data: { email: 'admin2@quanze.test', password: 'quanze-demo', roles: ['admin'] } as never })
  await payload.create({
    collection: 'users',
    data: { email: 'legal@quanze.test', password: 'quanze-demo', roles: ['editor', 'reviewer'], departments: [department!.id] } as never,
  })
  server = await startServer(payload)
  for (const name of ['admin', 'editor', 'reviewer', 'publisher', 'admin2', 'legal']) {
    auth[name] = await login(server.url, `${name}@quanze.test`)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: `${name}@quanze.test` } }, limit: 1 })
    users[name] = docs[0].id
  }
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, who?: string, body?: unknown) =>
  call(server.url, method, path, { auth: who && who !== 'anonymous' ? auth[who] : undefined, body })
/** A rejection says why (it needs a comment); a publication has a date. */
const DEFAULT_BODY: Partial<Record<Event, Record<string, unknown>>> = { publish: { effectiveFrom: today }, reject: { comment: '依据不足，请补充' } }
const fire = (id: string | number, event: Event, who: string, body: Record<string, unknown> = {}) =>
  rest('POST', `/api/revisions/${id}/${event}`, who, { ...DEFAULT_BODY[event], ...body })

/** A refusal's detail: Chinese for the admin's users, then this English in brackets for programs. */
const inBrackets = (english: string) => expect.stringMatching(new RegExp(`^[^\\x00-\\x7f].* \\(${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`))

function expectProblem(
  response: { status: number; headers: Headers; body: any },
  status: number,
  title = TITLES[status],
  detail: unknown = expect.any(String),
) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
  expect(response.body).toEqual({
    type: `https://quanze.dev/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    status,
    detail,
    ...(response.body.errors ? { errors: response.body.errors } : {}),
  })
}

function expectOk(response: { status: number; body: any }) {
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

const newCode = () => `XK-${String(nextCode++).padStart(5, '0')}-000`

/** A revision by `author` adding one new item of its own, brought to `status` through REST. */
async function revisionIn(status: Status, author = 'editor'): Promise<string | number> {
  const created = await rest('POST', '/api/revisions?depth=0', author, { department: 'gz-aic', title: `矩阵测试 ${status}`, reason: '测试' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const code = newCode()
  expectOk(await rest('PUT', `/api/revisions/${id}/items/${code}`, author, makeItem(code)))
  const steps: Record<Status, Array<[Event, string]>> = {
    draft: [],
    submitted: [['submit', author]],
    approved: [
      ['submit', author],
      ['approve', 'reviewer'],
    ],
    rejected: [
      ['submit', author],
      ['reject', 'reviewer'],
    ],
    published: [
      ['submit', author],
      ['approve', 'reviewer'],
      ['publish', 'publisher'],
    ],
    withdrawn: [['withdraw', author]],
  }
  for (const [event, who] of steps[status]) expectOk(await fire(id, event, who))
  expect((await rest('GET', `/api/revisions/${id}?depth=0`, 'admin')).body.status).toBe(status)
  return id
}

const auditCount = async () => (await payload.count({ collection: 'audit-log' })).totalDocs
const statusOf = async (id: string | number) => (await payload.findByID({ collection: 'revisions', id, depth: 0 })).status

describe('role × transition matrix through REST', () => {
  /** one revision per status serves every refused cell: a refusal changes nothing */
  const shared: Partial<Record<Status, string | number>> = {}
  beforeAll(async () => {
    for (const status of STATUSES) shared[status] = await revisionIn(status)
  })

  for (const event of Object.keys(MATRIX) as Event[]) {
    describe(event, () => {
      for (const status of STATUSES) {
        ROLES.forEach((role, column) => {
          const expected = MATRIX[event][status][column]
          it(`${role} ${event} from ${status} → ${expected}`, async () => {
            if (expected === 200) {
              const id = await revisionIn(status)
              const before = await auditCount()
              const response = await fire(id, event, role)
              expectOk(response)
              expect(response.body.doc).toMatchObject({ id, status: TARGET[event] })
              expect(await statusOf(id)).toBe(TARGET[event])
              const { docs } = await payload.find({ collection: 'audit-log', sort: '-sequence', limit: 1, depth: 0 })
              expect(await auditCount()).toBe(before + 1)
              expect(docs[0]).toMatchObject({
                action: `revision.${event}`,
                actor: `${role}@quanze.test`,
                entityId: String(id),
                fromStatus: status,
                toStatus: TARGET[event],
              })
              return
            }
            const id = shared[status]!
            const before = await auditCount()
            const response = await fire(id, event, role)
            const detail =
              expected === 401
                ? 'log in first: POST /api/users/login, then send Authorization: JWT <token>'
                : expected === 403
                  ? inBrackets(`${event}: requires the ${CAPACITY[event]} role`)
                  : event === 'approve' && status === 'approved'
                    ? inBrackets('approve: already approved, and unchanged since')
                    : inBrackets(`${event}: not possible while the revision is ${status}`)
            expectProblem(response, expected, TITLES[expected], detail)
            expect(await statusOf(id)).toBe(status)
            expect(await auditCount()).toBe(before)
          })
        })
      }
    })
  }
})

describe('separation of duties (invariant 4)', () => {
  const sod = (event: string) => inBrackets(`${event}: you authored or edited this revision; another reviewer must decide`)

  it('the author may not approve or reject, even when they also hold the reviewer role', async () => {
    const id = await revisionIn('submitted', 'legal')
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', expect.stringMatching(/^“审查通过”须由另一位审查员决定：本修订由你起草或编辑过 /))
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', sod('approve'))
    expectProblem(await fire(id, 'reject', 'legal'), 403, 'Forbidden', sod('reject'))
    expect(await statusOf(id)).toBe('submitted')
    expectOk(await fire(id, 'approve', 'reviewer'))
  })

  it('an editor who edited a proposal may not decide on it', async () => {
    const id = await revisionIn('draft')
    const code = newCode()
    expectOk(await rest('PUT', `/api/revisions/${id}/items/${code}`, 'legal', makeItem(code)))
    const doc = (await rest('GET', `/api/revisions/${id}?depth=0`, 'admin')).body
    expect(doc.author).toBe(users.editor)
    expect(doc.editors).toEqual([users.legal])
    expectOk(await fire(id, 'submit', 'editor'))
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', expect.stringMatching(/^“审查通过”须由另一位审查员决定：本修订由你起草或编辑过 /))
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', sod('approve'))
    expectProblem(await fire(id, 'reject', 'legal'), 403, 'Forbidden', sod('reject'))
    expectOk(await fire(id, 'reject', 'reviewer'))
  })

  it('a rejection without a comment (or a blank one) is refused naming it, and the revision stays submitted', async () => {
    const id = await revisionIn('submitted')
    for (const comment of [undefined, '   ']) {
      const response = await rest('POST', `/api/revisions/${id}/reject`, 'reviewer', comment === undefined ? {} : { comment })
      expectProblem(response, 422, 'Comment required')
      expect(response.body.detail).toContain('审查意见')
    }
    expect((await rest('GET', `/api/revisions/${id}?depth=0`, 'admin')).body.status).toBe('submitted')
  })

  it('an edit after approval makes the editor ineligible to approve it again', async () => {
    const id = await revisionIn('approved')
    const code = newCode()
    expectOk(await rest('PUT', `/api/revisions/${id}/items/${code}`, 'legal', makeItem(code)))
    expect(await statusOf(id)).toBe('approved')
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', expect.stringMatching(/^“审查通过”须由另一位审查员决定：本修订由你起草或编辑过 /))
    expectProblem(await fire(id, 'approve', 'legal'), 403, 'Forbidden', sod('approve'))
    expectProblem(await fire(id, 'publish', 'publisher'), 409, 'Changed since approval')
    expectOk(await fire(id, 'approve', 'reviewer'))
    expectOk(await fire(id, 'publish', 'publisher'))
  })

  it('admins included: an admin who authored or edited may not decide; another admin may', async () => {
    const authored = await revisionIn('submitted', 'admin')
    expectProblem(await fire(authored, 'approve', 'admin'), 403, 'Forbidden', sod('approve'))
    expectProblem(await fire(authored, 'reject', 'admin'), 403, 'Forbidden', sod('reject'))
    expectOk(await fire(authored, 'approve', 'admin2'))

    const edited = await revisionIn('draft')
    const code = newCode()
    expectOk(await rest('PUT', `/api/revisions/${edited}/items/${code}`, 'admin', makeItem(code)))
    expectOk(await fire(edited, 'submit', 'editor'))
    expectProblem(await fire(edited, 'approve', 'admin'), 403, 'Forbidden', sod('approve'))
    expectOk(await fire(edited, 'approve', 'admin2'))
    expectOk(await fire(edited, 'publish', 'admin'))
  })
})

describe('proposal errors (API.md "Workflow API")', () => {
  it('PUT with an invalid item → 422 with errors[].path naming the fields', async () => {
    const id = await revisionIn('draft')
    const response = await rest('PUT', `/api/revisions/${id}/items/XK-00050-000`, 'editor', {
      ...makeItem('XK-00050-000'),
      name: '',
      category: 'ZZ',
      statutoryDeadline: { value: -1, unit: 'year', note: null },
    })
    expectProblem(response, 422, 'Invalid power item')
    const paths = response.body.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['/name', '/category', '/statutoryDeadline/value', '/statutoryDeadline/unit']))
    expect(response.body.errors.every((error: { message: unknown }) => typeof error.message === 'string' && error.message)).toBe(true)
    expect((await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.totalDocs).toBe(1)
  })

  it('PUT whose body code differs from the address → 422 naming /code', async () => {
    const id = await revisionIn('draft')
    const response = await rest('PUT', `/api/revisions/${id}/items/XK-00051-000`, 'editor', makeItem('XK-00052-000'))
    expectProblem(response, 422, 'Invalid power item')
    expect(response.body.errors).toEqual([{ path: '/code', message: '应为 XK-00051-000 (must equal XK-00051-000)' }])
  })

  it('PUT or DELETE on a submitted (or published, withdrawn, rejected) revision → 409', async () => {
    for (const status of ['submitted', 'rejected', 'published', 'withdrawn'] as const) {
      const id = await revisionIn(status)
      const before = (await rest('GET', `/api/revisions/${id}/items`, 'admin')).body.docs
      const code = newCode()
      expectProblem(await rest('PUT', `/api/revisions/${id}/items/${code}`, 'editor', makeItem(code)), 409, 'Revision not editable')
      expectProblem(await rest('DELETE', `/api/revisions/${id}/items/QT-00001-000`, 'editor'), 409, 'Revision not editable')
      expect((await rest('GET', `/api/revisions/${id}/items`, 'admin')).body.docs).toEqual(before)
      expect(await statusOf(id)).toBe(status)
    }
  })

  it('re-sending the very same item to a submitted revision is refused too (409), not silently accepted', async () => {
    const id = await revisionIn('draft')
    const [row] = (await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.docs
    expectOk(await fire(id, 'submit', 'editor'))
    expectProblem(await rest('PUT', `/api/revisions/${id}/items/${row.code}`, 'editor', makeItem(row.code)), 409, 'Revision not editable')
  })

  it('the title and reason change only while proposals may (PATCH through Payload REST)', async () => {
    const id = await revisionIn('draft')
    const renamed = await rest('PATCH', `/api/revisions/${id}?depth=0`, 'editor', { title: '改名后的修订' })
    expectOk(renamed)
    expect(renamed.body.doc.title).toBe('改名后的修订')
    for (const status of ['submitted', 'published'] as const) {
      const other = await revisionIn(status)
      const patch = await rest('PATCH', `/api/revisions/${other}?depth=0`, 'editor', { title: '发布后改名', reason: '改理由' })
      expectProblem(patch, 409, 'Revision not editable')
      expect((await payload.findByID({ collection: 'revisions', id: other, depth: 0 })).title).toBe(`矩阵测试 ${status}`)
    }
  })

  it('DELETE of a code not in the list → 404', async () => {
    const id = await revisionIn('draft')
    expectProblem(await rest('DELETE', `/api/revisions/${id}/items/XK-09999-000`, 'editor'), 404, 'Not found')
    expect((await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.totalDocs).toBe(1)
  })

  it('DELETE of a proposed addition withdraws the proposal', async () => {
    const id = await revisionIn('draft')
    const [row] = (await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.docs
    const response = await rest('DELETE', `/api/revisions/${id}/items/${row.code}`, 'editor')
    expectOk(response)
    expect(response.body.proposal).toBeNull()
    expect((await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.totalDocs).toBe(0)
  })

  it('reviewers, publishers and anonymous users cannot propose', async () => {
    const id = await revisionIn('draft')
    const code = newCode()
    expectProblem(await rest('PUT', `/api/revisions/${id}/items/${code}`, 'anonymous', makeItem(code)), 401)
    expectProblem(await rest('DELETE', `/api/revisions/${id}/items/QT-00001-000`, 'anonymous'), 401)
    for (const role of ['reviewer', 'publisher']) {
      expectProblem(await rest('PUT', `/api/revisions/${id}/items/${code}`, role, makeItem(code)), 403)
      expectProblem(await rest('DELETE', `/api/revisions/${id}/items/QT-00001-000`, role), 403)
    }
    expect((await rest('GET', `/api/revisions/${id}/items`, 'editor')).body.totalDocs).toBe(1)
  })

  it('publish of a non-approved revision → 409, and with a bad effective date → 422', async () => {
    const id = await revisionIn('submitted')
    // what the publisher reads under the buttons, in the admin's Chinese
    expectProblem(await fire(id, 'publish', 'publisher'), 409, 'Conflict', '修订“待审查”时不能“发布” (publish: not possible while the revision is submitted)')
    expectOk(await fire(id, 'approve', 'reviewer'))
    const bad = await fire(id, 'publish', 'publisher', { effectiveFrom: '2025-02-30' })
    expectProblem(bad, 422, 'Invalid effective date')
    expect(bad.body.errors).toEqual([{ path: '/effectiveFrom', message: '应为日期，按 年-月-日 填写 (must be a date YYYY-MM-DD)' }])
    const missing = await rest('POST', `/api/revisions/${id}/publish`, 'publisher', {})
    expectProblem(missing, 422, 'Invalid effective date')
    expect(await statusOf(id)).toBe('approved')
  })

  it('an unknown revision → 404 for every event', async () => {
    for (const event of Object.keys(MATRIX) as Event[]) expectProblem(await fire(999999, event, 'admin'), 404, 'Not found')
  })
})
