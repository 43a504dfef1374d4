import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import http from 'node:http'
import { SaxesParser } from 'saxes'
import type { Payload } from 'payload'
import { todayInChina } from '../../src/domain/dates'

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
import { seedSampleData } from '../../src/services/seed'
import { publicIndex } from '../../src/services/public-index'
import { searchLists } from '../../src/services/search'
import { searchQuery } from '../../src/domain/search'
import { generateProvince, type ProvinceOptions } from '../../bench/province-data'
import { loadProvince } from '../../bench/province-load'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'

/**
 * Search across departments and the Atom feeds, over HTTP on a real database: the Guizhou AIC
 * sample (2015, 2016) plus a small generated province (3 departments × 5 yearly lists,
 * 2021–2025) written the way the benchmark writes it. An open draft and a revision published to
 * take effect tomorrow must not show; the latter shows once the clock passes midnight in China.
 */
const BASE = '/api/public/v1'
const PROVINCE: ProvinceOptions = { departments: 3, items: 60, revisions: 5, seed: 7, benchItems: 20 }
const DRAFT_NAME = '草稿中的广告事项（不应公开）'
const TOMORROW_NAME = '明日生效的广告监测事项'

let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>
const auth: Record<string, string> = {}
const generated = [...generateProvince(PROVINCE)]

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${BASE}${path}`, { headers })
  const text = await response.text()
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    /* XML or empty */
  }
  return { status: response.status, headers: response.headers, text, body }
}

async function search(query: string, headers: Record<string, string> = {}): Promise<any> {
  const response = await get(`/search?${query}`, headers)
  expect(response.status, response.text.slice(0, 300)).toBe(200)
  return response.body
}

/** Drafts a revision of gz-aic renaming one item; optionally submits, approves, publishes it. */
async function revision(code: string, name: string, effectiveFrom: string | null): Promise<string> {
  const created = await call(server.url, 'POST', '/api/revisions', { auth: auth.editor, body: { department: 'gz-aic', title: name, reason: '测试' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = String(created.body.doc.id)
  const { body } = await get(`/departments/gz-aic/items/${code}`)
  const put = await call(server.url, 'PUT', `/api/revisions/${id}/items/${code}`, { auth: auth.editor, body: { ...body.item, name } })
  expect(put.status, JSON.stringify(put.body)).toBe(200)
  if (!effectiveFrom) return id
  expect((await call(server.url, 'POST', `/api/revisions/${id}/submit`, { auth: auth.editor })).status).toBe(200)
  expect((await call(server.url, 'POST', `/api/revisions/${id}/approve`, { auth: auth.reviewer, body: { comment: '同意' } })).status).toBe(200)
  const published = await call(server.url, 'POST', `/api/revisions/${id}/publish`, { auth: auth.publisher, body: { effectiveFrom } })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return id
}

beforeAll(async () => {
  payload = await startPayload('search')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  await loadProvince(payload, PROVINCE, () => {})
  server = await startServer(payload)
  for (const role of ['editor', 'reviewer', 'publisher', 'admin']) auth[role] = await login(server.url, `${role}@quanze.test`)
  await revision('XK-00002-000', DRAFT_NAME, null)
  await revision('GG-00001-000', TOMORROW_NAME, addDays(todayInChina(), 1))
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

afterEach(() => {
  vi.useRealTimers()
})

/** Items of the generated lists in force on `date` whose name contains `text`. */
function generatedNamed(text: string, date: string) {
  return generated.flatMap((department) => {
    const list = department.lists.filter((each) => each.effectiveFrom <= date).at(-1)
    return (list?.items ?? []).filter((item) => item.name.includes(text)).map((item) => `${department.code}/${item.code}`)
  })
}

const keys = (body: any) => body.items.map((hit: any) => `${hit.department.code}/${hit.code}`).sort()

describe('search across every list in force', () => {
  it('finds items of several departments by name, with their department and snapshot', async () => {
    const subject = '食品'
    const body = await search(`q=${encodeURIComponent(subject)}&limit=100`)
    const expected = generatedNamed(subject, todayInChina())
    expect(expected.length).toBeGreaterThan(0)
    // names match; legal bases may add more, never fewer
    expect(keys(body)).toEqual(expect.arrayContaining(expected))
    const hit = body.items.find((each: any) => each.department.code === generated[0].code)
    expect(hit.snapshot.effectiveFrom).toBe('2025-01-01')
    expect(hit.department).toEqual({ code: generated[0].code, name: generated[0].name, region: generated[0].regionCode, level: generated[0].level })
  })

  it('matches Traditional input to the Simplified lists, and legal-basis text', async () => {
    const simplified = await search(`q=${encodeURIComponent('广告')}&limit=100`)
    const traditional = await search(`q=${encodeURIComponent('廣告')}&limit=100`)
    expect(simplified.totalItems).toBeGreaterThan(0)
    expect(keys(traditional)).toEqual(keys(simplified))
    expect(keys(simplified)).toContain('gz-aic/CF-00006-000')
    // 《广告法》 is cited by items whose names do not say 广告
    const byLaw = await search(`q=${encodeURIComponent('中华人民共和国广告法')}&limit=100`)
    expect(byLaw.items.every((hit: any) => hit.laws.some((law: string) => law.includes('广告法')))).toBe(true)
    // typed as a reader writes a title, or in full-width forms from a phone keyboard
    expect(keys(await search(`q=${encodeURIComponent('《中华人民共和国广告法》')}&limit=100`))).toEqual(keys(byLaw))
    expect(keys(await search(`q=${encodeURIComponent('ＣＦ－００００６')}`))).toContain('gz-aic/CF-00006-000')
  })

  it('needs every word; ranks name matches first', async () => {
    const both = await search(`q=${encodeURIComponent('广告 处罚')}&limit=100`)
    const one = await search(`q=${encodeURIComponent('广告')}&limit=100`)
    expect(both.totalItems).toBeGreaterThan(0)
    expect(both.totalItems).toBeLessThan(one.totalItems)
    const inName = one.items.map((hit: any) => hit.name.includes('广告'))
    expect(inName.indexOf(false) === -1 || inName.slice(inName.indexOf(false)).every((value: boolean) => !value)).toBe(true)
  })

  it('counts by category (whatever category is chosen) and by department', async () => {
    const all = await search('limit=100')
    const categories = Object.values<number>(all.facets.byCategory).reduce((a, b) => a + b, 0)
    expect(categories).toBe(all.totalItems)
    expect(all.facets.byDepartment.reduce((sum: number, each: any) => sum + each.count, 0)).toBe(all.totalItems)
    expect(all.facets.byDepartment.map((each: any) => each.code).sort()).toEqual(['gz-aic', ...generated.map((each) => each.code)].sort())
    const penalties = await search('category=CF&limit=100')
    expect(penalties.totalItems).toBe(all.facets.byCategory.CF)
    expect(penalties.items.every((hit: any) => hit.category === 'CF')).toBe(true)
    expect(penalties.facets.byCategory).toEqual(all.facets.byCategory)
  })

  it('narrows by level and by region (a province code covers its cities)', async () => {
    const levels = new Set(generated.map((each) => each.level))
    for (const level of levels) {
      const body = await search(`level=${level}&limit=100`)
      const expected = [...generated.filter((each) => each.level === level).map((each) => each.code), ...(level === 'province' ? ['gz-aic'] : [])]
      expect(body.facets.byDepartment.map((each: any) => each.code).sort(), level).toEqual(expected.sort())
    }
    const city = generated.find((each) => each.regionCode !== '520000')
    if (city) {
      const body = await search(`region=${city.regionCode}&limit=100`)
      expect(body.items.every((hit: any) => hit.department.region.startsWith(city.regionCode.replace(/(00)+$/, '')))).toBe(true)
      expect(body.facets.byDepartment.map((each: any) => each.code)).toContain(city.code)
    }
    const province = await search('region=520000&limit=1')
    expect(province.totalItems).toBe((await search('limit=1')).totalItems)
    // 000000 (a department whose region is not known yet) is no region that covers every other
    expect((await search('region=000000&limit=1')).totalItems).toBe(0)
    expect((await search('region=530000&limit=1')).totalItems).toBe(0)
  })

  it('searches the lists in force on asOf', async () => {
    const early = await search('asOf=2021-06-01&limit=100')
    const expected = generated.reduce((sum, each) => sum + each.lists[0].items.length, 0) + 34
    expect(early.totalItems).toBe(expected)
    expect(early.items.filter((hit: any) => hit.department.code !== 'gz-aic').every((hit: any) => hit.snapshot.effectiveFrom === '2021-01-01')).toBe(true)
    // an item added in a later revision is not found before it
    const added = generated[1].lists[4].items.find((item) => !generated[1].lists[0].items.some((old) => old.code === item.code))!
    const code = encodeURIComponent(added.code)
    expect(keys(await search(`q=${code}&limit=100`))).toContain(`${generated[1].code}/${added.code}`)
    expect(keys(await search(`q=${code}&asOf=2021-06-01&limit=100`))).not.toContain(`${generated[1].code}/${added.code}`)
    expect((await search('asOf=2015-01-01')).totalItems).toBe(0)
  })

  it('pages: disjoint pages that add up to the whole', async () => {
    const whole = await search('q=XK&limit=10')
    const first = await search('q=XK&limit=5&page=1')
    const second = await search('q=XK&limit=5&page=2')
    expect([...first.items, ...second.items]).toEqual(whole.items)
    expect(first.totalItems).toBe(whole.totalItems)
    expect((await search(`q=XK&limit=5&page=${Math.ceil(whole.totalItems / 5) + 1}`)).items).toEqual([])
  })

  it('never shows a draft or a list not yet in force, whoever asks', async () => {
    for (const role of [null, 'editor', 'reviewer', 'publisher', 'admin']) {
      const headers: Record<string, string> = role ? { authorization: auth[role] } : {}
      expect((await search(`q=${encodeURIComponent('草稿中的广告事项')}`, headers)).totalItems, String(role)).toBe(0)
      expect((await search(`q=${encodeURIComponent(TOMORROW_NAME)}`, headers)).totalItems, String(role)).toBe(0)
      expect((await search(`q=${encodeURIComponent(TOMORROW_NAME)}&asOf=2099-06-01`, headers)).totalItems, String(role)).toBe(0)
      expect((await search('q=GG-00001-000', headers)).items[0].name).toBe('企业登记信息查询')
    }
  })

  it('refuses bad parameters with problem+json naming them', async () => {
    for (const [query, parameter] of [
      ['level=planet', 'level'],
      ['region=52', 'region'],
      ['limit=101', 'limit'],
      ['page=0', 'page'],
      ['asOf=2021-02-30', 'asOf'],
      ['category=XX', 'category'],
      [`q=${'广'.repeat(201)}`, 'q'],
    ]) {
      const response = await get(`/search?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(response.body.errors.map((error: any) => error.path)).toEqual([`query.${parameter}`])
    }
    expect((await fetch(`${server.url}${BASE}/search`, { method: 'POST' })).status).toBe(405)
    // 200 characters as the OpenAPI counts them: 150 outside the BMP (300 UTF-16 units) are within
    expect((await get(`/search?q=${encodeURIComponent('𠀀'.repeat(150))}`)).status).toBe(200)
    expect((await get(`/search?q=${encodeURIComponent('𠀀'.repeat(201))}`)).status).toBe(400)
  })

  it('answers 304 to its ETag, gzip and brotli when asked, the same body either way', async () => {
    const first = await get('/search?q=XK', { 'accept-encoding': 'identity' })
    expect(first.headers.get('content-encoding')).toBeNull()
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/)
    expect((await get('/search?q=XK', { 'if-none-match': etag })).status).toBe(304)
    for (const coding of ['gzip', 'br']) {
      const response = await fetch(`${server.url}${BASE}/search?q=XK`, { headers: { 'accept-encoding': coding } })
      expect(response.headers.get('content-encoding')).toBe(coding)
      expect(await response.json()).toEqual(first.body)
      const tag = response.headers.get('etag') as string
      expect(tag).not.toBe(etag)
      expect((await get('/search?q=XK', { 'if-none-match': tag })).status).toBe(304)
    }
  })

  it('a list coming into force at midnight (China time) is found from then on, not before', async () => {
    const tomorrow = addDays(todayInChina(), 1)
    const before = await get('/departments/gz-aic/list?limit=1000')
    expect((await search(`q=${encodeURIComponent(TOMORROW_NAME)}`)).totalItems).toBe(0)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${tomorrow}T00:00:01+08:00`))
    const after = await get('/departments/gz-aic/list?limit=1000')
    expect(after.body.snapshot.effectiveFrom).toBe(tomorrow)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    expect(after.body.items.find((item: any) => item.code === 'GG-00001-000').name).toBe(TOMORROW_NAME)
    // the list just come into force is indexed before the lists of a past date asked for first
    const [index, finished] = [await publicIndex(payload), [] as string[]]
    const words = { query: searchQuery('广告'), page: 1, limit: 1 }
    const past = searchLists(payload, index, { ...words, asOf: '2023-06-01' }, tomorrow).then(() => finished.push('2023-06-01'))
    const today = searchLists(payload, index, words, tomorrow).then(() => finished.push('today'))
    await Promise.all([past, today])
    expect(finished).toEqual(['today', '2023-06-01'])
    const found = await search(`q=${encodeURIComponent(TOMORROW_NAME)}`)
    expect(found.items.map((hit: any) => hit.code)).toEqual(['GG-00001-000'])
    expect((await get('/departments/gz-aic/items/GG-00001-000')).body.item.name).toBe(TOMORROW_NAME)
    // the next midnight brings no list into force: the answer still says which day it is for
    const dayAfter = addDays(tomorrow, 1)
    const onTomorrow = await get('/search?q=XK')
    expect(onTomorrow.body.asOf).toBe(tomorrow)
    vi.setSystemTime(new Date(`${dayAfter}T00:00:01+08:00`))
    const onDayAfter = await get('/search?q=XK')
    expect(onDayAfter.body.asOf).toBe(dayAfter)
    expect(onDayAfter.body.totalItems).toBe(onTomorrow.body.totalItems)
    expect(onDayAfter.headers.get('etag')).not.toBe(onTomorrow.headers.get('etag'))
  })
})

interface AtomEntry {
  id: string
  title: string
  updated: string
  links: Array<Record<string, string>>
}

/** Parses with a strict XML parser; returns the feed's own fields and its entries in order. */
function parseAtom(xml: string): { root: string; namespace: string; id: string; updated: string; links: Array<Record<string, string>>; entries: AtomEntry[] } {
  const parser = new SaxesParser({ xmlns: true })
  const feed = { root: '', namespace: '', id: '', updated: '', links: [] as Array<Record<string, string>>, entries: [] as AtomEntry[] }
  const path: string[] = []
  let entry: AtomEntry | null = null
  let text = ''
  parser.on('opentag', (tag) => {
    if (path.length === 0) [feed.root, feed.namespace] = [tag.local, tag.uri]
    path.push(tag.local)
    text = ''
    if (tag.local === 'entry') entry = { id: '', title: '', updated: '', links: [] }
    if (tag.local === 'link')
      (entry ? entry.links : feed.links).push(
        Object.fromEntries(Object.entries(tag.attributes).map(([name, attribute]) => [name, (attribute as { value: string }).value])),
      )
  })
  parser.on('text', (value) => (text += value))
  parser.on('closetag', (tag) => {
    path.pop()
    const target = entry ?? feed
    if (['id', 'title', 'updated'].includes(tag.local) && path.at(-1) === (entry ? 'entry' : 'feed')) (target as Record<string, unknown>)[tag.local] = text
    if (tag.local === 'entry' && entry) {
      feed.entries.push(entry)
      entry = null
    }
  })
  parser.write(xml).close()
  return feed
}

/** GET over node:http, as fetch will not send a Host of the caller's choosing; the body of a 200. */
function getWithHost(path: string, headers: Record<string, string>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    http
      .get(new URL(`${server.url}${path}`), { headers }, (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`${response.statusCode}: ${text}`))))
      })
      .on('error', reject)
  })
}

describe('Atom feeds of publications', () => {
  it('all departments: valid Atom, newest first, every entry identified by its snapshot hash', async () => {
    const response = await get('/changes.atom')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseAtom(response.text)
    expect(feed.root).toBe('feed')
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe('urn:quanze:changes')
    // no public address configured: links are relative to the feed's own address
    expect(feed.links.find((link) => link.rel === 'self')?.href).toBe(`${BASE}/changes.atom`)
    // gz-aic 2015 and 2016, 3 × 5 generated; tomorrow's list is not public yet
    expect(feed.entries).toHaveLength(2 + 15)
    const updated = feed.entries.map((each) => each.updated)
    expect(updated).toEqual([...updated].sort().reverse())
    expect(feed.updated).toBe(updated[0])
    for (const each of feed.entries) {
      expect(each.id).toMatch(/^urn:quanze:snapshot:[0-9a-f]{64}$/)
      expect(Number.isNaN(Date.parse(each.updated))).toBe(false)
      expect(each.title).not.toBe('')
      expect(each.links.some((link) => link.rel === 'alternate')).toBe(true)
    }
    expect(response.text).not.toContain(TOMORROW_NAME)
    const { body } = await get('/changes')
    const hashes = body.changes.map((change: any) => `urn:quanze:snapshot:${change.snapshot.hash}`).reverse()
    expect(feed.entries.map((each) => each.id)).toEqual(hashes)
  })

  it('one department: only its publications; 404 for an unknown one', async () => {
    const feed = parseAtom((await get('/departments/gz-aic/changes.atom')).text)
    expect(feed.id).toBe('urn:quanze:changes:gz-aic')
    const { body } = await get('/departments/gz-aic/snapshots')
    expect(feed.entries.map((each) => each.title)).toEqual(body.snapshots.map((snapshot: any) => snapshot.revision.title).reverse())
    expect(feed.entries.map((each) => each.id)).toEqual(body.snapshots.map((snapshot: any) => `urn:quanze:snapshot:${snapshot.hash}`).reverse())
    const generatedFeed = parseAtom((await get(`/departments/${generated[2].code}/changes.atom`)).text)
    expect(generatedFeed.entries).toHaveLength(5)
    const missing = await get('/departments/nope/changes.atom')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('application/problem+json')
  })

  it('is the same for every role and answers 304 to its ETag', async () => {
    const anonymous = await get('/changes.atom')
    for (const role of ['editor', 'reviewer', 'publisher', 'admin']) {
      const response = await get('/changes.atom', { authorization: auth[role] })
      expect(response.text, role).toBe(anonymous.text)
    }
    expect((await get('/changes.atom', { 'if-none-match': anonymous.headers.get('etag') as string })).status).toBe(304)
  })

  it('links to the configured public address (QUANZE_SERVER_URL), or relatively, whatever Host a client sends', async () => {
    const hostile = { host: 'attacker.example', 'x-forwarded-proto': 'javascript' }
    const relative = await getWithHost(`${BASE}/departments/gz-aic/changes.atom`, hostile)
    expect(parseAtom(relative).links.find((link) => link.rel === 'self')?.href).toBe(`${BASE}/departments/gz-aic/changes.atom`)
    expect(relative).not.toContain('attacker.example')
    expect(relative).not.toContain('javascript')
    // a client's Host is not part of what the answer is made of: one cached body for every Host
    expect(await getWithHost(`${BASE}/departments/gz-aic/changes.atom`, { host: 'other.example' })).toBe(relative)
    const configured = payload.config.serverURL
    payload.config.serverURL = 'https://qingdan.example.gov.cn/'
    try {
      const feed = parseAtom(await getWithHost(`${BASE}/departments/gz-aic/changes.atom`, hostile))
      expect(feed.links.find((link) => link.rel === 'self')?.href).toBe('https://qingdan.example.gov.cn/api/public/v1/departments/gz-aic/changes.atom')
      expect(feed.links.find((link) => link.rel === 'alternate')?.href).toBe('https://qingdan.example.gov.cn/departments/gz-aic')
      expect(JSON.stringify(feed)).not.toContain('attacker.example')
    } finally {
      payload.config.serverURL = configured
    }
  })

  it('speaks the locale asked for, keeps it in its links, and refuses an unknown one', async () => {
    const hant = await get('/departments/gz-aic/changes.atom?locale=zh-Hant')
    expect(hant.status).toBe(200)
    const feed = parseAtom(hant.text)
    expect(hant.text).toContain('xml:lang="zh-Hant"')
    expect(hant.text).toContain('貴州省工商行政管理局')
    expect(hant.text).not.toContain('贵州省工商行政管理局')
    expect(feed.links.find((link) => link.rel === 'self')?.href).toBe(`${BASE}/departments/gz-aic/changes.atom?locale=zh-Hant`)
    expect(feed.entries.every((entry) => entry.links.every((link) => link.href.includes('locale=zh-Hant')))).toBe(true)
    // the same entries, whatever the language
    expect(feed.entries.map((entry) => entry.id)).toEqual(parseAtom((await get('/departments/gz-aic/changes.atom')).text).entries.map((entry) => entry.id))
    const en = await get('/changes.atom?locale=en')
    expect(en.text).toContain('<title>Quanze: published lists</title>')
    expect(en.text).toMatch(/in force from 2016-10-01, 34 items \(33 powers\)/)
    const refused = await get('/changes.atom?locale=xx')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].path).toBe('query.locale')
  })
})
