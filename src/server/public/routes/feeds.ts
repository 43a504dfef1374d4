import type { Request } from 'express'
import type { Payload } from 'payload'
import { changesSince } from '../../../domain/change-feed'
import { todayInChina } from '../../../domain/dates'
import { departmentIn, publicIndex, type PublicIndex } from '../../../services/public-index'
import { localizedDepartmentName } from '../locale'
import { sendCached, type ByteCache } from '../cache'
import { QueryReader } from '../params'
import type { Route } from './route'

/**
 * Atom (RFC 4287) feeds of publications, as legislation sites offer them: one entry per snapshot
 * that became public (published and in force), newest first, for all departments or one. Entry ids
 * are the snapshot hashes, so every process and every host name gives a reader the same ids.
 */
const FEED_LIMIT = 200

export function feedRoutes(payload: Payload, cache: ByteCache): Route[] {
  const feed = (path: string, department: (req: Request) => string | null): Route => ({
    path,
    async handle(req, res) {
      new QueryReader(req.query).done()
      const index = await publicIndex(payload)
      const code = department(req)
      if (code) departmentIn(index, code)
      // the configured public address where there is one: behind a proxy the Host header names the
      // internal host, and a client-chosen Host would otherwise be echoed into a public answer
      const base = payload.config.serverURL ? payload.config.serverURL.replace(/\/+$/, '') : `${req.protocol}://${req.get('host')}`
      const today = todayInChina()
      await sendCached(req, res, cache, ['atom', index.stamp, today, base, code ?? ''].join('|'), () => atomXml(index, code, base), {
        contentType: 'application/atom+xml',
      })
    },
  })
  return [feed('/changes.atom', () => null), feed('/departments/:dept/changes.atom', (req) => String(req.params.dept ?? ''))]
}

function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
}

export function atomXml(index: PublicIndex, code: string | null, base: string, now = new Date()): string {
  const department = code ? (index.byCode.get(code) ?? null) : null
  const heads = department ? index.all.filter((head) => String(head.departmentId) === String(department.id)) : index.all
  const entries = changesSince(heads, new Date(0), now).entries.reverse().slice(0, FEED_LIMIT)
  const names = new Map(index.departments.map((each) => [String(each.id), localizedDepartmentName(each.names, 'zh-Hans')]))
  const api = `${base}/api/public/v1`
  const self = department ? `${api}/departments/${encodeURIComponent(department.code)}/changes.atom` : `${api}/changes.atom`
  const title = department ? `${names.get(String(department.id))} 权责清单发布` : 'Quanze 权责清单发布'
  const updated = entries[0]?.visibleAt ?? new Date(0).toISOString()
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>urn:quanze:changes${department ? `:${escape(department.code)}` : ''}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(department ? `${base}/departments/${encodeURIComponent(department.code)}` : `${base}/`)}"/>`,
    `  <author><name>${escape(department ? (names.get(String(department.id)) ?? department.code) : 'Quanze')}</name></author>`,
    '  <generator>Quanze</generator>',
  ]
  for (const { snapshot, visibleAt } of entries) {
    const name = names.get(String(snapshot.departmentId)) ?? snapshot.department
    const heading = snapshot.revision?.title || `${name} ${snapshot.effectiveFrom}`
    const page = snapshot.revision
      ? `${base}/revisions/${encodeURIComponent(snapshot.revision.id)}`
      : `${base}/departments/${encodeURIComponent(snapshot.department)}`
    const summary = `${name}：自 ${snapshot.effectiveFrom} 起施行，共 ${snapshot.totals.all} 项（权力事项 ${snapshot.totals.powers} 项）。快照 ${snapshot.hash}`
    lines.push(
      '  <entry>',
      `    <id>urn:quanze:snapshot:${snapshot.hash}</id>`,
      `    <title>${escape(heading)}</title>`,
      `    <updated>${visibleAt}</updated>`,
      `    <published>${snapshot.publishedAt}</published>`,
      `    <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
      `    <link rel="related" type="application/json" href="${escape(`${api}/departments/${encodeURIComponent(snapshot.department)}/list?asOf=${snapshot.effectiveFrom}`)}"/>`,
      `    <author><name>${escape(name)}</name></author>`,
      `    <category term="${escape(snapshot.department)}" label="${escape(name)}"/>`,
      `    <summary>${escape(summary)}</summary>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
