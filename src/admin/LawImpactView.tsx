import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { CATEGORIES, type CategoryCode } from '../domain/categories'
import { actorOf, hasRole, isAdmin } from '../domain/actor'
import { changesOf } from '../domain/laws/law'
import type { Law as LawDoc } from '../payload-types'
import { lawImpact, toLaw } from '../services/laws'
import { DraftFromImpactButton } from './DraftFromImpactButton'

/**
 * The law's "Impact" tab: every item in every list in force on a date (default: the law's newest
 * amendment or repeal) that cites it, by department and category, before anything is written;
 * then one button drafts the revisions.
 */
export async function LawImpactView(props: DocumentViewServerProps) {
  const { initPageResult, doc, searchParams } = props as DocumentViewServerProps & { searchParams?: Record<string, string> }
  const req = initPageResult.req
  const id = String(doc?.id ?? '')
  const actor = actorOf(req.user)
  const mayDraft = isAdmin(actor) || hasRole(actor, 'editor') // the API decides per department
  const changes = doc ? changesOf(toLaw(doc as LawDoc)) : [] // the tab is mounted on the laws collection only
  let impact
  try {
    impact = await lawImpact({ payload: req.payload, req }, id, searchParams?.asOf)
  } catch (error) {
    return (
      <div className="quanze-changes">
        <p role="alert">无法计算影响：{(error as Error).message}</p>
      </div>
    )
  }
  return (
    <div className="quanze-changes">
      <h2>变更影响 · 《{impact.law.title}》</h2>
      <form method="get" className="quanze-impact-date">
        <label>
          日期 As of <input type="date" name="asOf" defaultValue={impact.asOf} />
        </label>
        <button type="submit">查看 Show</button>
        {changes.map((change) => (
          <a key={change.effectiveFrom} href={`?asOf=${change.effectiveFrom}`}>
            {change.effectiveFrom} {change.status === 'repealed' ? '废止' : '修订'}
          </a>
        ))}
      </form>
      <p>
        {impact.law.change
          ? `${impact.law.change.effectiveFrom} ${impact.law.change.status === 'repealed' ? '废止' : '修订'}${impact.law.change.note ? `：${impact.law.change.note}` : ''}`
          : `截至 ${impact.asOf} 未记录修订或废止。`}
      </p>
      <p>
        {impact.asOf} 施行的清单中，共 {impact.totals.departments} 个部门的 {impact.totals.items} 个事项引用本法规（{categorySummary(impact.totals.byCategory)}
        ）。
      </p>
      {impact.departments.map(({ department, totals, items }) => (
        <section key={department.code}>
          <h3>
            {department.name}（{totals.items} 项：{categorySummary(totals.byCategory)}）
          </h3>
          <table>
            <thead>
              <tr>
                <th>编码 Code</th>
                <th>事项 Item</th>
                <th>类别</th>
                <th>引用条款 Articles</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code}>
                  <td>{item.code}</td>
                  <td>{item.name}</td>
                  <td>{CATEGORIES[item.category]?.['zh-Hans'] ?? item.category}</td>
                  <td>{item.articles.join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {impact.totals.items > 0 && impact.law.change && mayDraft && <DraftFromImpactButton lawId={id} asOf={impact.asOf} />}
    </div>
  )
}

function categorySummary(byCategory: Partial<Record<CategoryCode, number>>): string {
  return (
    Object.entries(byCategory)
      .map(([code, count]) => `${CATEGORIES[code as CategoryCode]?.['zh-Hans'] ?? code} ${count}`)
      .join('，') || '无'
  )
}
