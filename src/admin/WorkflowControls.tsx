'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { todayInChina } from '../domain/dates'
import { adminText, LABELS, type Label } from '../domain/labels'
import { postJson, refusalText } from './post-json'
import { revisionActions, type RevisionActions } from './revision-actions'
import type { WorkflowEvent } from '../domain/revision-workflow'

/**
 * The workflow buttons of a revision: exactly the events the server says this user may fire
 * (GET /api/revisions/{id}/actions). Decisions carry a comment; publication an effective date.
 */
type Event = WorkflowEvent
/** What POST …/rebase answers: the proposals that change items the current list changed since. */
interface RebaseAnswer {
  conflicts: Array<{ code: string; name: string | null }>
}

const WORDS = {
  workflow: { 'zh-Hans': '修订流程', en: 'Workflow' },
  changedSinceApproval: { 'zh-Hans': '审查通过后内容已修改，需重新审查', en: 'Changed since approval: it needs a new review' },
  comment: { 'zh-Hans': '审查意见', en: 'Comment' },
  effectiveFrom: { 'zh-Hans': '生效日期', en: 'Effective from' },
  behindHead: {
    'zh-Hans': '本修订所依据的清单已被另一修订的发布取代，需更新到现行清单后才能审查通过和发布',
    en: 'Another revision was published since this one was built: rebase it onto the current list before it can be approved and published',
  },
  rebase: { 'zh-Hans': '更新到现行清单', en: 'Rebase onto the current list' },
  pastDate: {
    'zh-Hans': '生效日期早于今天：发布后，这些日期的现行清单将随之改变（公示记录会注明发布时间）。确定发布？',
    en: 'The effective date is before today: publishing changes what the list in force on those dates was (the snapshot records when it was published). Publish?',
  },
  conflicts: {
    'zh-Hans': '以下事项在现行清单中已被修改，本修订的内容将取代它们，请逐项核对：',
    en: 'The current list changed these items since; this revision replaces them, check each one:',
  },
} satisfies Record<string, Label>

export function WorkflowControls({ revisionId }: { revisionId?: string | number }) {
  const documentInfo = useDocumentInfo()
  const { i18n } = useTranslation()
  const say = (label: Label) => adminText(label, i18n.language)
  const id = revisionId ?? documentInfo.id
  const [actions, setActions] = useState<RevisionActions | null>(null)
  const [comment, setComment] = useState('')
  const [effectiveFrom, setEffectiveFrom] = useState(todayInChina())
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const answer = await revisionActions(id)
    if (answer) setActions(answer)
  }, [id])
  useEffect(() => void load(), [load])

  if (!id || !actions) return null

  /** POST …/{action} with the buttons held; a refusal is shown as its detail (Chinese, then the English), else its title */
  async function post<T extends object>(action: string, body?: unknown) {
    setBusy(true)
    setMessage(null)
    const result = await postJson<T>(`/api/revisions/${id}/${action}`, body)
    setBusy(false)
    if (!result.ok) setMessage(refusalText(result.answer, result.status))
    return result
  }

  async function fire(event: Event) {
    // allowed (a decision recorded late), but it rewrites what the public was told about those dates
    if (event === 'publish' && effectiveFrom < todayInChina() && !window.confirm(say(WORDS.pastDate))) return
    const { ok } = await post(event, { comment, effectiveFrom })
    if (ok) window.location.reload()
  }

  async function rebase() {
    const { ok, answer } = await post<RebaseAnswer>('rebase')
    if (!ok) return
    const conflicts = answer.conflicts ?? []
    if (!conflicts.length) return void window.location.reload()
    await load()
    setMessage(`${say(WORDS.conflicts)} ${conflicts.map((each) => `${each.code} ${each.name ?? ''}`.trim()).join('；')}`)
  }

  const decides = actions.events.some((event) => event === 'approve' || event === 'reject')
  return (
    <div className="quanze-workflow" role="group" aria-label={say(WORDS.workflow)}>
      <span className={`quanze-status quanze-status--${actions.status}`}>
        {LABELS.status[actions.status] ? say(LABELS.status[actions.status]) : actions.status}
      </span>
      {actions.changedSinceApproval && <span className="quanze-warning">{say(WORDS.changedSinceApproval)}</span>}
      {actions.behindHead && <span className="quanze-warning">{say(WORDS.behindHead)}</span>}
      {actions.rebasable && (
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => rebase()}>
          {say(WORDS.rebase)}
        </Button>
      )}
      {decides && (
        <textarea aria-label={say(WORDS.comment)} placeholder={say(WORDS.comment)} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      )}
      {actions.events.includes('publish') && (
        <label>
          {say(WORDS.effectiveFrom)} <input type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
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
          {say(LABELS.event[event])}
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
