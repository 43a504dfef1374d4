'use client'
import React, { useState } from 'react'
import { minuteInChina } from '../domain/dates'
import { postJson, refusalText } from './post-json'

/** One comment as GET /api/revisions/{id}/comments answers it. */
export interface ShownComment {
  id: string | number
  author: string
  at: string
  text: string
}

/**
 * The comments on one proposed item, under its diff in the "Changes" view, and a box to add one
 * (POST /api/revisions/{id}/items/{code}/comments) while the revision is open.
 */
export function ItemComments({
  revisionId,
  code,
  initial,
  open,
}: {
  revisionId: string
  code: string
  initial: ShownComment[]
  /** this user may comment now */ open: boolean
}) {
  const [comments, setComments] = useState(initial)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function add() {
    setBusy(true)
    setError(null)
    const { ok, status, answer } = await postJson<{ doc: ShownComment }>(`/api/revisions/${revisionId}/items/${encodeURIComponent(code)}/comments`, { text })
    setBusy(false)
    // the field's message says what is wrong with the text; the detail says the rest (in Chinese, then English)
    if (!ok) return void setError(answer.errors?.[0]?.message ?? refusalText(answer, status))
    if (answer.doc) setComments([...comments, answer.doc])
    setText('')
  }

  if (!open && !comments.length) return null
  return (
    <section className="quanze-item-comments" aria-label={`${code} 逐项审查意见`}>
      {comments.length > 0 && (
        <ol>
          {comments.map((comment) => (
            <li key={comment.id}>
              <strong>{comment.author}</strong> <time dateTime={comment.at}>{minuteInChina(comment.at)}</time>：{comment.text}
            </li>
          ))}
        </ol>
      )}
      {open && (
        <div>
          <textarea aria-label={`${code} 的意见`} placeholder="对本事项的意见" rows={2} value={text} onChange={(e) => setText(e.target.value)} />{' '}
          <button type="button" disabled={busy || !text.trim()} onClick={() => add()}>
            添加意见
          </button>
          {error && (
            <p className="quanze-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
