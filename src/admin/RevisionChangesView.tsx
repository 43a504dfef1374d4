import type { DocumentViewServerProps } from 'payload'
import React from 'react'
import { revisionDiff } from '../services/revision-items'
import { ChangedItem, SummaryChart } from '../app/components/DiffParts'
import { WorkflowControls } from './WorkflowControls'

/**
 * The reviewer's "Changes" tab: summary by category, then each changed item with its field diffs,
 * 50 items a page so a 500-item revision stays quick. Approve / reject sit on the same page.
 */
const PAGE_SIZE = 50

export async function RevisionChangesView(props: DocumentViewServerProps) {
  const { initPageResult, doc, searchParams } = props as DocumentViewServerProps & { searchParams?: Record<string, string> }
  const req = initPageResult.req
  const id = String(doc?.id ?? '')
  let diff
  try {
    diff = await revisionDiff(req, id)
  } catch (error) {
    return <div className="quanze-changes"><p role="alert">无法计算差异：{(error as Error).message}</p></div>
  }
  const pages = Math.max(1, Math.ceil(diff.items.length / PAGE_SIZE))
  const page = Math.min(pages, Math.max(1, Number(searchParams?.page ?? 1) || 1))
  const shown = diff.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  return (
    <div className="quanze-changes">
      <h2>变更对比 · {String(doc?.title ?? '')}</h2>
      <WorkflowControls revisionId={id} />
      <SummaryChart summary={diff.summary} />
      {diff.items.length === 0 && <p>本修订尚无变更。</p>}
      {shown.map((item) => (
        <ChangedItem key={item.code} item={item} />
      ))}
      {pages > 1 && (
        <nav className="quanze-pages" aria-label="分页">
          {Array.from({ length: pages }, (_, index) => index + 1).map((n) => (
            <a key={n} href={`?page=${n}`} aria-current={n === page ? 'page' : undefined}>{n}</a>
          ))}
        </nav>
      )}
    </div>
  )
}
