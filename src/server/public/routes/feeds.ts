import type { Request } from 'express'
import type { Payload } from 'payload'
import { changesSince } from '../../../domain/change-feed'
import { todayInChina } from '../../../domain/dates'
import { departmentIn, publicIndex, type PublicIndex } from '../../../services/public-index'
import type { Locale } from '../../../domain/locales'
import { inScript } from '../../../domain/script'
import { localizedDepartmentName } from '../locale'
import { sendCached, type ByteCache } from '../cache'
import { QueryReader } from '../params'
import type { Route } from './route'

/**
 * Atom (RFC 4287) feeds of publications, as legislation sites offer them: one entry per snapshot
 * that became public (published and in force), newest first, for all departments or one. Entry ids
 * are the snapshot hashes, so every process and every host name gives a reader the same ids.
 *
 * Links are absolute under the configured public address (QUANZE_SERVER_URL) and relative to the
 * feed's own address where none is configured (RFC 4287 resolves them against the document's URI):
 * never built from the request's Host or X-Forwarded-Proto, which a client chooses. A Host echoed
 * into this public, cacheable answer let anyone plant links to their own site (or a javascript:
 * scheme through X-Forwarded-Proto), and each new Host made a new 165 KB cache entry.
 */
const FEED_LIMIT = 200

export function feedRoutes(payload: Payload, cache: ByteCache): Route[] {
  const feed = (path: string, department: (req: Request) => string | null): Route => ({
    path,
    async handle(req, res) {
      const query = new QueryReader(req.query)
      const locale = query.locale()
      query.done()
      const index = await publicIndex(payload)
      const code = department(req)
      if (code) departmentIn(index, code)
      const base = (payload.config.serverURL ?? '').replace(/\/+$/, '')
      const today = todayInChina()
      await sendCached(req, res, cache, ['atom', index.stamp, today, base, locale, code ?? ''].join('|'), () => atomXml(index, code, base, locale), {
        contentType: 'application/atom+xml',
      })
    },
  })
  return [feed('/changes.atom', () => null), feed('/departments/:dept/changes.atom', (req) => String(req.params.dept ?? ''))]
}

function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
}

/** The feed's words in each locale; zh-Hant is the Simplified text converted. */
const WORDS = {
  'zh-Hans': {
    feedTitle: (name: string | null) => (name ? `${name} 权责清单发布` : 'Quanze 权责清单发布'),
    summary: (name: string, from: string, all: number, powers: number, hash: string) =>
      `${name}：自 ${from} 起施行，共 ${all} 项（权力事项 ${powers} 项）。快照 ${hash}`,
  },
  en: {
    feedTitle: (name: string | null) => (name ? `${name}: published lists` : 'Quanze: published lists'),
    summary: (name: string, from: string, all: number, powers: number, hash: string) =>
      `${name}: in force from ${from}, ${all} items (${powers} powers). Snapshot ${hash}`,
  },
}

export function atomXml(index: PublicIndex, code: string | null, base: string, locale: Locale = 'zh-Hans', now = new Date()): string {
  const words = locale === 'en' ? WORDS.en : WORDS['zh-Hans']
  const text = (simplified: string) => inScript(simplified, locale)
  // pages and the API take the reader's locale as a parameter; zh-Hans is their default
  const withLocale = (url: string) => (locale === 'zh-Hans' ? url : `${url}${url.includes('?') ? '&' : '?'}locale=${locale}`)
  const department = code ? (index.byCode.get(code) ?? null) : null
  const heads = department ? index.all.filter((head) => String(head.departmentId) === String(department.id)) : index.all
  const entries = changesSince(heads, new Date(0), now).entries.reverse().slice(0, FEED_LIMIT)
  const names = new Map(index.departments.map((each) => [String(each.id), localizedDepartmentName(each.names, locale)]))
  const api = `${base}/api/public/v1`
  const self = withLocale(department ? `${api}/departments/${encodeURIComponent(department.code)}/changes.atom` : `${api}/changes.atom`)
  const title = text(words.feedTitle(department ? (names.get(String(department.id)) ?? department.code) : null))
  const updated = entries[0]?.visibleAt ?? new Date(0).toISOString()
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>urn:quanze:changes${department ? `:${escape(department.code)}` : ''}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(withLocale(department ? `${base}/departments/${encodeURIComponent(department.code)}` : `${base}/`))}"/>`,
    `  <author><name>${escape(department ? (names.get(String(department.id)) ?? department.code) : 'Quanze')}</name></author>`,
    '  <generator>Quanze</generator>',
  ]
  for (const { snapshot, visibleAt } of entries) {
    const name = names.get(String(snapshot.departmentId)) ?? snapshot.department
    const heading = snapshot.revision?.title ? text(snapshot.revision.title) : `${name} ${snapshot.effectiveFrom}`
    const page = withLocale(
      snapshot.revision ? `${base}/revisions/${encodeURIComponent(snapshot.revision.id)}` : `${base}/departments/${encodeURIComponent(snapshot.department)}`,
    )
    const summary = text(words.summary(name, snapshot.effectiveFrom, snapshot.totals.all, snapshot.totals.powers, snapshot.hash))
    const list = withLocale(`${api}/departments/${encodeURIComponent(snapshot.department)}/list?asOf=${snapshot.effectiveFrom}`)
    lines.push(
      '  <entry>',
      `    <id>urn:quanze:snapshot:${snapshot.hash}</id>`,
      `    <title>${escape(heading)}</title>`,
      `    <updated>${visibleAt}</updated>`,
      `    <published>${snapshot.publishedAt}</published>`,
      `    <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
      `    <link rel="related" type="application/json" href="${escape(list)}"/>`,
      `    <author><name>${escape(name)}</name></author>`,
      `    <category term="${escape(snapshot.department)}" label="${escape(name)}"/>`,
      `    <summary>${escape(summary)}</summary>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
