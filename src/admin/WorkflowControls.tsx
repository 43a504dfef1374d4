'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { todayInChina } from '../domain/dates'

/**
 * The workflow buttons of a revision: exactly the events the server says this user may fire
 * (GET /api/revisions/{id}/actions). Decisions carry a comment; publication an effective date.
 */
type Event = 'submit' | 'approve' | 'reject' | 'revise' | 'withdraw' | 'publish'
interface Actions {
  status: string
  events: Event[]
  changedSinceApproval: boolean
}

const LABELS: Record<Event, string> = {
  submit: '提交审查 Submit',
  approve: '审查通过 Approve',
  reject: '退回 Reject',
  revise: '重新编辑 Reopen',
  withdraw: '撤回 Withdraw',
  publish: '发布 Publish',
}

const STATUS: Record<string, string> = {
  draft: '草稿 Draft',
  submitted: '待审查 Submitted',
  approved: '审查通过 Approved',
  rejected: '已退回 Rejected',
  published: '已发布 Published',
  withdrawn: '已撤回 Withdrawn',
}

export function WorkflowControls({ revisionId }: { revisionId?: string | number }) {
  const documentInfo = useDocumentInfo()
  const id = revisionId ?? documentInfo.id
  const [actions, setActions] = useState<Actions | null>(null)
  const [comment, setComment] = useState('')
  const [effectiveFrom, setEffectiveFrom] = useState(todayInChina())
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/revisions/${id}/actions`, { credentials: 'include' })
    if (response.ok) setActions(await response.json())
  }, [id])
  useEffect(() => void load(), [load])

  if (!id || !actions) return null

  async function fire(event: Event) {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`/api/revisions/${id}/${event}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ comment, effectiveFrom }),
    })
    setBusy(false)
    if (response.ok) return void window.location.reload()
    const problem = await response.json().catch(() => ({}))
    setMessage(`${problem.title ?? response.status}: ${problem.detail ?? ''}`)
  }

  const decides = actions.events.some((event) => event === 'approve' || event === 'reject')
  return (
    <div className="quanze-workflow" role="group" aria-label="修订流程 Workflow">
      <span className={`quanze-status quanze-status--${actions.status}`}>{STATUS[actions.status] ?? actions.status}</span>
      {actions.changedSinceApproval && <span className="quanze-warning">审查通过后内容已修改，需重新审查 · changed since approval</span>}
      {decides && (
        <textarea aria-label="审查意见 Comment" placeholder="审查意见 Comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      )}
      {actions.events.includes('publish') && (
        <label>
          生效日期 <input type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        </label>
      )}
      {actions.events.map((event) => (
        <Button
          key={event}
          buttonStyle={event === 'reject' || event === 'withdraw' ? 'secondary' : 'primary'}
          size="small"
          disabled={busy}
          onClick={() => fire(event)}
        >
          {LABELS[event]}
        </Button>
      ))}
      {message && (
        <p className="quanze-error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}
