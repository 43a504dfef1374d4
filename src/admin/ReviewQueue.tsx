import type { ServerProps } from 'payload'
import React from 'react'
import { actorOf, readsAllDrafts } from '../domain/actor'
import { adminText, LABELS, type Label } from '../domain/labels'

const WORDS = {
  title: { 'zh-Hans': '待审查与待发布', en: 'Waiting for review or publication' },
  empty: { 'zh-Hans': '没有等待处理的修订。', en: 'No revision is waiting.' },
  revision: { 'zh-Hans': '修订', en: 'Revision' },
  department: { 'zh-Hans': '部门', en: 'Department' },
  status: { 'zh-Hans': '状态', en: 'Status' },
  updatedAt: { 'zh-Hans': '更新时间', en: 'Updated' },
} satisfies Record<string, Label>

/** Dashboard panel: revisions waiting for legal review or for publication. */
export async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  const say = (label: Label) => adminText(label, i18n.language)
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
      <h2>{say(WORDS.title)}</h2>
      {docs.length === 0 ? (
        <p>{say(WORDS.empty)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{say(WORDS.revision)}</th>
              <th scope="col">{say(WORDS.department)}</th>
              <th scope="col">{say(WORDS.status)}</th>
              <th scope="col">{say(WORDS.updatedAt)}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`/admin/collections/revisions/${doc.id}/changes`}>{String(doc.title)}</a>
                </td>
                <td>{typeof doc.department === 'object' && doc.department ? String((doc.department as { name?: string }).name) : ''}</td>
                <td>{say(LABELS.status[doc.status ?? 'draft'])}</td>
                <td>{new Date(String(doc.updatedAt)).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
