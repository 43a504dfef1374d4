import type { JoinFieldServerComponent } from 'payload'
import React from 'react'
import { adminText, LABELS, type Label } from '../domain/labels'

const WORDS = {
  label: { 'zh-Hans': '拟变更事项', en: 'Proposals' },
  none: { 'zh-Hans': '还没有拟变更事项。', en: 'No proposal yet.' },
  unsaved: { 'zh-Hans': '保存修订后即可添加拟变更事项。', en: 'Save the revision to add proposals.' },
  total: { 'zh-Hans': '共 {n} 条', en: '{n} in all' },
  first: { 'zh-Hans': '（按编码列出前 {n} 条）', en: ' (the first {n} by code)' },
  all: { 'zh-Hans': '全部拟变更事项（分页、筛选、搜索）', en: 'All proposals (paged, filtered, searchable)' },
  create: { 'zh-Hans': '新增拟变更事项', en: 'New proposal' },
  code: { 'zh-Hans': '编码', en: 'Code' },
  action: { 'zh-Hans': '操作', en: 'Action' },
  name: { 'zh-Hans': '事项名称', en: 'Name' },
  category: { 'zh-Hans': '类别', en: 'Category' },
  version: { 'zh-Hans': '版本', en: 'Version' },
  updatedAt: { 'zh-Hans': '更新时间', en: 'Updated' },
} satisfies Record<string, Label>

const ACTIONS = ['add', 'modify', 'repeal'] as const

/**
 * The revision's `proposals` join, drawn on the server with the page: how many there are by
 * action, the first page by code (without their items) and links to the proposals list, which
 * pages, filters and searches them. Payload's own join table fetched its rows after the page had
 * loaded, each with its full item JSON (about 9 KB a row), a second round trip on every visit.
 */
export const ProposalsField: JoinFieldServerComponent = async ({ id, field, payload, req, i18n }) => {
  const say = (label: Label, n?: number) => adminText(label, i18n.language).replace('{n}', String(n ?? ''))
  const admin = payload.config.routes.admin
  const limit = field.defaultLimit ?? 25
  if (id == null) return <Section say={say}>{say(WORDS.unsaved)}</Section>
  const revision = { revision: { equals: id } }
  const access = { user: req.user, overrideAccess: false, req } as const
  const [page, ...byAction] = await Promise.all([
    payload.find({
      collection: 'proposals',
      where: revision,
      sort: 'code',
      limit,
      depth: 0,
      select: { code: true, action: true, name: true, category: true, version: true, updatedAt: true },
      ...access,
    }),
    ...ACTIONS.map((action) => payload.count({ collection: 'proposals', where: { and: [revision, { action: { equals: action } }] }, ...access })),
  ])
  const list = `${admin}/collections/proposals?where[revision][equals]=${id}&sort=code`
  return (
    <Section say={say}>
      <p className="quanze-proposals__summary">
        {say(WORDS.total, page.totalDocs)}
        {page.totalDocs > 0 && `：${ACTIONS.map((action, index) => `${say(LABELS.proposalAction[action])} ${byAction[index].totalDocs}`).join(' · ')}`}
        {page.totalDocs > page.docs.length && say(WORDS.first, page.docs.length)}
      </p>
      {page.totalDocs === 0 ? (
        <p>{say(WORDS.none)}</p>
      ) : (
        <table className="quanze-fields">
          <thead>
            <tr>
              {[WORDS.code, WORDS.action, WORDS.name, WORDS.category, WORDS.version, WORDS.updatedAt].map((label) => (
                <th scope="col" key={label.en}>
                  {say(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.docs.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`${admin}/collections/proposals/${doc.id}`}>{doc.code}</a>
                </td>
                <td>{say(LABELS.proposalAction[doc.action])}</td>
                <td>{doc.name ?? ''}</td>
                <td>{doc.category ?? ''}</td>
                <td>{doc.version ?? 0}</td>
                <td>{doc.updatedAt ? new Date(doc.updatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="quanze-proposals__links">
        <a href={list}>{say(WORDS.all)}</a>
        {' · '}
        <a href={`${admin}/collections/proposals/create`}>{say(WORDS.create)}</a>
      </p>
    </Section>
  )
}

function Section({ say, children }: { say: (label: Label) => string; children: React.ReactNode }) {
  return (
    <div className="field-type quanze-proposals">
      <h3 className="quanze-proposals__label">{say(WORDS.label)}</h3>
      {children}
    </div>
  )
}
