'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'
import { postJson, refusalText } from './post-json'

/** POST /api/laws/{id}/impact/revisions: one draft revision per affected department. */
interface Drafted {
  revisions: Array<{ id: string | number; department: string; title: string; proposals: number; flagged: number }>
  skipped: Array<{ department: string; code: string | null; reason: string; detail: string }>
}

export function DraftFromImpactButton({ lawId, asOf }: { lawId: string; asOf: string }) {
  const [result, setResult] = useState<Drafted | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const draft = async () => {
    setBusy(true)
    setError(null)
    const { ok, status, answer } = await postJson<Drafted>(`/api/laws/${lawId}/impact/revisions`, { asOf })
    setBusy(false)
    if (ok) setResult(answer as Drafted)
    else setError(refusalText(answer, status))
  }
  return (
    <div className="quanze-draft-from-impact">
      <Button onClick={draft} disabled={busy || result !== null}>
        据此起草修订 Draft revisions
      </Button>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div role="status">
          {result.revisions.map((revision) => (
            <p key={String(revision.id)}>
              <a href={`/admin/collections/revisions/${revision.id}`}>{revision.title}</a>（{revision.department}：{revision.proposals} 项，其中{' '}
              {revision.flagged} 项需人工处理）
            </p>
          ))}
          {result.revisions.length === 0 && <p>没有可起草的修订。</p>}
          {result.skipped.length > 0 && (
            <ul>
              {result.skipped.map((skip) => (
                <li key={`${skip.department}/${skip.code}`}>
                  {skip.department} {skip.code ?? ''}：{skip.detail}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
