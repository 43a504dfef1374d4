import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { seedSampleData } from '../../src/services/seed'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Hostile and careless input on Payload's own routes (issue 11): every refusal is a 4xx
 * problem+json, and a refused call changes nothing.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
let draftId: string | number

async function raw(method: string, path: string, init: { auth?: string; body?: string; type?: string } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(init.auth ? { authorization: init.auth } : {}), ...(init.type ? { 'content-type': init.type } : {}) },
    body: init.body,
  })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body }
}

function expectProblem(result: { status: number; type: string; body: any }, status: number) {
  expect(result.status).toBe(status)
  expect(result.type).toContain('application/problem+json')
  expect(result.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) })
}

const statusOf = async (id: string | number) => (await payload.findByID({ collection: 'revisions', id, depth: 0, overrideAccess: true })).status

beforeAll(async () => {
  payload = await startPayload('security_input')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
  for (const role of ['admin', 'editor', 'reviewer', 'publisher']) auth[role] = await login(server.url, `${role}@quanze.test`)
  const created = await call(server.url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: '输入测试', reason: '测试' } })
  expect(created.status).toBe(201)
  draftId = created.body.doc.id
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe('a body that is not JSON changes nothing', () => {
  it('refuses a malformed submit with 400 and leaves the revision a draft', async () => {
    expectProblem(await raw('POST', `/api/revisions/${draftId}/submit`, { auth: auth.editor, body: '{"name": "x",', type: 'application/json' }), 400)
    expect(await statusOf(draftId)).toBe('draft')
  })

  it('refuses a submit whose body is null or a string', async () => {
    for (const body of ['null', '"str"', '[1]', '42']) {
      expectProblem(await raw('POST', `/api/revisions/${draftId}/submit`, { auth: auth.editor, body, type: 'application/json' }), 400)
    }
    expect(await statusOf(draftId)).toBe('draft')
  })

  it('refuses an approval whose comment is cut off, keeping the revision submitted', async () => {
    const submitted = await call(server.url, 'POST', `/api/revisions/${draftId}/submit`, { auth: auth.editor })
    expect(submitted.status).toBe(200)
    expectProblem(
      await raw('POST', `/api/revisions/${draftId}/approve`, { auth: auth.reviewer, body: '{"comment": "needs fix in article 3', type: 'application/json' }),
      400,
    )
    expect(await statusOf(draftId)).toBe('submitted')
    expect((await call(server.url, 'POST', `/api/revisions/${draftId}/withdraw`, { auth: auth.editor })).status).toBe(200)
  })

  it('refuses non-object JSON, text and form bodies on a create, creating nothing', async () => {
    const before = await payload.count({ collection: 'revisions', overrideAccess: true })
    for (const body of ['"str"', 'null', '[]']) expectProblem(await raw('POST', '/api/revisions', { auth: auth.editor, body, type: 'application/json' }), 400)
    expectProblem(await raw('POST', '/api/revisions', { auth: auth.editor, body: 'department=gz-aic&title=x', type: 'application/x-www-form-urlencoded' }), 415)
    expectProblem(await raw('POST', '/api/revisions', { auth: auth.editor, body: 'department gz-aic', type: 'text/plain' }), 415)
    expect((await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a malformed GraphQL body with problem+json', async () => {
    expectProblem(await raw('POST', '/api/graphql', { body: '{"query": "{ Departments {', type: 'application/json' }), 400)
    expectProblem(await raw('POST', '/api/graphql', { body: 'query', type: 'text/plain' }), 415)
  })

  it('refuses a lone UTF-16 surrogate instead of replacing it', async () => {
    const before = await payload.count({ collection: 'revisions', overrideAccess: true })
    const result = await raw('POST', '/api/revisions', {
      auth: auth.editor,
      body: '{"department":"gz-aic","title":"a\\ud800b","reason":"x"}',
      type: 'application/json',
    })
    expectProblem(result, 400)
    expect(result.body.detail).toMatch(/surrogate/)
    expect((await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a NUL character (SQLite would read the text back cut short), naming where it is', async () => {
    const before = await payload.count({ collection: 'revisions', overrideAccess: true })
    const result = await raw('POST', '/api/revisions', {
      auth: auth.editor,
      body: '{"department":"gz-aic","title":"辛\\u0000隐藏","reason":"x"}',
      type: 'application/json',
    })
    expectProblem(result, 400)
    expect(result.body.detail).toContain('NUL')
    expect(result.body.errors).toEqual([{ path: '/title', message: expect.stringContaining('NUL') }])
    expect((await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe('an empty new-revision form', () => {
  it('is refused naming the missing fields (not as Forbidden), creating nothing', async () => {
    const before = await payload.count({ collection: 'revisions', overrideAccess: true })
    const empty = await raw('POST', '/api/revisions', { auth: auth.editor, body: '{}', type: 'application/json' })
    expect(empty.status, JSON.stringify(empty.body)).toBe(400)
    expect(JSON.stringify(empty.body.errors)).toContain('department')
    expect((await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe("the admin's reads by POST (X-Payload-HTTP-Method-Override: GET)", () => {
  const asAdminReads = (path: string, form: string, authorization?: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
        ...(authorization ? { authorization } : {}),
      },
      body: form,
    })

  it("answers a relationship field's options as the GET it stands for", async () => {
    const response = await asAdminReads('/api/departments', 'where[code][equals]=gz-aic&limit=10&depth=0', auth.editor)
    expect(response.status).toBe(200)
    expect((await response.json()).docs.map((doc: { code: string }) => doc.code)).toEqual(['gz-aic'])
  })

  it('goes through the same guards and access as that GET: a capped limit is refused, drafts stay hidden from anonymous', async () => {
    const capped = await asAdminReads('/api/departments', 'limit=100000', auth.editor)
    expect(capped.status).toBe(400)
    expect(await capped.json()).toMatchObject({ errors: [{ path: 'limit' }] })
    const anonymous = await asAdminReads('/api/revisions', `where[id][equals]=${draftId}`)
    expect(anonymous.status).toBeLessThan(500)
    expect(anonymous.status === 200 ? (await anonymous.json()).docs : []).toEqual([])
  })

  it('a form body on a write is still refused (415), creating nothing', async () => {
    const before = await payload.count({ collection: 'revisions', overrideAccess: true })
    const write = await fetch(`${server.url}/api/revisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'PATCH', authorization: auth.editor },
      body: 'department=gz-aic&title=x',
    })
    expect(write.status).toBe(415)
    expect((await payload.count({ collection: 'revisions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe('limits', () => {
  it('refuses a body over 1 MB with 413 problem+json', async () => {
    const big = JSON.stringify({ query: `{ Departments { totalDocs } } #${'x'.repeat(1_100_000)}` })
    expectProblem(await raw('POST', '/api/graphql', { body: big, type: 'application/json' }), 413)
    const title = JSON.stringify({ department: 'gz-aic', title: 'x'.repeat(1_100_000) })
    expectProblem(await raw('POST', '/api/revisions', { auth: auth.editor, body: title, type: 'application/json' }), 413)
  })

  it('refuses limits over 1000, limit=0 and pagination=false', async () => {
    for (const query of ['limit=1001', 'limit=0', 'pagination=false', 'limit=abc', 'depth=9', 'depth=-1']) {
      const result = await raw('GET', `/api/audit-log?${query}`, { auth: auth.editor })
      expectProblem(result, 400)
      expect(result.body.detail).toContain(query.split('=')[0])
    }
    expect((await raw('GET', '/api/audit-log?limit=100&depth=2', { auth: auth.editor })).status).toBe(200)
  })

  it('never populates whole revisions into the audit log', async () => {
    const result = await raw('GET', '/api/audit-log?limit=100', { auth: auth.editor })
    expect(result.status).toBe(200)
    expect(result.body.docs.length).toBeGreaterThan(0)
    expect(result.body.docs.every((doc: any) => typeof doc.revision !== 'object' || doc.revision === null)).toBe(true)
  })
})

describe('no 500 on odd paths', () => {
  it('answers /versions of every collection as a logged-in user without a 500', async () => {
    const slugs = ['revisions', 'snapshots', 'audit-log', 'users', 'departments', 'payload-locked-documents', 'payload-kv', 'power-items']
    for (const role of ['editor', 'reviewer', 'admin']) {
      for (const slug of slugs) {
        const result = await raw('GET', `/api/${slug}/versions`, { auth: auth[role] })
        expect(result.status, `${role} ${slug}`).toBeLessThan(500)
      }
      expect((await raw('GET', '/api/revisions/versions/1', { auth: auth[role] })).status).toBeLessThan(500)
    }
  })

  it('answers ids that are not ids with 404, never with a document', async () => {
    for (const id of ['abc', '%00', '1%20OR%201=1', '1.5', '-1', '01x']) {
      expectProblem(await raw('GET', `/api/power-items/${id}`), 404)
    }
  })

  it('answers malformed URLs with problem+json naming the escape', async () => {
    for (const [url, escape] of [
      ['/api/power-items/%E0%A4%A', '%E0%A4'],
      ['/api/public/v1/departments/%ff/list', '%ff'],
      ['/api/public/v1/departments/%E4%B8/items/x', '%E4%B8'],
    ]) {
      const answer = await raw('GET', url)
      expectProblem(answer, 400)
      expect(answer.body.detail).toBe(`the URL has a malformed %-escape ${escape}`)
      expect(answer.body.errors).toEqual([{ path: 'url', message: `%-escape ${escape} is not percent-encoded UTF-8` }])
    }
  })

  it('answers cyclic GraphQL fragments and deep queries with a 400', async () => {
    const cyclic = 'query { Departments { ...A } } fragment A on Departments { docs { id } ...B } fragment B on Departments { ...A }'
    const result = await raw('POST', '/api/graphql', { body: JSON.stringify({ query: cyclic }), type: 'application/json' })
    expect(result.status).toBe(400)
    expect(result.body.errors?.[0]?.message).toMatch(/cannot spread fragment/i)
  })

  it('refuses huge LIKE patterns without touching the database', async () => {
    const like = (length: number) => JSON.stringify({ query: `{ PowerItems(where: { name: { like: "${'a'.repeat(length)}" } }) { totalDocs } }` })
    expectProblem(await raw('POST', '/api/graphql', { body: like(1_000_000), type: 'application/json' }), 413)
    const long = await raw('POST', '/api/graphql', { body: like(60_000), type: 'application/json' })
    expectProblem(long, 400)
    expect(long.body.detail).toMatch(/like pattern/)
    const viaVariables = JSON.stringify({
      query: 'query Q($w: PowerItem_where) { PowerItems(where: $w) { totalDocs } }',
      variables: { w: { name: { contains: 'x'.repeat(60_000) } } },
    })
    expectProblem(await raw('POST', '/api/graphql', { body: viaVariables, type: 'application/json' }), 400)
    expectProblem(await raw('GET', `/api/power-items?where[name][like]=${'a'.repeat(5_000)}`), 400)
  })

  it('refuses GraphQL pages without bounds and queries nested too deep', async () => {
    for (const query of [
      '{ PowerItems(limit: 0) { totalDocs } }',
      '{ PowerItems(limit: 5000) { totalDocs } }',
      '{ PowerItems(limit: 1001) { totalDocs } }',
      '{ PowerItems(pagination: false) { totalDocs } }',
    ]) {
      expectProblem(await raw('POST', '/api/graphql', { body: JSON.stringify({ query }), type: 'application/json' }), 400)
    }
    const deep = `{ Departments { docs { ${'a { '.repeat(12)}id${' }'.repeat(12)} } } }`
    expectProblem(await raw('POST', '/api/graphql', { body: JSON.stringify({ query: deep }), type: 'application/json' }), 400)
    const fine = await raw('POST', '/api/graphql', { body: JSON.stringify({ query: '{ PowerItems(limit: 100) { totalDocs } }' }), type: 'application/json' })
    expect(fine.status).toBe(200)
    expect(fine.body.data.PowerItems.totalDocs).toBe(34)
  })
})
