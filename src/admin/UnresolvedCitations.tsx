import type { ListViewServerProps } from 'payload'
import React from 'react'
import { unresolvedReport } from '../services/laws'
import { LinkCitationForm } from './LinkCitationForm'

/**
 * Above the register's list: the citations in today's lists that match no law, by department, with
 * the closest laws; linking one stores it on the law (POST /api/laws/{id}/links).
 */
export async function UnresolvedCitations(props: ListViewServerProps) {
  const { payload, user } = props
  if (!user) return null
  const report = await unresolvedReport({ payload })
  if (!report.totals.citations) return <p className="quanze-unresolved">今日施行的清单中，所有依据均已关联到法规库。</p>
  return (
    <details className="quanze-unresolved">
      <summary>
        未匹配的依据 Unresolved citations：{report.totals.citations} 条，涉及 {report.totals.items} 个事项
      </summary>
      {report.departments.map(({ department, citations }) => (
        <section key={department.code}>
          <h4>{department.name}</h4>
          <ul>
            {citations.map((citation) => (
              <li key={`${citation.law}/${citation.documentNo}`}>
                《{citation.law}》{citation.documentNo ? `（${citation.documentNo}）` : ''} — {citation.items.join('、')}
                <LinkCitationForm citation={citation.law} candidates={citation.candidates} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  )
}
