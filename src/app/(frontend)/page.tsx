import config from '@payload-config'
import { getPayload } from 'payload'
import React from 'react'
import { CATEGORY_CODES, categoryName } from '../../domain/categories'
import { listDepartments } from '../../services/public-read'

export const dynamic = 'force-dynamic'

/** Home: every department with its list in force today, counted by category. */
export default async function Home() {
  const payload = await getPayload({ config })
  const departments = await listDepartments(payload)
  return (
    <>
      <h1>权力清单和责任清单</h1>
      <p className="muted">各部门现行有效的权责清单（以生效日期为准）。</p>
      <div className="cards">
        {departments.map((department) => (
          <section className="card" key={department.code} aria-labelledby={`dept-${department.code}`}>
            <h2 id={`dept-${department.code}`}>{department.name}</h2>
            {department.currentSnapshot ? (
              <>
                <p className="muted">
                  现行清单 {department.currentSnapshot.effectiveFrom} 起施行 · 权力事项 {department.totals?.powers} 项
                </p>
                <table>
                  <caption className="muted">按权力类型统计</caption>
                  <thead>
                    <tr><th scope="col">权力类型</th><th scope="col">事项数</th></tr>
                  </thead>
                  <tbody>
                    {CATEGORY_CODES.filter((code) => department.totals?.byCategory[code]).map((code) => (
                      <tr key={code}><td>{categoryName(code)}</td><td>{department.totals?.byCategory[code]}</td></tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p className="muted">尚未发布清单</p>
            )}
          </section>
        ))}
      </div>
    </>
  )
}
