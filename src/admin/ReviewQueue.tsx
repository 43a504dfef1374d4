import type { ServerProps } from 'payload'
import React from 'react'
import { actorOf, readsAllDrafts } from '../domain/actor'

/** Dashboard panel: revisions waiting for legal review or for publication. */
export async function ReviewQueue({ payload, user }: ServerProps) {
  if (!readsAllDrafts(actorOf(user))) return null
  const { docs } = await payload.find({
    collection: 'revisions',
    where: { status: { in: ['submitted', 'approved'] } },
    sort: 'updatedAt',
    depth: 1,
    limit: 50,
    user,
    overrideAccess: false,
  })
  return (
    <section className="quanze-queue">
      <h2>待审查与待发布 · Review queue</h2>
      {docs.length === 0 ? (
        <p>没有等待处理的修订。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">修订</th>
              <th scope="col">部门</th>
              <th scope="col">状态</th>
              <th scope="col">更新时间</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`/admin/collections/revisions/${doc.id}/changes`}>{String(doc.title)}</a>
                </td>
                <td>{typeof doc.department === 'object' && doc.department ? String((doc.department as { name?: string }).name) : ''}</td>
                <td>{doc.status === 'submitted' ? '待审查' : '待发布'}</td>
                <td>{new Date(String(doc.updatedAt)).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
