import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { lawsOfBases } from '../../src/services/public-laws'
import { seedSampleData } from '../../src/services/seed'
import { seedLawRegister } from '../../src/services/seed-laws'
import { verifyAll } from '../../src/services/verify'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Issue 13 through HTTP on the seeded sample: the impact of the 2017 and 2022 changes, drafts made
 * from an impact taken through review and publication, the unresolved-citation report and links,
 * the public register, and who may do what.
 */
const PROBLEM = 'application/problem+json'
const ROLES = ['admin', 'editor', 'reviewer', 'publisher', 'legal'] as const
type Role = (typeof ROLES)[number]
const EMAILS: Record<Role, string> = {
  admin: 'admin@quanze.test',
  editor: 'editor@quanze.test',
  reviewer: 'reviewer@quanze.test',
  publisher: 'publisher@quanze.test',
  legal: 'laws@quanze.test',
}

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth = {} as Record<Role, string>
const lawIds: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload('laws')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  await seedLawRegister(payload)
  server = await startServer(payload)
  for (const role of ROLES) auth[role] = await login(server.url, EMAILS[role])
  const { docs } = await payload.find({ collection: 'laws', limit: 0, pagination: false, depth: 0 })
  for (const doc of docs) lawIds[doc.title as string] = String(doc.id)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const rest = (method: string, path: string, role?: Role, body?: unknown) => call(server.url, method, path, { auth: role ? auth[role] : undefined, body })
const UNLICENSED = '无照经营查处取缔办法'
const COMPANY_REGISTRATION = '中华人民共和国公司登记管理条例'
const codes = (body: any) => body.departments.flatMap((entry: any) => entry.items.map((item: any) => item.code))

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(response.headers.get('content-type')).toContain(PROBLEM)
  expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) })
}

describe('the impact of the seeded law changes (GET /api/laws/{id}/impact)', () => {
  it('2017: the repeal of 无照经营查处取缔办法 reaches the penalty and the seizure resting on it, with their articles', async () => {
    const { status, body } = await rest('GET', `/api/laws/${lawIds[UNLICENSED]}/impact`, 'reviewer')
    expect(status).toBe(200)
    expect(body.asOf).toBe('2017-10-01') // the date of the law's repeal, by default
    expect(body.law).toMatchObject({
      id: lawIds[UNLICENSED],
      title: UNLICENSED,
      documentNo: '国务院令第370号',
      change: { status: 'repealed', effectiveFrom: '2017-10-01' },
    })
    expect(body.totals).toEqual({ departments: 1, items: 2, byCategory: { CF: 1, QZ: 1 } })
    expect(body.departments[0].department).toEqual({ code: 'gz-aic', name: '贵州省工商行政管理局' })
    expect(body.departments[0].items).toEqual([
      { code: 'CF-00005-000', name: '对无照经营行为的处罚', category: 'CF', articles: ['第四条', '第十四条'] },
      { code: 'QZ-00001-000', name: expect.stringContaining('对涉嫌无照经营的场所予以查封'), category: 'QZ', articles: ['第九条'] },
    ])
  })

  it('2022: the repeal of the company registration regulation reaches eight items of the 2016 list', async () => {
    const { body } = await rest('GET', `/api/laws/${lawIds[COMPANY_REGISTRATION]}/impact?asOf=2022-03-01`, 'editor')
    expect(body.totals).toEqual({ departments: 1, items: 8, byCategory: { CF: 5, XK: 3 } })
    expect(codes(body)).toEqual([
      'CF-00001-000',
      'CF-00002-000',
      'CF-00003-001',
      'CF-00003-002',
      'CF-00004-000',
      'XK-00001-000',
      'XK-00002-000',
      'XK-00003-000',
    ])
    expect(body.departments[0].items.find((item: any) => item.code === 'XK-00001-000').articles).toEqual(['第十七条第一款', '第十九条'])
  })

  it('reads the list in force on the date asked: the advertising law in 2015 still reaches the tobacco advertising approval repealed in 2016', async () => {
    const id = lawIds['中华人民共和国广告法']
    expect(codes((await rest('GET', `/api/laws/${id}/impact?asOf=2015-09-01`, 'publisher')).body)).toContain('XK-00008-000')
    expect(codes((await rest('GET', `/api/laws/${id}/impact?asOf=2016-10-01`, 'publisher')).body)).not.toContain('XK-00008-000')
    expect((await rest('GET', `/api/laws/${id}/impact?asOf=2014-01-01`, 'publisher')).body.totals.items).toBe(0) // before the first list
  })

  it('refuses a bad date and an unknown law with problem+json', async () => {
    expectProblem(await rest('GET', `/api/laws/${lawIds[UNLICENSED]}/impact?asOf=2017-02-30`, 'admin'), 400)
    expectProblem(await rest('GET', '/api/laws/999999/impact', 'admin'), 404)
  })
})

describe('who may use the law-change API and write the register', () => {
  it('the impact and the report are staff-only: every role reads them, anonymous users get 401', async () => {
    for (const path of [`/api/laws/${lawIds[UNLICENSED]}/impact`, '/api/laws/unresolved']) {
      expectProblem(await rest('GET', path), 401)
      for (const role of ROLES) expect((await rest('GET', path, role)).status, `${role} ${path}`).toBe(200)
    }
  })

  it('anonymous users cannot read the register through Payload REST or GraphQL (only the public API)', async () => {
    expect((await rest('GET', '/api/laws')).status).toBe(403)
    const graphql = await call(server.url, 'POST', '/api/graphql', { body: { query: '{ Laws { totalDocs } }' } })
    expect(graphql.body.data?.Laws?.totalDocs ?? 0).toBe(0)
  })

  it('only admins and the legal role write the register; each write is audited in the verified chain', async () => {
    const law = { title: '测试用规范性文件', level: 'normative-document', issuingBody: '测试机关' }
    expect((await rest('POST', '/api/laws', undefined, law)).status).toBe(403)
    for (const role of ['editor', 'reviewer', 'publisher'] as const) {
      expect((await rest('POST', '/api/laws', role, law)).status, role).toBe(403)
      expect((await rest('PATCH', `/api/laws/${lawIds[UNLICENSED]}`, role, { aliases: ['x'] })).status, role).toBe(403)
    }
    const created = await rest('POST', '/api/laws', 'legal', law)
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await rest('PATCH', `/api/laws/${id}`, 'admin', { aliases: ['测试文件'] })).status).toBe(200)
    expect((await rest('DELETE', `/api/laws/${id}`, 'legal')).status).toBe(403)
    expect((await rest('DELETE', `/api/laws/${id}`, 'admin')).status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-log', where: { entityId: { equals: String(id) } }, sort: 'sequence', depth: 0 })
    expect(docs.map((doc) => [doc.action, doc.actor])).toEqual([
      ['law.create', 'laws@quanze.test'],
      ['law.update', 'admin@quanze.test'],
      ['law.delete', 'admin@quanze.test'],
    ])
    expect((await verifyAll(payload)).ok).toBe(true)
  })

  it('refuses a bad effective date in a law version with a field error', async () => {
    const response = await rest('POST', '/api/laws', 'legal', {
      title: '日期错误',
      level: 'law',
      versions: [{ effectiveFrom: '2017-13-01', status: 'repealed' }],
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('YYYY-MM-DD')
  })

  it('the seeded register was written once, each law audited', async () => {
    expect(await seedLawRegister(payload)).toEqual({ created: [], skipped: ['register of laws (already there)'] })
    expect((await payload.count({ collection: 'audit-log', where: { action: { equals: 'law.create' }, actor: { equals: 'system' } } })).totalDocs).toBe(
      Object.keys(lawIds).length,
    )
  })

  it('drafting from an impact: anonymous 401; reviewer, publisher and legal 403; nothing is written', async () => {
    const path = `/api/laws/${lawIds[UNLICENSED]}/impact/revisions`
    expectProblem(await rest('POST', path, undefined, {}), 401)
    for (const role of ['reviewer', 'publisher', 'legal'] as const) expectProblem(await rest('POST', path, role, {}), 403)
    expect((await payload.count({ collection: 'revisions', where: { status: { equals: 'draft' } } })).totalDocs).toBe(0)
  })
})

describe('draft revisions made from an impact', () => {
  let revisionId: string
  const companyLaw = () => lawIds[COMPANY_REGISTRATION]

  it('the legal office records where two articles went (a test map, not a fact), and one item has another open revision', async () => {
    const { body } = await rest('GET', `/api/laws/${companyLaw()}`, 'legal')
    const versions = body.versions.map((version: any) =>
      version.status === 'repealed'
        ? {
            ...version,
            articleMap: [
              { from: '第六十三条', to: '第四十四条' },
              { from: '第六十八条', to: null },
            ],
          }
        : version,
    )
    expect((await rest('PATCH', `/api/laws/${companyLaw()}`, 'legal', { versions })).status).toBe(200)
    const other = await rest('POST', '/api/revisions', 'editor', { department: 'gz-aic', title: '另一修订', reason: '测试' })
    expect((await rest('DELETE', `/api/revisions/${other.body.doc.id}/items/XK-00003-000`, 'editor')).status).toBe(200)
  })

  it('creates one draft for the department: a proposal per affected item, rewritten where mapped, notes saying why, the held item reported', async () => {
    const { status, body } = await rest('POST', `/api/laws/${companyLaw()}/impact/revisions`, 'editor', { asOf: '2022-03-01' })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.revisions).toEqual([
      { id: expect.anything(), department: 'gz-aic', title: '因《中华人民共和国公司登记管理条例》2022-03-01废止而修订', proposals: 7, flagged: 6 },
    ])
    expect(body.skipped).toEqual([{ department: 'gz-aic', code: 'XK-00003-000', reason: 'in-open-revision', detail: expect.stringContaining('open revision') }])
    revisionId = String(body.revisions[0].id)
    const revision = (await rest('GET', `/api/revisions/${revisionId}?depth=0`, 'editor')).body
    expect(revision.status).toBe('draft')
    const proposals = (await rest('GET', `/api/revisions/${revisionId}/items?limit=100`, 'reviewer')).body.docs
    expect(proposals.map((row: any) => [row.action, row.code])).toEqual(
      ['CF-00001-000', 'CF-00002-000', 'CF-00003-001', 'CF-00003-002', 'CF-00004-000', 'XK-00001-000', 'XK-00002-000'].map((code) => ['modify', code]),
    )
    const note = (code: string) => proposals.find((row: any) => row.code === code).note
    expect(note('CF-00001-000')).toContain('第六十三条 → 《中华人民共和国市场主体登记管理条例》第四十四条')
    expect(note('CF-00004-000')).toMatch(/^【需人工处理】[\s\S]*第六十八条：该条已删除/)
    expect(note('CF-00002-000')).toContain('第六十四条：条文对照表未载明去向')
    expect(note('CF-00002-000')).not.toContain('系统不会自动取消') // it still rests on the company law
    const diff = (await rest('GET', `/api/revisions/${revisionId}/diff`, 'reviewer')).body
    expect(diff.summary).toMatchObject({ added: 0, repealed: 0, modified: 1 }) // only the mapped citation changes content
    expect(diff.items[0].code).toBe('CF-00001-000')
  })

  it('a second run reports every item as held by the open draft and creates nothing', async () => {
    const { status, body } = await rest('POST', `/api/laws/${companyLaw()}/impact/revisions`, 'admin', { asOf: '2022-03-01' })
    expect(status).toBe(201)
    expect(body.revisions).toEqual([])
    expect(body.skipped.map((skip: any) => skip.reason)).toEqual(Array(8).fill('in-open-revision'))
  })

  it('2017: the penalty whose only basis is the repealed 无照经营查处取缔办法 is flagged for the editor, not repealed', async () => {
    const { body } = await rest('POST', `/api/laws/${lawIds[UNLICENSED]}/impact/revisions`, 'admin', {})
    expect(body).toMatchObject({
      asOf: '2017-10-01',
      revisions: [{ department: 'gz-aic', title: '因《无照经营查处取缔办法》2017-10-01废止而修订', proposals: 2, flagged: 2 }],
      skipped: [],
    })
    const proposals = (await rest('GET', `/api/revisions/${body.revisions[0].id}/items`, 'editor')).body.docs
    expect(proposals.map((row: any) => [row.code, row.action])).toEqual([
      ['CF-00005-000', 'modify'],
      ['QZ-00001-000', 'modify'],
    ])
    expect(proposals[0].note).toContain('由《无证无照经营查处办法》（国务院令第684号）取代')
    expect(proposals[0].note).toContain('系统不会自动取消')
    expect(proposals[1].note).not.toContain('系统不会自动取消') // the seizure also rests on the coercion law
  })

  it('refuses to draft before any change of the law is recorded', async () => {
    expectProblem(await rest('POST', `/api/laws/${companyLaw()}/impact/revisions`, 'admin', { asOf: '2021-01-01' }), 409)
    expectProblem(await rest('POST', `/api/laws/${companyLaw()}/impact/revisions`, 'admin', { asOf: 'soon' }), 400)
  })

  it('goes through review and publication like any revision, and the chains verify', async () => {
    expect((await rest('POST', `/api/revisions/${revisionId}/approve`, 'editor', { comment: 'x' })).status).toBe(403)
    expect((await rest('POST', `/api/revisions/${revisionId}/submit`, 'editor')).status).toBe(200)
    expect((await rest('POST', `/api/revisions/${revisionId}/approve`, 'reviewer', { comment: '同意' })).status).toBe(200)
    const published = await rest('POST', `/api/revisions/${revisionId}/publish`, 'publisher', { effectiveFrom: '2022-03-01' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect((await verifyAll(payload)).ok).toBe(true)
    const item = (await rest('GET', '/api/public/v1/departments/gz-aic/items/CF-00001-000?asOf=2022-03-01')).body.item
    expect(item.legalBasis).toContainEqual(
      expect.objectContaining({ law: '中华人民共和国市场主体登记管理条例', documentNo: '国务院令第746号', article: '第四十四条' }),
    )
    const after = await rest('GET', `/api/laws/${companyLaw()}/impact?asOf=2022-03-01`, 'editor')
    expect(codes(after.body)).not.toContain('CF-00001-000')
    expect(after.body.totals.items).toBe(7)
  })
})

describe('unresolved citations (GET /api/laws/unresolved) and links made by hand', () => {
  it("lists the citations of today's lists matching no law, by department, with the closest laws", async () => {
    const { body } = await rest('GET', '/api/laws/unresolved', 'reviewer')
    expect(body.totals).toEqual({ citations: 2, items: 2 })
    expect(body.departments[0].department.code).toBe('gz-aic')
    expect(body.departments[0].citations).toEqual([
      { law: '国务院办公厅关于推广随机抽查规范事中事后监管的通知', documentNo: '国办发〔2015〕58号', items: ['JC-00001-000'], candidates: [] },
      {
        law: '贵州省著名商标认定和保护办法',
        documentNo: null,
        items: ['QR-00002-000'],
        candidates: [expect.objectContaining({ title: '驰名商标认定和保护规定' })],
      },
    ])
    expect((await rest('GET', '/api/laws/unresolved?asOf=2015-07-01', 'reviewer')).body.departments[0].citations.map((c: any) => c.law)).toContain(
      '烟草广告管理暂行办法',
    )
  })

  it('a link made by the legal role is stored and used from then on; linking elsewhere is refused', async () => {
    const created = await rest('POST', '/api/laws', 'legal', { title: '贵州省著名商标认定和保护规定（测试用）', level: 'local-government-rule' })
    const id = String(created.body.doc.id)
    const link = { citation: '贵州省著名商标认定和保护办法' }
    expectProblem(await rest('POST', `/api/laws/${id}/links`, undefined, link), 401)
    expectProblem(await rest('POST', `/api/laws/${id}/links`, 'editor', link), 403)
    expectProblem(await rest('POST', `/api/laws/${id}/links`, 'legal', { citation: '  ' }), 422)
    const linked = await rest('POST', `/api/laws/${id}/links`, 'legal', link)
    expect(linked.status).toBe(200)
    expect(linked.body.law.links).toEqual(['贵州省著名商标认定和保护办法'])
    const report = (await rest('GET', '/api/laws/unresolved', 'admin')).body
    expect(report.totals).toEqual({ citations: 1, items: 1 })
    expect(codes((await rest('GET', `/api/laws/${id}/impact?asOf=2016-10-01`, 'admin')).body)).toEqual(['QR-00002-000'])
    expectProblem(await rest('POST', `/api/laws/${lawIds['驰名商标认定和保护规定']}/links`, 'admin', link), 409)
  })
})

describe('unresolved citations in open revisions', () => {
  it('are reported too, before they are published, and vanish from the report when the proposal is withdrawn', async () => {
    const item = (await rest('GET', '/api/public/v1/departments/gz-aic/items/JC-00004-000')).body.item
    const revision = (await rest('POST', '/api/revisions', 'editor', { department: 'gz-aic', title: '新增依据', reason: '测试' })).body.doc
    const legalBasis = [...item.legalBasis, { law: '《某某测试条例》', documentNo: null, article: '第一条', text: '测试用依据。' }]
    expect((await rest('PUT', `/api/revisions/${revision.id}/items/JC-00004-000`, 'editor', { ...item, legalBasis })).status).toBe(200)
    const report = (await rest('GET', '/api/laws/unresolved', 'reviewer')).body
    expect(report.departments[0].citations).toContainEqual({ law: '《某某测试条例》', documentNo: null, items: ['JC-00004-000'], candidates: [] })
    expect((await rest('DELETE', `/api/revisions/${revision.id}/items/JC-00004-000`, 'editor')).status).toBe(200) // now a proposed repeal
    const after = (await rest('GET', '/api/laws/unresolved', 'reviewer')).body
    expect(after.departments[0].citations.map((citation: any) => citation.law)).not.toContain('《某某测试条例》')
    expect((await rest('POST', `/api/revisions/${revision.id}/withdraw`, 'editor')).status).toBe(200)
  })
})

describe('the public register (GET /api/public/v1/laws)', () => {
  it('finds laws by any way of writing their title or number, with their status today', async () => {
    const { status, body } = await rest('GET', `/api/public/v1/laws?q=${encodeURIComponent('《公司登記管理條例》')}`)
    expect(status).toBe(200)
    expect(body.laws).toEqual([
      { id: lawIds[COMPANY_REGISTRATION], title: COMPANY_REGISTRATION, level: 'administrative-regulation', documentNo: '国务院令第156号', status: 'repealed' },
    ])
    expect((await rest('GET', `/api/public/v1/laws?q=${encodeURIComponent('国务院令第684号')}`)).body.laws.map((law: any) => law.title)).toEqual([
      '无证无照经营查处办法',
    ])
    expect((await rest('GET', '/api/public/v1/laws')).body.laws.length).toBeGreaterThan(30)
  })

  it('shows a law, its versions and the powers resting on it on a date', async () => {
    const { body } = await rest('GET', `/api/public/v1/laws/${lawIds[UNLICENSED]}?asOf=2016-10-01`)
    expect(body.law).toMatchObject({ title: UNLICENSED, status: 'in-force', asOf: '2016-10-01' })
    expect(body.versions.map((version: any) => [version.effectiveFrom, version.status, version.replacedBy?.title ?? null])).toEqual([
      [null, 'in-force', null],
      ['2017-10-01', 'repealed', '无证无照经营查处办法'],
    ])
    expect(body.items).toEqual([
      { department: { code: 'gz-aic', name: '贵州省工商行政管理局' }, code: 'CF-00005-000', name: '对无照经营行为的处罚', articles: ['第四条', '第十四条'] },
      { department: { code: 'gz-aic', name: '贵州省工商行政管理局' }, code: 'QZ-00001-000', name: expect.any(String), articles: ['第九条'] },
    ])
    expect((await rest('GET', `/api/public/v1/laws/${lawIds[UNLICENSED]}?asOf=2018-01-01`)).body.law.status).toBe('repealed')
  })

  it('speaks Traditional Chinese when asked, titles and names converted, ids and statuses as they are', async () => {
    const { body } = await rest('GET', `/api/public/v1/laws?locale=zh-Hant&q=${encodeURIComponent('公司登记管理条例')}`)
    expect(body.laws).toEqual([expect.objectContaining({ id: lawIds[COMPANY_REGISTRATION], title: '中華人民共和國公司登記管理條例', status: 'repealed' })])
    const law = (await rest('GET', `/api/public/v1/laws/${lawIds[UNLICENSED]}?asOf=2016-10-01&locale=zh-Hant`)).body
    expect(law.law).toMatchObject({ title: '無照經營查處取締辦法', status: 'in-force' })
    expect(law.items[0].department).toEqual({ code: 'gz-aic', name: '貴州省工商行政管理局' })
  })

  it('answers as the OpenAPI document describes /laws and /laws/{id}', async () => {
    const openapi = (await rest('GET', '/api/public/v1/openapi.json')).body
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'https://quanze.test/openapi.json', components: openapi.components })
    const schemaOf = (path: string) =>
      ajv.compile({ $ref: `https://quanze.test/openapi.json#${openapi.paths[path].get.responses['200'].content['application/json'].schema.$ref.slice(1)}` })
    for (const [path, url] of [
      ['/laws', '/api/public/v1/laws'],
      ['/laws/{id}', `/api/public/v1/laws/${lawIds[UNLICENSED]}?asOf=2016-10-01`],
    ]) {
      const validate = schemaOf(path)
      const { body } = await rest('GET', url)
      expect(validate(body) ? [] : validate.errors, path).toEqual([])
    }
  })

  it('shows anonymous users nothing not yet in force: a repeal recorded ahead, a draft revision', async () => {
    const id = lawIds['中华人民共和国公司法']
    const versions = [{ effectiveFrom: '2099-01-01', status: 'repealed', note: '测试：预先记录的废止' }]
    expect((await rest('PATCH', `/api/laws/${id}`, 'legal', { versions })).status).toBe(200)
    const pub = (await rest('GET', `/api/public/v1/laws/${id}?asOf=2099-06-01`)).body
    expect(pub.versions).toEqual([])
    expect(pub.law.status).toBe('unknown')
    expect(pub.items.length).toBeGreaterThan(0) // today's list, not a future one
    const staff = (await rest('GET', `/api/laws/${id}/impact`, 'reviewer')).body
    expect(staff).toMatchObject({ asOf: '2099-01-01', law: { change: { status: 'repealed' } } })
    // the open draft of another revision changes nothing the public reads
    expect((await rest('GET', `/api/public/v1/laws/${lawIds[COMPANY_REGISTRATION]}?asOf=2016-10-01`)).body.items.map((item: any) => item.code)).toContain(
      'XK-00003-000',
    )
  })

  it('tells an item page which law each basis rests on and marks one no longer in force on the date shown', async () => {
    const bases = [
      { law: '《無照經營查處取締辦法》', documentNo: null },
      { law: '中华人民共和国行政处罚法', documentNo: null },
    ]
    expect(await lawsOfBases(payload, bases, '2016-10-01')).toEqual([{ lawId: lawIds[UNLICENSED], status: 'in-force' }, null])
    expect(await lawsOfBases(payload, bases, '2017-10-01')).toEqual([{ lawId: lawIds[UNLICENSED], status: 'repealed' }, null])
  })

  it('refuses bad parameters and unknown laws with problem+json, and writes with 405', async () => {
    expectProblem(await rest('GET', `/api/public/v1/laws/${lawIds[UNLICENSED]}?asOf=yesterday`), 400)
    expectProblem(await rest('GET', '/api/public/v1/laws/999999'), 404)
    expectProblem(await rest('GET', '/api/public/v1/laws/not-an-id'), 404)
    expectProblem(await rest('GET', `/api/public/v1/laws?q=${'法'.repeat(201)}`), 400)
    expect((await rest('POST', '/api/public/v1/laws', undefined, {})).status).toBe(405)
  })
})
