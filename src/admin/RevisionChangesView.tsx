import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { CATEGORY_CODES, isCategoryCode } from '../domain/categories'
import { revisionDiff } from '../services/revision-items'
import { reviewCommentsOf, type ReviewComment } from '../services/review-comments'
import { actorOf } from '../domain/actor'
import { minuteInChina } from '../domain/dates'
import { reviewCommentRefusal } from '../domain/review-comment'
import { outlinesOf } from '../services/proposals'
import type { RevisionDoc } from '../services/revisions'
import { factsOf } from '../services/workflow'
import { ChangedItem, SummaryChart } from '../app/components/DiffParts'
import { ItemComments } from './ItemComments'
import { WorkflowControls } from './WorkflowControls'

/**
 * The reviewer's "Changes" tab: the summary of the whole revision, then one page of changed items
 * with their field diffs, filtered like `GET /api/revisions/{id}/items` (action, category, text).
 * Only the page's items are diffed, so a 1,000-proposal revision opens as fast as a small one.
 * Approve / reject sit on the same page, and each item carries its comments (逐项审查意见).
 */
const PAGE_SIZE = 50
const ACTIONS = [
  ['', '全部'],
  ['add', '新增'],
  ['modify', '修改'],
  ['repeal', '取消'],
] as const

export async function RevisionChangesView(props: DocumentViewServerProps) {
  const { initPageResult, doc, searchParams } = props as DocumentViewServerProps & { searchParams?: Record<string, string> }
  const req = initPageResult.req
  const id = String(doc?.id ?? '')
  const action = ACTIONS.some(([value]) => value && value === searchParams?.action) ? searchParams?.action : undefined
  const category = isCategoryCode(searchParams?.category) ? searchParams?.category : undefined
  const q = searchParams?.q?.trim() || undefined
  const requested = Math.max(1, Number(searchParams?.page ?? 1) || 1)
  let diff
  const comments = new Map<string, ReviewComment[]>()
  let orphaned: ReviewComment[]
  let mayComment: boolean
  try {
    diff = await revisionDiff(req, id, { page: requested, limit: PAGE_SIZE, action, category, q })
    const proposed = await outlinesOf(req, id)
    for (const comment of await reviewCommentsOf(req, id)) comments.set(comment.code, [...(comments.get(comment.code) ?? []), comment])
    // comments on items the revision no longer proposes (withdrawn, dropped by a rebase) stay readable
    orphaned = [...comments].filter(([code]) => !proposed.has(code)).flatMap(([, each]) => each)
    const actor = actorOf(req.user)
    // the revision as this page loaded it (its status and department are what the rule reads)
    mayComment = Boolean(actor) && !reviewCommentRefusal(factsOf(doc as RevisionDoc), actor!)
  } catch (error) {
    return (
      <div className="quanze-changes">
        <p role="alert">无法计算差异：{(error as Error).message}</p>
      </div>
    )
  }
  const { page, totalPages, totalDocs } = diff.page
  const link = (n: number) =>
    `?${new URLSearchParams({ ...(action ? { action } : {}), ...(category ? { category } : {}), ...(q ? { q } : {}), page: String(n) })}`
  return (
    <div className="quanze-changes">
      <h2>变更对比 · {String(doc?.title ?? '')}</h2>
      <WorkflowControls revisionId={id} />
      <SummaryChart summary={diff.summary} />
      <form method="get" className="quanze-filter" aria-label="筛选变更">
        <label>
          操作{' '}
          <select name="action" defaultValue={action ?? ''}>
            {ACTIONS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          类别{' '}
          <select name="category" defaultValue={category ?? ''}>
            <option value="">全部</option>
            {CATEGORY_CODES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          编码或名称 <input name="q" defaultValue={q ?? ''} />
        </label>{' '}
        <button type="submit">筛选</button> <a href={`/admin/collections/proposals?where[revision][equals]=${id}`}>逐条编辑拟变更事项（{totalDocs}）</a>
      </form>
      {diff.items.length === 0 && <p>{totalDocs === 0 && !action && !category && !q ? '本修订尚无变更。' : '没有符合条件的变更。'}</p>}
      {diff.items.map((item) => (
        <React.Fragment key={item.code}>
          <ChangedItem item={item} />
          <ItemComments revisionId={id} code={item.code} initial={comments.get(item.code) ?? []} open={mayComment} />
        </React.Fragment>
      ))}
      {page === 1 && orphaned.length > 0 && (
        <section className="quanze-item-comments" aria-label="已不在本修订中的事项的意见">
          <h3>已不在本修订中的事项的意见</h3>
          <ol>
            {orphaned.map((comment) => (
              <li key={comment.id}>
                {comment.code} · <strong>{comment.author}</strong> {minuteInChina(comment.at)}：{comment.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {totalPages > 1 && (
        <nav className="quanze-pages" aria-label="分页">
          {page > 1 && <a href={link(page - 1)}>上一页</a>} 第 {page} / {totalPages} 页（共 {totalDocs} 条）
          {page < totalPages && <a href={link(page + 1)}>下一页</a>}
        </nav>
      )}
    </div>
  )
}
